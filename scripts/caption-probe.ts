import { recordRun } from '../src/trace/record';
const { trace } = recordRun('import sys\nx = [1]\ny = x\nz = [x]\ndef f(a):\n    b = a\n    return b\nf(x)\nprint(sys.getrefcount(x))\n');
for (let s = 0; s < trace.stepCount; s++) console.log(s, trace.grainOf(s), trace.stateAt(s).caption);
