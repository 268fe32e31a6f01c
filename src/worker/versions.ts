// The worker's side of version modes: the runtime profile for a version the page asks for, and
// the comparison of one program under two versions (trace/compare.ts).

import { PROFILES, type VersionProfile } from '../runtime/versions';
import type { CompareResult, PagePyVersion } from './protocol';

/** the profile of a version; a version this build does not simulate is an error, never 3.11's numbers */
export function profileFor(python: PagePyVersion): VersionProfile {
  const p = (PROFILES as Partial<Record<string, VersionProfile>>)[python];
  if (p === undefined) throw new Error(`CPython ${python} is not simulated by this build of RefScope`);
  return p;
}

/**
 * the program under two versions, line by line, each difference with the rules that make it
 * (the comparison and the rules' texts are fetched when the page first compares)
 */
export async function compareRunner(): Promise<(code: string, a: PagePyVersion, b: PagePyVersion, maxSteps: number) => CompareResult> {
  const { compareVersions } = await import('../trace/compare');
  return (code, a, b, maxSteps) => {
    profileFor(a);
    profileFor(b);
    return compareVersions(code, a, b, { maxSteps, filename: '<playground>' });
  };
}
