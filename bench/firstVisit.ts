// npm run bench:first: a first visit from a local static server (vite preview of the production
// build), in Debian's Chromium, with an empty cache each time. Target (issue 14): the program, the
// controls and the graph shown, and Run usable, within 1 s; the app's own JavaScript without
// Monaco at most 250 KB gzip.
//  - interactive: the program is on screen (the code view), Run is enabled, the graph panel is there
//  - first run drawn: Run clicked at that moment, until the graph shows the heap
//  - lesson drawn: ?lesson=cycle runs by itself; until its graph shows
//  - Monaco ready: the full editor has taken over (it loads after the first paint)
// Runs page code as strings: this file is type-checked without the DOM library.

import { buildUnlessTold, launchChromium, startPreview } from './preview';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';

const PORT = 4175;
const TRIALS = 5;

/** when each milestone was first seen, in ms from navigation start (polled every animation frame) */
const PROBE = `(() => {
  const t = {};
  window.__firstVisit = t;
  const look = () => {
    const now = performance.now();
    const text = document.querySelector('[data-testid=code-view] textarea, [data-testid=editor][data-ready=true]');
    const run = document.querySelector('button[aria-label="Run"]');
    const graph = document.querySelector('[data-testid=graph]');
    if (t.interactive === undefined && text && run && !run.disabled && graph && (text.value === undefined || text.value.length > 0)) {
      t.interactive = now;
      t.scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => e.name.split('/').pop());
    }
    if (t.drawn === undefined && graph && Number(graph.getAttribute('data-node-count')) > 0) {
      t.drawn = now;
      t.scriptsDrawn = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => e.name.split('/').pop());
    }
    if (t.monaco === undefined && document.querySelector('[data-testid=editor][data-ready=true]')) t.monaco = now;
    if (t.monaco === undefined || t.drawn === undefined) requestAnimationFrame(look);
  };
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(look));
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function gzipSizes(dir = 'dist/assets'): { app: number; entry: number; engine: number; lazy: number; monaco: number; files: string[] } {
  let app = 0, entry = 0, engine = 0, lazy = 0, monaco = 0;
  const files: string[] = [];
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.js')) continue;
    const kb = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length / 1024;
    files.push(`${f} ${kb.toFixed(1)} KB`);
    // Monaco: the editor chunk, its worker and its Python grammar
    if (/^(MonacoEditor|editor\.worker|python)-/.test(f)) monaco += kb;
    else {
      app += kb;
      if (/^index-/.test(f)) entry += kb;
      else if (/^engine\.worker-/.test(f)) engine += kb;
      else lazy += kb;
    }
  }
  return { app, entry, engine, lazy, monaco, files };
}

async function main(): Promise<void> {
  buildUnlessTold();
  const stop = await startPreview(PORT);
  try {
    const browser = await launchChromium();
    const load0 = loadavg()[0];
    const gz = new Map(gzipSizes().files.map((l) => [l.split(' ')[0], Number(l.split(' ')[1])]));
    const rows = { interactive: [] as number[], drawn: [] as number[], lesson: [] as number[], monaco: [] as number[], bytes: [] as number[], bytesDrawn: [] as number[] };
    const isMonaco = (f: string) => /^(MonacoEditor|editor\.worker|python)-/.test(f);
    for (let i = 0; i < TRIALS; i++) {
      for (const lesson of [false, true]) {
        // a new context each time: an empty cache, no saved program
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await ctx.newPage();
        page.on('pageerror', (e) => console.error('page error:', e));
        await page.addInitScript(PROBE);
        await page.goto(`http://localhost:${PORT}/${lesson ? '?lesson=cycle' : ''}`);
        if (!lesson) {
          await page.waitForFunction('window.__firstVisit.interactive !== undefined', null, { timeout: 30_000 });
          await page.locator('button[aria-label="Run"]').click();
        }
        await page.waitForFunction('window.__firstVisit.drawn !== undefined && window.__firstVisit.monaco !== undefined', null, { timeout: 60_000 });
        const t = (await page.evaluate('window.__firstVisit')) as { interactive: number; drawn: number; monaco: number; scripts: string[]; scriptsDrawn: string[] };
        if (lesson) rows.lesson.push(t.drawn);
        else {
          rows.interactive.push(t.interactive);
          rows.drawn.push(t.drawn);
          rows.monaco.push(t.monaco);
          rows.bytes.push(t.scripts.reduce((n, f) => n + (gz.get(f) ?? 0), 0));
          rows.bytesDrawn.push(t.scriptsDrawn.filter((f) => !isMonaco(f)).reduce((n, f) => n + (gz.get(f) ?? 0), 0));
        }
        await ctx.close();
      }
    }
    await browser.close();
    const ms = (xs: number[]) => `${Math.round(median(xs))} ms (${xs.map((x) => Math.round(x)).join(', ')})`;
    const sz = gzipSizes();
    console.log(`first visit (median of ${TRIALS}, empty cache, vite preview, 1280x720; target: interactive <= 1000 ms; machine load ${load0.toFixed(1)} -> ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores):`);
    console.log(`  interactive (program, controls, graph; Run enabled): ${ms(rows.interactive)}`);
    console.log(`  Run clicked then: heap drawn at ${ms(rows.drawn)}`);
    console.log(`  ?lesson=cycle runs by itself: heap drawn at ${ms(rows.lesson)}`);
    console.log(`  Monaco takes over at ${ms(rows.monaco)}`);
    console.log(`  JavaScript fetched when interactive: ${Math.round(median(rows.bytes))} KB gzip`);
    console.log(`  the app's own JavaScript on a first visit, without Monaco (fetched when the first run is drawn): ${median(rows.bytesDrawn).toFixed(1)} KB gzip (target <= 250)`);
    console.log(
      `  every chunk in the build without Monaco: ${sz.app.toFixed(0)} KB gzip: the page's entry ${sz.entry.toFixed(0)}, the engine worker's entry ${sz.engine.toFixed(0)}, ` +
        `other chunks ${sz.lazy.toFixed(0)} (the cores' shared chunks, and what loads only when used: the standard library's modules, the engine's rarer parts, ` +
        `dialogs, the animated export's encoders); Monaco ${sz.monaco.toFixed(0)} KB gzip, loaded after the first paint`,
    );
  } finally {
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
