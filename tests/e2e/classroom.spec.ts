// The classroom features: lessons, permalinks (and hostile ones), presentation and embed modes,
// themes, export, accessibility.
import { readFileSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import LZString from 'lz-string';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SEED_PROGRAM, codeHash } from './seed';
import { parseLesson } from '../../src/lessons/parse';

const DIR = 'src/lessons/files';
const LESSONS = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => parseLesson(readFileSync(`${DIR}/${f}`, 'utf8')))
  .sort((a, b) => a.order - b.order);

const stepText = (p: Page) => p.getByTestId('step-count');

async function ready(p: Page): Promise<void> {
  await expect(p.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
}

test.describe('lessons', () => {
  for (const [name, chunk] of [
    ['1-5', LESSONS.slice(0, 5)],
    ['6-9', LESSONS.slice(5, 9)],
    [`10-${LESSONS.length}`, LESSONS.slice(9)],
  ] as const) {
    test(`lessons ${name} open by ?lesson=, run, and step to their end`, async ({ pg, page }) => {
      // every lesson file is in one of the three parts
      expect(LESSONS.length).toBeGreaterThanOrEqual(10);
      for (const l of chunk) {
        await page.goto(`/?lesson=${l.slug}`);
        await ready(page);
        const bar = page.getByTestId('lesson-bar');
        await expect(bar).toHaveAttribute('data-lesson', l.slug);
        await expect(bar).toContainText(l.title);
        await expect(page.getByTestId('lesson-text')).toHaveText(l.explanation);
        await expect(page.getByLabel('Lesson', { exact: true })).toHaveValue(l.slug);
        // it runs by itself
        await expect(stepText(page)).toContainText('step ');
        await expect(page.locator('.monaco-editor .view-lines')).toContainText(l.code.split('\n')[0]);
        await pg.button('Jump to end').click();
        await expect(stepText(page)).toHaveAttribute('data-step', (await stepText(page).getAttribute('data-end'))!);
        await expect(page.getByTestId('lesson-finished')).toBeVisible();
        await expect(page.getByTestId('error-bar')).toHaveCount(0);
        // a few steps back and forth from the end
        await pg.back();
        await pg.back();
        await pg.forward();
        await expect(page.getByTestId('graph')).not.toHaveAttribute('data-node-count', '0');
      }
      // progress is remembered: the picker marks the finished lessons
      await page.reload();
      await ready(page);
      for (const l of chunk) await expect(page.locator(`select[aria-label=Lesson] option[value="${l.slug}"]`)).toHaveText(new RegExp(`^✓ ${l.order}\\.`));
      expect(pg.errors).toEqual([]);
    });
  }

  test('the picker, next and previous, and notes pinned to lines', async ({ pg, page }) => {
    await pg.open();
    await page.getByLabel('Lesson', { exact: true }).selectOption('cycle');
    await expect(page).toHaveURL(/\?lesson=cycle$/);
    await expect(page.getByTestId('lesson-bar')).toContainText(`Lesson 3 of ${LESSONS.length}`);
    await expect(stepText(page)).toContainText('step ');
    const cycle = LESSONS.find((l) => l.slug === 'cycle')!;
    // step until line 9: its note shows beside the graph
    await expect(page.getByTestId('lesson-note')).toHaveCount(0);
    await pg.forwardToLine(9, 80);
    await expect(page.getByTestId('lesson-note')).toContainText(cycle.notes[9]);
    await pg.forward();
    await expect(page.getByTestId('lesson-note')).toContainText(cycle.notes[10]);
    await pg.button('Next lesson').click();
    await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'collector');
    await expect(page.locator('.monaco-editor .view-lines')).toContainText(LESSONS[3].code.split('\n')[0]);
    await pg.button('Previous lesson').click();
    await pg.button('Previous lesson').click();
    await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'getrefcount');
    await pg.button('Close lesson').click();
    await expect(page.getByTestId('lesson-bar')).toHaveCount(0);
  });
});

test.describe('lessons load on demand', () => {
  // Each lesson's text is a chunk of its own (src/lessons/index.ts): held back here, so the page
  // is seen while it loads. The title shows at once; the editor never shows another program (or
  // none) under it; Run waits; the lesson's program then arrives and runs.
  const held = async (page: Page, file: string) => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked = false;
    await page.route(new RegExp(`/assets/${file}-[^/]*\\.js$`), async (route) => {
      asked = true;
      await gate;
      await route.continue();
    });
    return { release, asked: () => asked };
  };

  test('from the picker: the title at once, then the program, then its run', async ({ pg, page }) => {
    const hold = await held(page, '03-cycle-survives-del');
    await pg.open();
    await pg.run();
    const cycle = LESSONS.find((l) => l.slug === 'cycle')!;
    await page.getByLabel('Lesson', { exact: true }).selectOption('cycle');
    await expect(page.getByTestId('lesson-opening')).toContainText(`Opening lesson 3: ${cycle.title}`);
    // (nor the previous program's run under the lesson's title)
    await expect(stepText(page)).not.toContainText('step ');
    await expect(page.getByTestId('lesson-bar')).toContainText(cycle.title);
    await expect(page.getByTestId('lesson-loading')).toBeVisible();
    await expect(pg.button('Run')).toBeDisabled();
    await expect(page.getByLabel('Lesson', { exact: true })).toHaveValue('cycle');
    expect(hold.asked()).toBe(true);
    hold.release();
    await expect(page.getByTestId('lesson-opening')).toHaveCount(0);
    await expect(page.getByTestId('lesson-text')).toHaveText(cycle.explanation);
    await expect(page.locator('.monaco-editor .view-lines')).toContainText(cycle.code.split('\n')[0]);
    await expect(stepText(page)).toContainText('step ');
    await expect(page).toHaveURL(/\?lesson=cycle$/);
    expect(pg.errors).toEqual([]);
  });

  test('from a link to a lesson and a step: the title while it loads, then the run at that step', async ({ pg, page }) => {
    const hold = await held(page, '04-collector');
    const collector = LESSONS.find((l) => l.slug === 'collector')!;
    await page.goto('/?lesson=collector&step=3');
    await expect(page.getByTestId('lesson-opening')).toContainText(collector.title);
    await expect(page.getByTestId('code-view').locator('textarea')).not.toHaveValue(collector.code);
    hold.release();
    await expect(page.getByTestId('lesson-opening')).toHaveCount(0);
    await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'collector');
    await expect(stepText(page)).toHaveAttribute('data-step', '2');
    await ready(page);
    await expect(page.locator('.monaco-editor .view-lines')).toContainText(collector.code.split('\n')[0]);
    expect(pg.errors).toEqual([]);
  });

  test('the next lesson chosen while one loads is the one opened', async ({ pg, page }) => {
    const hold = await held(page, '05-del-and-cycles');
    await pg.open();
    await page.getByLabel('Lesson', { exact: true }).selectOption('finalizers');
    await expect(page.getByTestId('lesson-opening')).toBeVisible();
    await page.getByLabel('Lesson', { exact: true }).selectOption('aliasing');
    await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'aliasing');
    await expect(stepText(page)).toContainText('step ');
    const arrived = page.waitForResponse(/05-del-and-cycles-[^/]*\.js$/);
    hold.release();
    await arrived;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'aliasing');
    await expect(page.getByTestId('lesson-text')).toHaveText(LESSONS[0].explanation);
    expect(pg.errors).toEqual([]);
  });
});

test.describe('permalinks', () => {
  test('a link round-trips code, step, grain, selection and toggles', async ({ pg, page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await pg.open(SEED_PROGRAM);
    await pg.run();
    await pg.forwardToLine(8);
    await pg.setGrain('ref');
    await page.getByLabel('Shared small objects').check();
    const x = await pg.globalTarget('x');
    await pg.node(x!).click();
    await expect(page.getByTestId('inspector')).toContainText(`#${x}`);
    const step = await stepText(page).textContent();
    await pg.button('Share').click();
    await expect(page.getByTestId('notice')).toContainText('Link copied');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain(codeHash(SEED_PROGRAM));
    expect(url).toMatch(/[?&]step=\d+/);
    expect(url).toContain(`sel=${x}`);
    expect(url).toContain('grain=ref');
    expect(url).toContain('atoms=1');
    expect(url).not.toContain('internals');

    // a fresh visitor opens it
    const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const p2 = await other.newPage();
    const errors: string[] = [];
    p2.on('pageerror', (e) => errors.push(String(e)));
    p2.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p2.goto(url);
    await ready(p2);
    await expect(stepText(p2)).toHaveText(step!);
    await expect(p2.getByTestId('inspector')).toContainText(`#${x}`);
    await expect(p2.getByTestId('inspector')).toContainText('global variable x');
    await expect(p2.locator(`g.node.selected[data-object-id="${x}"]`)).toHaveCount(1);
    await expect(p2.getByLabel('Step grain')).toHaveValue('ref');
    await expect(p2.getByLabel('Shared small objects')).toBeChecked();
    await expect(p2.getByLabel('Class internals')).not.toBeChecked();
    await expect(p2.getByTestId('notice')).toHaveCount(0);
    expect(errors).toEqual([]);
    await other.close();
  });

  test('a long link warns before it is copied', async ({ pg, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // incompressible text: a long link
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const lines = Array.from({ length: 500 }, (_, i) => `v${i} = "${Array.from({ length: 24 }, () => String.fromCharCode(97 + (rnd() % 26))).join('')}"`);
    await pg.open(lines.join('\n') + '\n');
    await pg.button('Share').click();
    await expect(page.getByTestId('notice')).toContainText('Copy it anyway?');
    await expect(page.getByTestId('notice')).toContainText('8,000');
    await page.getByRole('button', { name: 'Copy anyway' }).click();
    await expect(page.getByTestId('notice')).toContainText('Link copied');
    expect((await page.evaluate(() => navigator.clipboard.readText())).length).toBeGreaterThan(8000);
  });

  test('the program being edited survives a reload', async ({ pg, page }) => {
    await pg.open();
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('kept = [42]\n');
    await page.waitForTimeout(400);
    await page.reload();
    await ready(page);
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('kept = [42]');
    // a link says otherwise
    await page.goto('/' + codeHash('from_link = 1\n'));
    await page.reload();
    await ready(page);
    await expect(page.locator('.monaco-editor .view-lines')).toContainText('from_link = 1');
  });

  const big = 'x = 1\n'.repeat(180_000);
  const HOSTILE: [string, string][] = [
    ['bad characters', '/#code/%%%%%%'],
    ['truncated lz', '/' + codeHash(SEED_PROGRAM).slice(0, 120)],
    ['script tag in the hash', '/#code/<script>window.__pwned=1</script>'],
    ['encoded script tag', '/#code/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E'],
    ['javascript: in the hash', '/#code/javascript:alert(1)'],
    ['javascript: lesson', '/?lesson=javascript:alert(1)'],
    ['script tag lesson', '/?lesson=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['1 MB of code (compressed)', '/#code/' + LZString.compressToEncodedURIComponent(big)],
    ['1 MB payload', '/#code/' + 'A'.repeat(1_000_000)],
    ['negative step', '/?step=-5'],
    ['huge step', '/?step=99999999999999999999'],
    ['NaN step', '/?step=NaN'],
    ['exponent step', '/?step=1e5'],
    ['unknown grain', '/?grain=quantum'],
    ['HTML grain', '/?grain=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
    ['repeated params', '/?sel=-1&sel=abc&step=0&step=0'],
    ['future version', '/?v=99&step=3'],
    ['bad toggles', '/?atoms=maybe&internals=2&embed=%3Csvg%20onload%3Dalert(1)%3E'],
    ['unknown params and another hash', '/?__proto__=1&constructor=2#somethingelse'],
    ['a huge query', '/?step=' + '9'.repeat(6000)],
    ['step past the end', '/?step=9000000'],
  ];

  for (const [name, cases] of [
    ['first half', HOSTILE.slice(0, 11)],
    ['second half', HOSTILE.slice(11)],
  ] as const) {
    test(`malformed and hostile links (${name}) give the default program and a message`, async ({ pg, page }) => {
      expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
      // eleven page loads in one test: give a busy machine the time they take
      test.setTimeout(180_000);
      const dialogs: string[] = [];
      page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
      await page.goto('/');
      await ready(page);
      const scripts = await page.evaluate(() => document.querySelectorAll('script').length);
      for (const [what, url] of cases) {
        await page.goto('about:blank');
        await page.goto(url);
        await ready(page);
        await expect(page.getByTestId('notice'), what).toBeVisible();
        const text = (await page.getByTestId('notice').textContent()) ?? '';
        expect(text.length, what).toBeLessThan(600);
        // a run restored to a step may have scrolled the editor: back to the top
        if (await pg.button('Jump to start').isEnabled()) await pg.button('Jump to start').click();
        await expect(page.locator('.monaco-editor .view-lines'), what).toContainText('import sys');
        await expect(page.locator('.monaco-editor .view-lines'), what).toContainText('import weakref');
        expect(await page.evaluate(() => document.querySelectorAll('script').length), what).toBe(scripts);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), what).toBeUndefined();
        await expect(page.locator('#root img, #root [onerror], #root [onload]'), what).toHaveCount(0);
      }
      expect(dialogs).toEqual([]);
      expect(pg.errors).toEqual([]);
    });
  }

  test('a program with HTML in it is shown as text, never as markup', async ({ pg, page }) => {
    const code = 'x = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>"\nprint(x)\n';
    const scripts0 = await (async () => {
      await page.goto('/');
      await ready(page);
      return page.evaluate(() => document.querySelectorAll('script').length);
    })();
    await page.goto('/?step=3' + codeHash(code));
    await ready(page);
    await pg.button('Jump to end').click();
    await expect(pg.console()).toContainText('<script>window.__pwned=1</script>');
    expect(await page.evaluate(() => document.querySelectorAll('script').length)).toBe(scripts0);
    await expect(page.locator('#root img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

test.describe('modes', () => {
  test('presentation mode: large type, editor and graph only, notes as captions', async ({ pg, page }) => {
    await page.goto('/?lesson=cycle');
    await ready(page);
    await expect(stepText(page)).toContainText('step ');
    await page.locator('body').press('p');
    const app = page.locator('.app');
    await expect(app).toHaveAttribute('data-mode', 'presenting');
    await expect(page.getByTestId('present-bar')).toBeVisible();
    await expect(page.locator('.topbar')).toHaveCount(0);
    await expect(page.locator('.inspector-panel')).toHaveCount(0);
    await expect(page.locator('.console-panel')).toHaveCount(0);
    await expect(page.getByTestId('graph')).toBeVisible();
    await expect(page.locator('.monaco-editor')).toBeVisible();
    const fontPx = async (sel: string) => parseFloat(await page.locator(sel).first().evaluate((e) => getComputedStyle(e).fontSize));
    expect(await fontPx('[data-testid=present-caption]')).toBeGreaterThanOrEqual(28);
    expect(await fontPx('.monaco-editor .view-line')).toBeGreaterThanOrEqual(20);
    const cycle = LESSONS.find((l) => l.slug === 'cycle')!;
    for (let i = 0; i < 80 && !((await page.getByTestId('present-caption').textContent()) ?? '').includes(cycle.notes[9]); i++) await pg.forward();
    await expect(page.getByTestId('present-caption')).toHaveText(cycle.notes[9]);
    await expect(page.getByTestId('present-bar')).toContainText('Next: line 9.');
    // strokes are thick
    const w = await page.locator('path.link').first().evaluate((e) => parseFloat(getComputedStyle(e).strokeWidth));
    expect(w).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: 'test-results/presentation-1280x720.png' });
    await page.keyboard.press('Escape');
    await expect(app).toHaveAttribute('data-mode', 'full');
    await pg.button('Presentation').click();
    await expect(app).toHaveAttribute('data-mode', 'presenting');
    await pg.button('Exit presentation').click();
    await expect(page.locator('.topbar')).toBeVisible();
  });

  test('embed mode: compact, read-only, runs by itself, with step controls', async ({ pg, page }) => {
    await page.goto('/?embed=1' + codeHash('a = [1, 2]\nb = a\ndel a\n'));
    await ready(page);
    await expect(page.locator('.app')).toHaveAttribute('data-mode', 'embed');
    await expect(stepText(page)).toContainText('step ');
    await expect(pg.button('Run')).toHaveCount(0);
    await expect(page.locator('.topbar')).toHaveCount(0);
    await expect(page.locator('.inspector-panel')).toHaveCount(0);
    await expect(pg.button('Open in RefScope')).toBeVisible();
    await pg.button('Jump to end').click();
    await expect(stepText(page)).toHaveAttribute('data-step', (await stepText(page).getAttribute('data-end'))!);
    await pg.back();
    await expect(page.locator('g.node[data-type="list"]')).toHaveCount(1);
    // read-only: typing changes nothing
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.type('zzz');
    await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('zzz');
    await page.screenshot({ path: 'test-results/embed-1280x720.png' });
  });

  test('themes: the system choice by default, a toggle that is remembered', async ({ browser }) => {
    const ctx = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 720 } });
    const page = await ctx.newPage();
    await page.goto('/');
    await ready(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    const bg = () => page.locator('.graph-panel').evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await bg()).toBe('rgb(15, 23, 42)');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await ready(page);
    await expect(html).toHaveAttribute('data-theme', 'light');
    await ctx.close();
  });
});

test('export: a self-contained SVG with one element per visible object, and a PNG', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  await pg.run();
  await pg.forwardToLine(23);
  await page.waitForTimeout(1000); // the freed objects' fade-out ends
  const onPage = (await page.locator('g.node[data-object-id]').evaluateAll((ns) => ns.map((n) => n.getAttribute('data-object-id')))).sort();
  expect(onPage.length).toBeGreaterThanOrEqual(3);
  const [dl] = await Promise.all([page.waitForEvent('download'), pg.button('Export SVG').click()]);
  expect(dl.suggestedFilename()).toMatch(/^refscope-step-\d+\.svg$/);
  const svg = readFileSync((await dl.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const err = doc.querySelector('parsererror');
    const ids = [...doc.querySelectorAll('[data-object-id]')].map((n) => n.getAttribute('data-object-id'));
    return {
      ok: err === null && doc.documentElement.tagName === 'svg',
      ids,
      scripts: doc.querySelectorAll('script, style, foreignObject').length,
      classes: doc.querySelectorAll('[class]').length,
      styled: doc.querySelectorAll('[style*="fill"]').length,
    };
  }, svg);
  expect(parsed.ok).toBe(true);
  expect(parsed.ids.sort()).toEqual(onPage);
  expect(new Set(parsed.ids).size).toBe(parsed.ids.length);
  expect(parsed.scripts).toBe(0);
  expect(parsed.classes).toBe(0);
  expect(parsed.styled).toBeGreaterThan(10);
  const [png] = await Promise.all([page.waitForEvent('download'), pg.button('Export PNG').click()]);
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(5000);
});

test('accessibility: no serious or critical axe violations in the main, presentation and embed views', async ({ pg, page }) => {
  const scan = async (what: string) => {
    const r = await new AxeBuilder({ page }).analyze();
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')}`),
      what,
    ).toEqual([]);
  };
  await page.goto('/?lesson=cycle');
  await ready(page);
  await expect(stepText(page)).toContainText('step ');
  await pg.forward();
  await scan('main');
  await pg.button('Presentation').click();
  await expect(page.getByTestId('present-bar')).toBeVisible();
  await scan('presentation');
  await page.goto('/?embed=1&lesson=cycle');
  await ready(page);
  await expect(stepText(page)).toContainText('step ');
  await scan('embed');
});
