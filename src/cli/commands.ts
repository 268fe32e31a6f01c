// The CLI's commands, as pure functions of the parsed arguments and the program text.

import { run } from '../runtime/eval/interpreter';
import { PROFILES } from '../runtime/versions';
import { recordRun } from '../trace/record';
import { traceToJson } from '../trace/json';
import type { CliCommand } from './args';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  code: number;
  /** the JS stack ran out before CPython's recursion limit: run again with a larger stack */
  jsStackOverflowed?: boolean;
}

export function runCommand(cmd: CliCommand, source: string): CommandOutput {
  const filename = cmd.file === '-' ? '<stdin>' : cmd.file;
  const version = PROFILES[cmd.python];
  if (cmd.command === 'run') {
    const r = run(source, { filename, maxSteps: cmd.maxSteps, version });
    return { stdout: r.stdout, stderr: r.stderr, code: r.exitCode, jsStackOverflowed: r.jsStackOverflowed };
  }
  const { trace, result } = recordRun(source, { filename, maxSteps: cmd.maxSteps, maxEdges: Infinity, refSteps: false, version });
  return { stdout: JSON.stringify(traceToJson(trace)) + '\n', stderr: result.stderr, code: result.exitCode, jsStackOverflowed: result.jsStackOverflowed };
}
