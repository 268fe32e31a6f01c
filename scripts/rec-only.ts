// profile helper: only the recording of the mixed benchmark program
import { recordRun } from '../src/trace/record';
const PROGRAM = `
class Box:
    def __init__(self, v):
        self.v = v

total = 0
items = []
for i in range(250000):
    total += i
    items.append(Box(i % 7))
    if len(items) > 100:
        items = []
print(total)
`;
const t = performance.now();
recordRun(PROGRAM, { maxEdges: 64 });
console.log('recording', (performance.now() - t).toFixed(0), 'ms');
