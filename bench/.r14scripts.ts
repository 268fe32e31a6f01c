import { launchChromium } from './preview';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const dir = process.argv[2] ?? '/tmp/r14dist/assets';
const b = await launchChromium();
const ctx = await b.newContext({ viewport: { width: 1280, height: 720 } });
const p = await ctx.newPage();
const seen = new Set<string>();
ctx.on('request', (r) => { if (r.url().endsWith('.js')) seen.add(r.url().split('/').pop()!); });
await p.goto('http://localhost:4193/');
await p.locator('button[aria-label="Run"]').click();
await p.waitForFunction(() => Number(document.querySelector('[data-testid=graph]')?.getAttribute('data-node-count')) > 0);
await p.waitForTimeout(300);
let total = 0;
for (const f of seen) {
  if (/^(MonacoEditor|editor\.worker|python)-/.test(f)) continue;
  const kb = gzipSync(readFileSync(`${dir}/${f}`), { level: 9 }).length / 1024;
  total += kb;
  console.log(kb.toFixed(1).padStart(7), f);
}
console.log('total', total.toFixed(1));
await b.close();
