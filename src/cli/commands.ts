// The CLI's commands, as pure functions of the parsed arguments and the program text.

import { run } from '../runtime/eval/interpreter';
import { PROFILES, legacyProfile, type VersionProfile } from '../runtime/versions';
import { recordRun } from '../trace/record';
import { traceToJson } from '../trace/json';
import { compareVersions } from '../trace/compare';
import type { CliCommand } from './args';
import { formatCompare } from './compareText';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  code: number;
  /** the JS stack ran out before CPython's recursion limit: run again with a larger stack */
  jsStackOverflowed?: boolean;
}

export function runCommand(cmd: CliCommand, source: string): CommandOutput {
  const filename = cmd.file === '-' ? '<stdin>' : cmd.file;
  let version: VersionProfile = PROFILES[cmd.python];
  if (cmd.legacyFinalizers) version = legacyProfile(version);
  if (cmd.command === 'compare') {
    const [a, b] = cmd.versions!;
    const report = compareVersions(source, a, b, { filename, maxSteps: cmd.maxSteps });
    return { stdout: formatCompare(report, filename), stderr: '', code: 0 };
  }
  if (cmd.command === 'run') {
    const r = run(source, { filename, maxSteps: cmd.maxSteps, version });
    return { stdout: r.stdout, stderr: r.stderr, code: r.exitCode, jsStackOverflowed: r.jsStackOverflowed };
  }
  const { trace, result } = recordRun(source, { filename, maxSteps: cmd.maxSteps, maxEdges: Infinity, refSteps: false, version });
  return { stdout: JSON.stringify(traceToJson(trace)) + '\n', stderr: result.stderr, code: result.exitCode, jsStackOverflowed: result.jsStackOverflowed };
}
