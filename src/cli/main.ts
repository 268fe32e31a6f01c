// refscope: the headless command line over the engine.
//   refscope run FILE.py [--max-steps N]   prints the program's stdout; a traceback to stderr
//   refscope trace FILE.py --json          the recorded execution as JSON
// `-` reads the program from standard input. The npm script gives node a deeper stack
// (--stack-size) so that Python recursion up to the default limit of 1000 fits.

import { readFileSync } from 'node:fs';
import { runCommand } from './commands';

const USAGE = `usage: refscope run FILE.py [--max-steps N]
       refscope trace FILE.py --json [--max-steps N]
FILE may be - to read the program from standard input.`;

const argv = process.argv.slice(2);
const [cmd, file] = argv;
if ((cmd !== 'run' && cmd !== 'trace') || !file) {
  process.stderr.write(USAGE + '\n');
  process.exit(2);
}
let source = '';
try {
  source = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
} catch (e) {
  process.stderr.write(`refscope: can't open file '${file}': ${(e as Error).message}\n`);
  process.exit(2);
}
const out = runCommand(argv, source);
process.stdout.write(out.stdout, () => {
  process.stderr.write(out.stderr, () => process.exit(out.code));
});
