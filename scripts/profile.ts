import { readFileSync } from 'node:fs';
import { run } from '../src/runtime/eval/interpreter';
import { loadAllCode } from '../src/runtime/onDemand';

await loadAllCode();
const src = readFileSync(process.argv[2], 'utf8');
const t = performance.now();
const r = run(src);
console.log(r.stdout.trim(), ((performance.now() - t) / 1000).toFixed(3) + 's');
