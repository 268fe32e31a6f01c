// The CLI's commands, as pure functions of the arguments and the program text.

import { run } from '../runtime/interpreter';

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
  return { stdout: '', stderr: 'refscope: trace is not available yet\n', code: 2 };
}
