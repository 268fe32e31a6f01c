// Copied from ../shared/oracles/cpython314.mjs so that `pyodide` resolves from this checkout's
// node_modules (a devDependency): used by scripts/gen-expected.sh to record NAME.out-3.14.
// Runs a Python file under CPython 3.14.2 compiled to WebAssembly (the npm package `pyodide`,
// version 314.0.8), for recording 3.14 outputs. Install the package where this runs from
// (for example as a devDependency), then: node path/to/cpython314.mjs FILE.py
// Prints the program's stdout; on an uncaught exception prints the traceback's last line to
// stderr and exits 1. Pyodide never shuts the interpreter down: what CPython prints at exit
// (atexit, weakref.finalize at exit, __del__ of objects alive at the end) is missing here.
// Pyodide is a 32-bit build: immortal objects read 1879048192 where 64-bit 3.14 reads 3221225472.
import { loadPyodide } from 'pyodide';
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node cpython314.mjs FILE.py\n');
  process.exit(2);
}
const py = await loadPyodide({
  stdout: (s) => process.stdout.write(s + '\n'),
  stderr: (s) => process.stderr.write(s + '\n'),
});
try {
  py.runPython(readFileSync(file, 'utf8'), { filename: file });
} catch (e) {
  const lines = String(e.message).trim().split('\n');
  process.stderr.write(lines[lines.length - 1] + '\n');
  process.exit(1);
}
