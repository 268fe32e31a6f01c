// npm run screenshots: docs/screenshot-1280x720.png (the dict cycle, leaked after del a, b) and
// docs/screenshot-1920x1080.png (the collection at subtract_refs), from the production build.

import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { SEED_PROGRAM } from '../src/store/seed';

const PORT = 4175;

async function stepUntil(page: Page, re: RegExp): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (re.test((await page.getByTestId('caption').textContent()) ?? '')) return;
    const before = await page.getByTestId('step-count').textContent();
    await page.getByRole('button', { name: 'Step forward', exact: true }).click();
    await page.waitForFunction(`document.querySelector('[data-testid=step-count]').textContent !== ${JSON.stringify(before)}`);
  }
  throw new Error(`never reached ${re}`);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') && spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    for (let i = 0; i < 50; i++) {
      try {
        if ((await fetch(`http://localhost:${PORT}/`)).ok) break;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    const shots: [number, number, (p: Page) => Promise<void>][] = [
      [1280, 720, async (p) => stepUntil(p, /line 23 is about to run/)],
      [
        1920,
        1080,
        async (p) => {
          await stepUntil(p, /line 27 is about to run/);
          await p.getByLabel('Step grain').selectOption('gc');
          await stepUntil(p, /subtract_refs/);
        },
      ],
    ];
    for (const [w, h, go] of shots) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      await page.goto(`http://localhost:${PORT}/#code/${LZString.compressToEncodedURIComponent(SEED_PROGRAM)}`);
      await page.locator('[data-testid=editor][data-ready=true]').waitFor();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
      await go(page);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `docs/screenshot-${w}x${h}.png` });
      console.log(`docs/screenshot-${w}x${h}.png`);
      await page.close();
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
