import { readFileSync } from 'node:fs';
import { recordRun } from '../src/trace/record';
import { loadAllCode } from '../src/runtime/onDemand';

await loadAllCode();
const src = readFileSync(process.argv[2], 'utf8');
const t0 = performance.now();
const { trace, result } = recordRun(src);
console.log('steps', trace.stepCount, 'ms', (performance.now() - t0).toFixed(0), 'bytes', trace.summary().bytes, 'exit', result.exitCode);
const which = process.argv[3] ? Number(process.argv[3]) : trace.stepCount - 1;
const st = trace.stateAt(which);
console.log(st.caption, st.line);
for (const o of st.objects) console.log(o.id, o.type, o.refcount, o.generation, o.edges.map((e) => e.label + '->' + (e.to.kind === 'obj' ? '#' + e.to.id : e.to.kind === 'atom' ? e.to.repr : '?')).join(', '));
console.log(JSON.stringify(st.frames));
console.log(st.stdout);
