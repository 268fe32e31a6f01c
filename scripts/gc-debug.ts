import { recordRun } from '../src/trace/record';
const { trace } = recordRun('import gc\na = {}\nb = {}\na["r"] = b\nb["r"] = a\ndel a, b\nprint(gc.collect())');
for (let s = 0; s < trace.stepCount; s++) {
  if (trace.grainOf(s) !== 'gc') continue;
  const st = trace.stateAt(s);
  console.log(s, st.caption.slice(0, 50), JSON.stringify(st.gc));
}
