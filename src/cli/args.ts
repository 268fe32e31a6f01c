// The command line's arguments, parsed without side effects: a command to run, or what to
// print (help, version, a usage error with exit status 2).

export const USAGE = `usage: refscope run [--python VERSION] [--max-steps N] FILE
       refscope trace --json [--python VERSION] [--max-steps N] FILE
       refscope --help | --version
FILE is a Python program, or - to read one from standard input.`;

export const HELP = `refscope: run a Python program on RefScope's simulated CPython heap.

${USAGE}

commands:
  run      print the program's standard output, and its traceback on standard error
           (exit status 1 after an uncaught exception, as python3 does)
  trace    the recorded execution as JSON: objects, references and roots at each line step

options:
  --python VERSION  the CPython version to simulate (${'3.11'}; the default)
  --max-steps N     stop after N line steps (an endless loop ends with StepLimitError)
  --json            (trace) write JSON; the only format for now
  -h, --help        this text
  -V, --version     RefScope's version and the CPython it simulates`;

export const SUPPORTED_VERSIONS = ['3.11'] as const;
export type CliVersion = (typeof SUPPORTED_VERSIONS)[number];

export interface CliCommand {
  kind: 'command';
  command: 'run' | 'trace';
  file: string;
  maxSteps?: number;
  python: CliVersion;
  json: boolean;
}

export type CliAction = CliCommand | { kind: 'print'; text: string; code: 0 | 2 };

const usageError = (why: string): CliAction => ({ kind: 'print', text: `refscope: ${why}\n${USAGE}\n`, code: 2 });

export function parseArgs(argv: string[], version: string): CliAction {
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'print', text: HELP + '\n', code: 0 };
  if (argv.includes('-V') || argv.includes('--version')) {
    return { kind: 'print', text: `refscope ${version} (simulates CPython ${SUPPORTED_VERSIONS.join(', ')})\n`, code: 0 };
  }
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('a command is needed');
  if (command !== 'run' && command !== 'trace') return usageError(`unknown command '${command}'`);
  let file: string | undefined;
  let maxSteps: number | undefined;
  let python: CliVersion = '3.11';
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string | undefined => rest[++i];
    if (a === '--max-steps') {
      const v = value();
      const n = Number(v);
      if (v === undefined || !(Number.isInteger(n) && n > 0)) return usageError('--max-steps takes a positive whole number');
      maxSteps = n;
    } else if (a === '--python') {
      const v = value();
      if (v === undefined || !(SUPPORTED_VERSIONS as readonly string[]).includes(v)) {
        return usageError(`--python takes one of ${SUPPORTED_VERSIONS.join(', ')}${v === undefined ? '' : `, not '${v}'`}`);
      }
      python = v as CliVersion;
    } else if (a === '--json') {
      json = true;
    } else if (a.startsWith('-') && a !== '-') {
      return usageError(`unknown option '${a}'`);
    } else if (file === undefined) {
      file = a;
    } else {
      return usageError(`one FILE only (got '${file}' and '${a}')`);
    }
  }
  if (file === undefined) return usageError(`${command} needs a FILE`);
  if (command === 'trace' && !json) return usageError('trace needs --json');
  return { kind: 'command', command, file, maxSteps, python, json };
}
