// npm run bench:browser: frames per second in the page while stepping through heaps of 200,
// 1,000 and 3,000 objects (Debian's Chromium via Playwright, the production build).
// Targets (issue 4): 60 fps at 200 objects, >= 30 at 1,000, usable at 3,000.
// Runs page code as strings: this file is type-checked without the DOM library.

import { buildUnlessTold, launchChromium, startPreview } from './preview';
import LZString from 'lz-string';

const PORT = 4174;
const SIZES = [200, 1000, 3000];
const STEPS = 16;

function program(n: number): string {
  const groups = Math.max(1, Math.round(n / 50));
  return [
    'root = []',
    `for i in range(${groups}):`,
    '    g = []',
    '    root.append(g)',
    '    for j in range(49):',
    '        g.append([j])',
    'done = True',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  buildUnlessTold();
  const stop = await startPreview(PORT);
  try {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    page.on('pageerror', (e) => console.error('page error:', e));
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    console.log(`browser: frames per second while stepping (${STEPS} steps back, ${STEPS} forward, each animated)`);
    const rows: string[] = [];
    for (const n of SIZES) {
      await page.goto(`http://localhost:${PORT}/#code/${LZString.compressToEncodedURIComponent(program(n))}`);
      await page.getByTestId('editor').and(page.locator('[data-ready="true"]')).waitFor();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor({ timeout: 120_000 });
      await page.getByRole('button', { name: 'Jump to end', exact: true }).click();
      await page.waitForFunction(`(() => { const e = document.querySelector("[data-testid=step-count]"); return e !== null && e.getAttribute("data-step") === e.getAttribute("data-end"); })()`, null, { timeout: 60_000 });
      await page.waitForTimeout(800);
      await page.evaluate(`(() => {
        const w = window; w.__frames = []; w.__fpsOn = true;
        const loop = (t) => { w.__frames.push(t); if (w.__fpsOn) requestAnimationFrame(loop); };
        requestAnimationFrame(loop);
      })()`);
      const t0 = Date.now();
      const stepOnce = async (key: string) => {
        const before = await page.getByTestId('step-count').textContent();
        // (a CSS selector: a role query walks the page's accessibility tree on its main thread,
        // which would cost the page frames of its own)
        await page.locator(`button[aria-label="${key}"]`).click();
        try {
          await page.waitForFunction(`document.querySelector('[data-testid=step-count]').textContent !== ${JSON.stringify(before)}`, null, { timeout: 60_000 });
        } catch (e) {
          await page.screenshot({ path: '/tmp/bench-fail.png' });
          console.error('stuck at', before, await page.getByTestId('caption').textContent(), await page.evaluate('document.activeElement?.outerHTML?.slice(0, 200)'));
          throw e;
        }
        await page.waitForTimeout(450); // the step's animation
      };
      for (let i = 0; i < STEPS; i++) await stepOnce('Step back');
      for (let i = 0; i < STEPS - 1; i++) await stepOnce('Step forward'); // the end is past the last line step
      const objects = Number(await page.getByTestId('graph').getAttribute('data-node-count'));
      const frames = (await page.evaluate(`(() => { window.__fpsOn = false; return window.__frames; })()`)) as number[];
      const secs = (frames[frames.length - 1] - frames[0]) / 1000;
      const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
      const p95 = gaps[Math.floor(gaps.length * 0.95)] ?? 0;
      const fps = (frames.length - 1) / secs;
      // frames the display showed twice: a gap of about two refresh intervals or more
      const interval = gaps[Math.floor(gaps.length / 2)] ?? 16.7;
      const missed = gaps.reduce((m, g) => m + Math.max(0, Math.round(g / interval) - 1), 0);
      const perStep = (Date.now() - t0) / (2 * STEPS - 1);
      rows.push(
        `  ${String(n).padStart(5)} objects (${objects} nodes drawn${objects > 900 ? ', canvas' : ', svg'}): ${fps.toFixed(1)} fps, ` +
          `95th percentile frame ${p95.toFixed(1)} ms, ${missed} of ${frames.length + missed} frames missed, ${perStep.toFixed(0)} ms per step incl. animation`,
      );
      console.log(rows[rows.length - 1]);
    }
    await browser.close();
  } finally {
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
