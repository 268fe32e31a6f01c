// npm run bench (trace part): recording cost, record density and seek time on a program of
// about 1,000,000 line steps. Targets (issue 3): recording < 3x the engine alone; < 40 bytes
// per event; seek to a random step < 16 ms median, < 50 ms worst.
//
// `npm run -s bench:trace [-- FILE.py]` measures the code as it ships: bundled into one module
// (as Vite bundles the page's worker), so cross-module calls cost what they cost in the browser.
// Run from source (node --stack-size=7000 --import tsx bench/trace.ts) the engine pays for tsx's
// per-module export getters more than the recorder does, and the ratio reads about 0.2x lower.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '../src/runtime/eval/interpreter';
import { recordRun } from '../src/trace/record';
import { loadAllCode } from '../src/runtime/onDemand';

await loadAllCode();

// the default program (trace-programs/mixed.py) mixes loops, calls and allocation; pass a .py
// file to measure another (trace-programs/int-loop.py is the other one the docs quote)
const DEFAULT = readFileSync(fileURLToPath(new URL('./trace-programs/mixed.py', import.meta.url)), 'utf8');
const PROGRAM = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : DEFAULT;

// paired rounds (engine alone, then recorded), the median ratio: robust to a busy machine
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const ratios: number[] = [];
let plainMs = 0;
let recMs = 0;
let recorded: ReturnType<typeof recordRun> | null = null;
for (let r = 0; r < rounds; r++) {
  recorded = null; // one record alive at a time, as in the page: the previous one is garbage
  const t0 = performance.now();
  const plain = run(PROGRAM);
  const p = performance.now() - t0;
  const t1 = performance.now();
  recorded = recordRun(PROGRAM, { maxEdges: 64 });
  const q = performance.now() - t1;
  if (plain.stdout !== recorded.result.stdout) throw new Error('recorded run printed something else');
  ratios.push(q / p);
  plainMs += p / rounds;
  recMs += q / rounds;
}
ratios.sort((x, y) => x - y);
const { trace } = recorded!;
const summary = trace.summary();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const events = (trace as any).rec.events as number;
console.log(`trace: ${summary.lineSteps.length.toLocaleString('en-US')} line steps, ${trace.stepCount.toLocaleString('en-US')} steps at the reference grain, ${events.toLocaleString('en-US')} engine events`);
console.log(`engine alone ${plainMs.toFixed(0)} ms; recording ${recMs.toFixed(0)} ms (means of ${rounds}); paired ratio median ${ratios[Math.floor(rounds / 2)].toFixed(2)}x [${ratios.map((x) => x.toFixed(2)).join(', ')}] (target < 3x)`);
console.log(`record: ${(summary.bytes / 1e6).toFixed(1)} MB, ${(summary.bytes / events).toFixed(1)} bytes per event (target < 40)`);

let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const times: number[] = [];
for (let i = 0; i < 300; i++) {
  const step = Math.floor(rand() * trace.stepCount);
  const t = performance.now();
  trace.stateAt(step);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`seek to a random step (300 seeks): median ${times[150].toFixed(2)} ms, worst ${times[times.length - 1].toFixed(2)} ms (targets 16 / 50 ms)`);
