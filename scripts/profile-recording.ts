// Time (and, with node --cpu-prof, profile) the engine alone and then recording, on one program:
//   node --cpu-prof --stack-size=7000 --import tsx scripts/profile-recording.ts [FILE.py]
// The default is the trace benchmark's program, bench/trace-programs/mixed.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { run } from '../src/runtime/eval/interpreter';
import { recordRun } from '../src/trace/record';
import { loadAllCode } from '../src/runtime/onDemand';

await loadAllCode();

const file = process.argv[2] ?? fileURLToPath(new URL('../bench/trace-programs/mixed.py', import.meta.url));
const src = readFileSync(file, 'utf8');
let t = performance.now();
run(src);
console.log('engine', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
recordRun(src, { maxEdges: 64 });
console.log('recording', (performance.now() - t).toFixed(0), 'ms');
