// profile helper: only the recording of an int loop of 1.8M line steps
import { recordRun } from '../src/trace/record';
import { run } from '../src/runtime/interpreter';
const PROGRAM = 'total = 0\nfor i in range(200000):\n    j = 0\n    while j < 2:\n        total += i * j % 7\n        j += 1\nprint(total)\n';
let t = performance.now();
run(PROGRAM);
console.log('engine', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
recordRun(PROGRAM, { maxEdges: 64 });
console.log('recording', (performance.now() - t).toFixed(0), 'ms');
