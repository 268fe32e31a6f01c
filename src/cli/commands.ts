// The CLI's commands, as pure functions of the arguments and the program text.

import { run } from '../runtime/eval/interpreter';
import { recordRun } from '../trace/record';
import { traceToJson } from '../trace/json';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  code: number;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function runCommand(argv: string[], source: string): CommandOutput {
  const [cmd, file] = argv;
  const maxStepsArg = option(argv, '--max-steps');
  const maxSteps = maxStepsArg !== undefined ? Number(maxStepsArg) : undefined;
  if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps > 0)) {
    return { stdout: '', stderr: 'refscope: --max-steps takes a positive whole number\n', code: 2 };
  }
  const filename = file === '-' ? '<stdin>' : file;
  if (cmd === 'run') {
    const r = run(source, { filename, maxSteps });
    return { stdout: r.stdout, stderr: r.stderr, code: r.exitCode };
  }
  if (!argv.includes('--json')) return { stdout: '', stderr: 'refscope: trace needs --json\n', code: 2 };
  const { trace, result } = recordRun(source, { filename, maxSteps, maxEdges: Infinity, refSteps: false });
  return { stdout: JSON.stringify(traceToJson(trace)) + '\n', stderr: result.stderr, code: result.exitCode };
}
