// Where each recursion shape (bench/recursionShapes.ts) stops, unbounded, in CPython and in
// RefScope's CLI, for one version: `npx tsx bench/recursionLimits.ts [3.11|3.12|3.13|3.14]`.
// Every row should read the same (the RecursionError at CPython's depth, counted as CPython counts:
// eval/ceval/recursion.ts). 3.14's oracle is Pyodide, whose own Python frames and wasm stack move
// its figures (docs/VERSIONS.md). The page's depths are bench/recursionDepth.ts's.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHAPES, unboundedProgram } from './recursionShapes';

const version = process.argv[2] ?? '3.11';
const file = join(mkdtempSync(join(tmpdir(), 'refscope-limits-')), 'shape.py');

function cpython(): string {
  const r =
    version === '3.11'
      ? spawnSync('python3', [file], { encoding: 'utf8' })
      : version === '3.14'
        ? spawnSync(process.execPath, ['scripts/cpython314.mjs', file], { encoding: 'utf8' })
        : spawnSync('pyenv', ['exec', 'python', file], { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: version === '3.12' ? '3.12.1' : '3.13.0' } });
  return r.stdout.trim() || `error: ${r.stderr.trim().split('\n').pop()}`;
}

function refscope(): string {
  const r = spawnSync(process.execPath, ['bin/refscope.mjs', 'run', '--python', version, file], { encoding: 'utf8' });
  return r.stdout.trim() || `error: ${r.stderr.trim().split('\n').pop()}`;
}

console.log(`deepest level before the RecursionError, Python ${version}`);
console.log('shape              cpython  refscope');
let differ = 0;
for (const s of SHAPES) {
  writeFileSync(file, unboundedProgram(s, null));
  const a = cpython();
  const b = refscope();
  if (a !== b) differ++;
  console.log(`${s.name.padEnd(18)} ${a.padStart(7)}  ${b.padStart(8)}${a === b ? '' : '  DIFFERS'}`);
}
console.log(`${SHAPES.length - differ} of ${SHAPES.length} shapes stop where CPython stops`);
