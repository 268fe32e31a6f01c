import { recordRun } from '../src/trace/record';
const src = `
class Box:
    def __init__(self, v):
        self.v = v
items = []
for i in range(3000):
    items.append(Box(i))
    if len(items) > 40:
        items = items[20:]
print(len(items))
`;
const { trace } = recordRun(src);
const n = trace.stepCount;
const probes = [n - 1, 0, Math.floor(n / 2), 7, n - 2, Math.floor(n / 3), Math.floor(n / 3) + 1, 12345 % n];
const fresh = recordRun(src).trace;
for (const p of probes) {
  const a = JSON.stringify(trace.stateAt(p));
  const t2 = recordRun(src).trace;
  const b = JSON.stringify(t2.stateAt(p));
  if (a !== b) {
    console.log('differs at', p, 'of', n);
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) { console.log(a.slice(i - 200, i + 100)); console.log(b.slice(i - 200, i + 100)); break; }
  }
}
void fresh;
