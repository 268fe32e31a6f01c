import { recordRun } from '../src/trace/record';
const src = 'root = []\nfor i in range(4):\n    g = []\n    root.append(g)\n    for j in range(49):\n        g.append([j])\ndone = True\n';
const { trace } = recordRun(src, {maxEdges: 64});
const s = trace.summary();
console.log(s.stepCount, s.lineSteps.slice(-5));
let t = performance.now();
console.log(trace.move(1660, 'line', -1), performance.now() - t);
t = performance.now();
console.log(trace.move(1440, 'line', -1), performance.now() - t);
console.log('from 1439', trace.move(1439, 'line', -1), 'from 1437', trace.move(1437, 'line', -1), 'from 1435', trace.move(1435, 'line', -1));
console.log(trace.stateAt(1439).caption, '|', trace.stateAt(1437).caption, '|', trace.stateAt(1438).caption);
const seq: [string, number][] = [['s', 0], ['s', 1660], ['s', 1439], ['s', 1435], ['s', 1437]];
for (const [k, n] of seq) { t = performance.now(); const st = trace.stateAt(n); console.log(k, n, st.objects.length, (performance.now() - t).toFixed(1), 'ms'); }
