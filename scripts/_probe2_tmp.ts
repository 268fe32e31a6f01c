import { readFileSync } from 'node:fs';
import { recordRun } from '../src/trace/record';
const src = readFileSync(process.argv[2], 'utf8');
const { trace } = recordRun(src, {maxEdges: 64});
for (const a of process.argv.slice(3)) { const st = trace.stateAt(Number(a)); console.log(JSON.stringify({...st, objects: undefined})); for (const o of st.objects) console.log(JSON.stringify(o)); }
