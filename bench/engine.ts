// npm run bench: the engine against CPython on loop-, recursion-, allocation-, method-call- and
// cycle-collection-heavy programs. Each round runs CPython then the engine on the same program;
// the ratio is paired per round, then summarised (median per program, geometric mean overall).
// Targets (issue 2): geometric mean <= 5x CPython, every program <= 10x.

import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { run } from '../src/runtime/eval/interpreter';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'programs');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const only = process.argv[2] === '--child' ? undefined : process.argv[2];

const PY_HARNESS = `
import sys, time
f = sys.argv[1]
src = open(f).read()
code = compile(src, f, 'exec')
t = time.perf_counter()
exec(code, {'__name__': '__main__'})
sys.stderr.write('ELAPSED %.6f\\n' % (time.perf_counter() - t))
`;

function timePython(file: string): { secs: number; out: string } {
  const r = spawnSync('python3', ['-c', PY_HARNESS, file], { encoding: 'utf8' });
  const m = /ELAPSED ([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`python3 failed on ${file}: ${r.stderr}`);
  return { secs: Number(m[1]), out: r.stdout };
}

/** the engine in a fresh process each time, so no program inherits another's JIT state */
function timeEngine(file: string): { secs: number; out: string } {
  const r = spawnSync(process.execPath, ['--stack-size=7000', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const m = /^ELAPSED ([\d.]+)$/m.exec(r.stderr);
  if (!m || r.status !== 0) throw new Error(`engine failed on ${file}: ${r.stderr}`);
  return { secs: Number(m[1]), out: r.stdout };
}

if (process.argv[2] === '--child') {
  const file = process.argv[3];
  const src = readFileSync(file, 'utf8');
  const t = performance.now();
  const r = run(src, { filename: file });
  const secs = (performance.now() - t) / 1000;
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr + `ELAPSED ${secs.toFixed(6)}\n`);
  process.exit(r.exitCode);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const files = process.argv[2] === '--child' ? [] : readdirSync(dir).filter((f) => f.endsWith('.py') && (!only || f.includes(only))).sort();
const ratios: number[] = [];
if (files.length > 0) console.log(`engine vs CPython (${spawnSync('python3', ['--version'], { encoding: 'utf8' }).stdout.trim()}), ${rounds} paired rounds each`);
console.log('program            cpython   engine    ratio (median of pairs)');
for (const f of files) {
  const path = join(dir, f);
  const src = readFileSync(path, 'utf8');
  const pairs: number[] = [];
  let py = 0;
  let en = 0;
  for (let i = 0; i < rounds; i++) {
    const p = timePython(path);
    const e = timeEngine(path);
    if (p.out !== e.out) throw new Error(`${f}: output differs from CPython\n${p.out}\n---\n${e.out}`);
    pairs.push(e.secs / p.secs);
    py += p.secs;
    en += e.secs;
  }
  const ratio = median(pairs);
  ratios.push(ratio);
  console.log(`${f.padEnd(18)} ${(py / rounds).toFixed(3)}s   ${(en / rounds).toFixed(3)}s   ${ratio.toFixed(2)}x  [${pairs.map((x) => x.toFixed(2)).join(', ')}]`);
}
if (files.length > 0) report();
function report(): void {
const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
const worst = Math.max(...ratios);
console.log(`geometric mean: ${geo.toFixed(2)}x CPython (target <= 5x); worst: ${worst.toFixed(2)}x (target <= 10x)`);
}
