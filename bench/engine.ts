// npm run bench: the engine against CPython on loop-, recursion-, allocation-, method-call- and
// cycle-collection-heavy programs, as a user runs them: the whole process, `node bin/refscope.mjs
// run FILE` against `python3 FILE`, start-up included. Each round runs CPython then RefScope on
// the same program; the ratio is paired per round, then summarised (median per program,
// geometric mean overall). Targets: geometric mean <= 5x CPython, every program <= 10x.

import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'programs');
const bin = join(here, '..', 'bin', 'refscope.mjs');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const only = process.argv[2];

/** wall-clock seconds of one process, and what it printed */
function timeProcess(cmd: string, args: string[]): { secs: number; out: string } {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const secs = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { secs, out: r.stdout };
}

/** the real interpreter behind `python3` (pyenv's shim would add its own start-up to every timing) */
const PY = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// build the CLI once (bin/refscope.mjs would otherwise rebuild a stale bundle inside the first timing)
spawnSync(process.execPath, [bin, '--version']);
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && (!only || f.includes(only))).sort();
const ratios: number[] = [];
console.log(`RefScope vs CPython (${spawnSync(PY, ['--version'], { encoding: 'utf8' }).stdout.trim()}), whole process, ${rounds} paired rounds each`);
console.log('program            cpython   refscope  ratio (median of pairs)');
for (const f of files) {
  const path = join(dir, f);
  const pairs: number[] = [];
  let py = 0;
  let en = 0;
  for (let i = 0; i < rounds; i++) {
    const p = timeProcess(PY, [path]);
    const e = timeProcess(process.execPath, [bin, 'run', path]);
    if (p.out !== e.out) throw new Error(`${f}: output differs from CPython\n${p.out}\n---\n${e.out}`);
    pairs.push(e.secs / p.secs);
    py += p.secs;
    en += e.secs;
  }
  const ratio = median(pairs);
  ratios.push(ratio);
  console.log(`${f.padEnd(18)} ${(py / rounds).toFixed(3)}s   ${(en / rounds).toFixed(3)}s   ${ratio.toFixed(2)}x  [${pairs.map((x) => x.toFixed(2)).join(', ')}]`);
}
if (ratios.length > 0) {
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  const worst = Math.max(...ratios);
  console.log(`geometric mean: ${geo.toFixed(2)}x CPython (target <= 5x); worst: ${worst.toFixed(2)}x (target <= 10x)`);
}
