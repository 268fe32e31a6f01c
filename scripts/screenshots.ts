// npm run screenshots: docs/screenshot-1280x720.png (the dict cycle, leaked after del a, b),
// docs/screenshot-1920x1080.png (the collection at subtract_refs), docs/presentation-1280x720.png
// (lesson 3 in presentation mode, at a note), docs/embed-1280x720.png (lesson 3 embedded, ?embed=1),
// docs/dark-1280x720.png (the dark theme), and for docs/GRAPH.md the linked list, the seed's
// cycle, a collection, the end of a run and presentation at 1024x768, from the production build.
// Each shot waits for its step's caption (e.g. "Next: line 22.") and for the picture to settle.
// `npm run screenshots -- NAME...` makes only the shots whose file names contain a NAME.
// Issue 14's features: docs/heap-text-1280x720.png, docs/generations-1280x720.png (just after an
// automatic collection, coloured by generation), docs/generator-frame-1920x1080.png (lesson 11's
// paused frame), docs/predict-1280x720.png (a wrong prediction explained),
// docs/export-dialog-1280x720.png; README's docs/first-visit-1280x720.png (the code view before
// Monaco arrives); docs/lesson-opened-1280x720.png (a lesson opened from the picker). SCREENSHOTS_PORT (or SHOT_PORT) picks the preview's port.

import type { Page } from '@playwright/test';
import { buildUnlessTold, launchChromium, startPreview } from '../bench/preview';
import LZString from 'lz-string';
import { SEED_PROGRAM } from '../tests/e2e/seed';

const PORT = Number(process.env.SCREENSHOTS_PORT ?? process.env.SHOT_PORT ?? 4175);

const LINKED = `class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt

head = None
for i in range(8):
    head = Node(i, head)

print("built")
`;

/** the caption the page shows (the console's, or presentation mode's) */
const CAPTION = '[data-testid=caption], [data-testid=present-caption]';

/** wait until the step's caption says `re`, then until the graph has stopped moving */
async function settle(page: Page, re: RegExp, where = CAPTION): Promise<void> {
  // (page code as strings: tsx would wrap functions in a helper the page does not have)
  await page
    .waitForFunction(`${re}.test(document.querySelector(${JSON.stringify(where)})?.textContent ?? '')`, null, { timeout: 30_000 })
    .catch(async (e) => {
      throw new Error(`the caption never said ${re}: "${await page.locator(where).first().textContent()}" (${e})`);
    });
  // the moves and glides of a step last well under a second; then two frames with no node moving
  await page.waitForTimeout(900);
  await page.waitForFunction(
    `new Promise((done) => {
      const where = () => [...document.querySelectorAll('g.node')].map((n) => n.getAttribute('transform')).join();
      const a = where();
      requestAnimationFrame(() => requestAnimationFrame(() => done(where() === a)));
    })`,
    null,
    { timeout: 10_000 },
  );
  if (!re.test((await page.locator(where).first().textContent()) ?? '')) throw new Error(`the caption moved on from ${re}`);
}

async function stepUntil(page: Page, re: RegExp, testId = 'caption'): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (re.test((await page.getByTestId(testId).first().textContent()) ?? '')) return;
    // (the step's number: a collection's phases share one line step's text)
    const before = await page.getByTestId('step-count').getAttribute('data-step');
    await page.getByRole('button', { name: 'Step forward', exact: true }).click();
    await page.waitForFunction(`document.querySelector('[data-testid=step-count]').getAttribute('data-step') !== ${JSON.stringify(before)}`);
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
    const linked = `/#code/${LZString.compressToEncodedURIComponent(LINKED)}`;
    const toEnd = async (p: Page) => {
      await run(p);
      await p.getByRole('button', { name: 'Jump to end', exact: true }).click();
    };
    const collection = async (p: Page) => {
      await run(p);
      await stepUntil(p, /Next: line 27\./);
      await p.getByLabel('Step grain').selectOption('gc');
      await stepUntil(p, /subtract_refs/);
    };
    type Shot = { file: string; w: number; h: number; url: string; scheme?: 'dark'; go: (p: Page) => Promise<void>; caption: RegExp; where?: string };
    const shots: Shot[] = [
      { file: 'screenshot-1280x720', w: 1280, h: 720, url: seed, go: async (p) => (await run(p), await stepUntil(p, /Next: line 23\./)), caption: /Next: line 23\./ },
      { file: 'screenshot-1920x1080', w: 1920, h: 1080, url: seed, go: collection, caption: /subtract_refs/ },
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
        caption: /Next: line 9\./,
        where: '[data-testid=present-bar]',
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
        caption: /Next: line 9\./,
      },
      { file: 'dark-1280x720', w: 1280, h: 720, url: seed, scheme: 'dark', go: async (p) => (await run(p), await stepUntil(p, /Next: line 23\./)), caption: /Next: line 23\./ },
      // docs/GRAPH.md
      { file: 'linked-list-1280x720', w: 1280, h: 720, url: linked, go: async (p) => (await run(p), await stepUntil(p, /Next: line 10\./)), caption: /Next: line 10\./ },
      { file: 'cycle-1280x720', w: 1280, h: 720, url: seed, go: async (p) => (await run(p), await stepUntil(p, /Next: line 23\./)), caption: /Next: line 23\./ },
      { file: 'collection-1920x1080', w: 1920, h: 1080, url: seed, go: collection, caption: /subtract_refs/ },
      { file: 'end-1280x720', w: 1280, h: 720, url: seed, go: toEnd, caption: /The program has finished/ },
      {
        file: 'present-1024x768',
        w: 1024,
        h: 768,
        url: `/?present=1${seed.slice(1)}`,
        go: async (p) => {
          await run(p);
          await stepUntil(p, /Next: line 23\./, 'present-bar');
        },
        caption: /Next: line 23\./,
        where: '[data-testid=present-bar]',
      },
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
        caption: /Next: line 23\./,
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
        caption: /Next: line/,
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
        caption: /Next: line 15\./,
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
        caption: /Next: line 3\./,
      },
      {
        // README's first visit: the light code view before Monaco has arrived (its chunk is held
        // back), a lesson link already run and stepped
        file: 'first-visit-1280x720',
        w: 1280,
        h: 720,
        url: '/?lesson=cycle',
        before: async (p: Page) => {
          await p.route(/MonacoEditor-[^/]*\.js$/, () => undefined);
        },
        go: async (p: Page) => {
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await stepUntil(p, /Next: line 9\./);
        },
        caption: /Next: line 9\./,
      },
      {
        // a lesson opened from the picker (its text fetched then: src/lessons/index.ts), run and
        // stepped to a note
        file: 'lesson-opened-1280x720',
        w: 1280,
        h: 720,
        url: '/',
        go: async (p: Page) => {
          await p.getByLabel('Lesson', { exact: true }).selectOption('cycle');
          await p.getByTestId('lesson-text').waitFor();
          await p.getByTestId('step-count').filter({ hasText: 'step ' }).waitFor();
          await stepUntil(p, /Next: line 9\./);
        },
        caption: /Next: line 9\./,
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
        caption: /Next: line 23\./,
      },
    ];
    const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
    for (const { file, w, h, url, scheme, before, go, caption, where } of shots) {
      if (only.length > 0 && !only.some((o) => file.includes(o))) continue;
      const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme ?? 'light' });
      await before?.(page);
      await page.goto(`http://localhost:${PORT}${url}`);
      // (the first-visit shot holds Monaco back: its code view is what it shows)
      if (before === undefined) await page.locator('[data-testid=editor][data-ready=true]').waitFor();
      await go(page);
      await settle(page, caption, where);
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
