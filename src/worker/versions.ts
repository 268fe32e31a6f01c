// The worker's side of version modes: the runtime profile for a version the page asks for, and
// the comparison of one program under two versions (trace/compare.ts).

import { PROFILES, type VersionProfile } from '../runtime/versions';
import { run } from '../runtime/eval/interpreter';
import { compareVersions } from '../trace/compare';
import type { CompareResult, PagePyVersion } from './protocol';

/** the profile of a version; a version this build does not simulate is an error, never 3.11's numbers */
export function profileFor(python: PagePyVersion): VersionProfile {
  const p = (PROFILES as Partial<Record<string, VersionProfile>>)[python];
  if (p === undefined) throw new Error(`CPython ${python} is not simulated by this build of RefScope`);
  return p;
}

/** the program under two versions, line by line, each difference with the rules that make it */
export function compareRun(code: string, a: PagePyVersion, b: PagePyVersion, maxSteps: number): CompareResult {
  profileFor(a);
  profileFor(b);
  return compareVersions(code, a, b, { maxSteps, filename: '<playground>' });
}

/**
 * Whether this build's collector honours the pre-PEP 442 mode: a cycle holding a __del__ must be
 * left uncollected in gc.garbage with no finalizer run. Checked once, on a six-line program; a
 * build that would run the finalizers anyway refuses the mode instead of showing 3.11's collector
 * under its name.
 */
let legacyHonoured: boolean | null = null;
const LEGACY_PROBE = ['import gc', 'class R:', '    def __del__(self): print("del")', 'a = R(); b = R(); a.b = b; b.a = a', 'del a, b', 'gc.collect(); print(len(gc.garbage))', ''].join('\n');

export function checkLegacyFinalizers(): void {
  if (legacyHonoured === null) {
    const r = run(LEGACY_PROBE, { filename: '<probe>', maxSteps: 10_000, legacyFinalizers: true });
    legacyHonoured = r.exitCode === 0 && r.stdout === '2\n';
  }
  if (!legacyHonoured) throw new Error('the pre-PEP 442 collector is not simulated by this build of RefScope yet: choose another Python version');
}
