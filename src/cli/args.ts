// The command line's arguments, parsed without side effects: a command to run, or what to
// print (help, version, a usage error with exit status 2).

import { PY_VERSIONS, type PyVersion } from '../runtime/versions';

export const USAGE = `usage: refscope run [--python VERSION] [--legacy-finalizers] [--max-steps N] FILE
       refscope trace --json [--python VERSION] [--legacy-finalizers] [--max-steps N] FILE
       refscope compare --python A,B [--max-steps N] FILE
       refscope --help | --version
FILE is a Python program, or - to read one from standard input.`;

export const SUPPORTED_VERSIONS: readonly PyVersion[] = PY_VERSIONS;
export type CliVersion = PyVersion;

export const HELP = `refscope: run a Python program on RefScope's simulated CPython heap.

${USAGE}

commands:
  run      print the program's standard output, and its traceback on standard error
           (exit status 1 after an uncaught exception, as python3 does)
  trace    the recorded execution as JSON: objects, references and roots at each line step
  compare  run the program under two versions and print their outputs side by side, each
           differing line with the version rule that makes the difference

options:
  --python VERSION     the CPython version to simulate: ${SUPPORTED_VERSIONS.join(', ')} (3.11 is the default);
                       for compare, two versions separated by a comma (3.11,3.14)
  --legacy-finalizers  the collector before PEP 442 (CPython 3.3 and earlier): a cycle holding an
                       object with __del__ is not collected, its objects go to gc.garbage
  --max-steps N        stop after N line steps (an endless loop ends with StepLimitError)
  --json               (trace) write JSON; the only format for now
  -h, --help           this text
  -V, --version        RefScope's version and the CPython it simulates`;

export interface CliCommand {
  kind: 'command';
  command: 'run' | 'trace' | 'compare';
  file: string;
  maxSteps?: number;
  python: CliVersion;
  /** compare: the two versions */
  versions?: [CliVersion, CliVersion];
  legacyFinalizers?: boolean;
  json: boolean;
}

export type CliAction = CliCommand | { kind: 'print'; text: string; code: 0 | 2 };

const usageError = (why: string): CliAction => ({ kind: 'print', text: `refscope: ${why}\n${USAGE}\n`, code: 2 });

const isVersion = (v: string): v is CliVersion => (SUPPORTED_VERSIONS as readonly string[]).includes(v);

export function parseArgs(argv: string[], version: string): CliAction {
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'print', text: HELP + '\n', code: 0 };
  if (argv.includes('-V') || argv.includes('--version')) {
    return { kind: 'print', text: `refscope ${version} (simulates CPython ${SUPPORTED_VERSIONS.join(', ')})\n`, code: 0 };
  }
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('a command is needed');
  if (command !== 'run' && command !== 'trace' && command !== 'compare') return usageError(`unknown command '${command}'`);
  let file: string | undefined;
  let maxSteps: number | undefined;
  let python: CliVersion = '3.11';
  let versions: [CliVersion, CliVersion] | undefined;
  let legacyFinalizers = false;
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
      if (command === 'compare') {
        const pair = v === undefined ? [] : v.split(',');
        if (pair.length !== 2 || !pair.every(isVersion)) {
          return usageError(`compare --python takes two of ${SUPPORTED_VERSIONS.join(', ')} separated by a comma${v === undefined ? '' : `, not '${v}'`}`);
        }
        versions = [pair[0] as CliVersion, pair[1] as CliVersion];
      } else {
        if (v === undefined || !isVersion(v)) {
          return usageError(`--python takes one of ${SUPPORTED_VERSIONS.join(', ')}${v === undefined ? '' : `, not '${v}'`}`);
        }
        python = v;
      }
    } else if (a === '--legacy-finalizers' && command !== 'compare') {
      legacyFinalizers = true;
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
  if (command === 'compare' && versions === undefined) return usageError('compare needs --python A,B (two versions)');
  const cmd: CliCommand = { kind: 'command', command, file, maxSteps, python, json };
  if (versions !== undefined) cmd.versions = versions;
  if (legacyFinalizers) cmd.legacyFinalizers = true;
  return cmd;
}
