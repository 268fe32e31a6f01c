// npm run screenshots: docs/screenshot-1280x720.png (the dict cycle, leaked after del a, b),
// docs/screenshot-1920x1080.png (the collection at subtract_refs), docs/presentation-1280x720.png
// (lesson 3 in presentation mode, at a note), docs/embed-1280x720.png (lesson 3 embedded, ?embed=1)
// and docs/dark-1280x720.png (the dark theme), and issue 14's features: docs/heap-text-1280x720.png,
// docs/generations-1280x720.png (just after an automatic collection, coloured by generation),
// docs/generator-frame-1920x1080.png (lesson 11's paused frame), docs/predict-1280x720.png (a
// wrong prediction explained), docs/export-dialog-1280x720.png, from the production build.
// `npm run screenshots -- NAME...` takes only the shots whose file name contains a NAME;
// SHOT_PORT picks the preview server's port (default 4175).

import type { Page } from '@playwright/test';
import { buildUnlessTold, launchChromium, startPreview } from '../bench/preview';
import LZString from 'lz-string';
import { SEED_PROGRAM } from '../tests/e2e/seed';

const PORT = Number(process.env.SHOT_PORT ?? 4175);

async function stepUntil(page: Page, re: RegExp, testId = 'caption'): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (re.test((await page.getByTestId(testId).textContent()) ?? '')) return;
    const before = await page.getByTestId('step-count').textContent();
    await page.getByRole('button', { name: 'Step forward', exact: true }).click();
    await page.waitForFunction(`document.querySelector('[data-testid=step-count]').textContent !== ${JSON.stringify(before)}`);
  }
  throw new Error(`never reached ${re}`);
}

async function main(): Promise<void> {
  buildUnlessTold();
  const stop = await startPreview(PORT);
  try {
    const browser = await launchChromium();
    const seed = `/#code/${LZString.compressToEncodedURIComponent(SEED_PROGRAM)}`;
    const run = async (p: Page) => {
      await p.getByRole('button', { name: 'Run', exact: true }).click();
      await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
    };
    const shots: { file: string; w: number; h: number; url: string; scheme?: 'dark'; go: (p: Page) => Promise<void> }[] = [
      { file: 'screenshot-1280x720', w: 1280, h: 720, url: seed, go: async (p) => (await run(p), await stepUntil(p, /Next: line 23\./)) },
      {
        file: 'screenshot-1920x1080',
        w: 1920,
        h: 1080,
        url: seed,
        go: async (p) => {
          await run(p);
          await stepUntil(p, /Next: line 27\./);
          await p.getByLabel('Step grain').selectOption('gc');
          await stepUntil(p, /subtract_refs/);
        },
      },
      {
        file: 'presentation-1280x720',
        w: 1280,
        h: 720,
        url: '/?lesson=cycle',
        go: async (p) => {
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await p.locator('body').press('p');
          await p.getByTestId('present-bar').waitFor();
          await stepUntil(p, /Next: line 9\./, 'present-bar');
        },
      },
      {
        file: 'embed-1280x720',
        w: 1280,
        h: 720,
        url: '/?embed=1&lesson=cycle',
        go: async (p) => {
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await stepUntil(p, /Next: line 9\./);
        },
      },
      { file: 'dark-1280x720', w: 1280, h: 720, url: seed, scheme: 'dark', go: async (p) => (await run(p), await stepUntil(p, /Next: line 23\./)) },
      {
        file: 'heap-text-1280x720',
        w: 1280,
        h: 720,
        url: seed,
        go: async (p) => {
          await run(p);
          await stepUntil(p, /Next: line 23\./);
          await p.getByRole('button', { name: 'Text', exact: true }).click();
        },
      },
      {
        file: 'generations-1280x720',
        w: 1280,
        h: 720,
        url: '/?lesson=generations',
        go: async (p) => {
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await p.getByLabel('Step grain').selectOption('gc');
          await p.locator('.mark-gc.mark-auto').first().click();
          await p.getByLabel('Step grain').selectOption('line');
          await p.getByRole('button', { name: 'Step forward', exact: true }).click();
          await p.getByLabel('colour by generation').check();
        },
      },
      {
        file: 'generator-frame-1920x1080',
        w: 1920,
        h: 1080,
        url: '/?lesson=paused-generator',
        go: async (p) => {
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await stepUntil(p, /Next: line 15\./);
        },
      },
      {
        file: 'predict-1280x720',
        w: 1280,
        h: 720,
        url: '/?lesson=getrefcount&predict=1',
        go: async (p) => {
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await stepUntil(p, /Next: line 3\./);
          await p.getByLabel('Your prediction').fill('1');
          await p.getByTestId('predict-panel').getByRole('button', { name: 'Check' }).click();
          await p.getByTestId('predict-reveal').waitFor();
        },
      },
      {
        file: 'export-dialog-1280x720',
        w: 1280,
        h: 720,
        url: seed,
        go: async (p) => {
          await run(p);
          await stepUntil(p, /Next: line 23\./);
          await p.getByRole('button', { name: 'Export animation' }).click();
        },
      },
    ];
    const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
    for (const { file, w, h, url, scheme, go } of shots.filter((x) => only.length === 0 || only.some((o) => x.file.includes(o)))) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme ?? 'light' });
      await page.goto(`http://localhost:${PORT}${url}`);
      await page.locator('[data-testid=editor][data-ready=true]').waitFor();
      await go(page);
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `docs/${file}.png` });
      console.log(`docs/${file}.png`);
      await page.close();
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
