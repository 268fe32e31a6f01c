// npm run bench:cli: how long the command line takes to start, run an empty program and exit
// (target: median <= 0.2 s), beside python3 on the same empty file.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'refscope.mjs');
const empty = join(mkdtempSync(join(tmpdir(), 'refscope-bench-')), 'empty.py');
writeFileSync(empty, '');
const runs = Number(process.env.BENCH_RUNS ?? 21);

function wall(cmd, args) {
  const t = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return (performance.now() - t) / 1000;
}

/** the real interpreter behind `python3` (pyenv's shim would add its own start-up) */
const PY = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
wall(process.execPath, [bin, 'run', empty]); // warm the file cache (and rebuild a stale bundle)
const ours = [];
const py = [];
for (let i = 0; i < runs; i++) {
  ours.push(wall(process.execPath, [bin, 'run', empty]));
  py.push(wall(PY, [empty]));
}
const m = median(ours);
console.log(`empty program, ${runs} runs: node bin/refscope.mjs run empty.py median ${m.toFixed(3)} s (target <= 0.2 s; min ${Math.min(...ours).toFixed(3)}, max ${Math.max(...ours).toFixed(3)}); python3 median ${median(py).toFixed(3)} s`);
