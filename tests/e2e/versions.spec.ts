// Version modes on the page: the selector beside Run changes the printed numbers and is
// remembered; links carry py=/lf=; the compare view shows a difference with its rule; the lessons
// run in every mode. Expected numbers are the ones recorded from CPython (tests/diff/lessons).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { codeHash } from './seed';
import type { Page } from '@playwright/test';

const LOCAL = ['import sys', 'def f():', '    x = []', '    print("local:", sys.getrefcount(x))', 'f()', ''].join('\n');
const recorded = (slug: string, v: string) => readFileSync(`tests/diff/lessons/${slug}.out${v === '3.11' ? '' : `-${v}`}`, 'utf8').trim();

const picker = (p: Page) => p.getByLabel('Python version');
const consoleOut = (p: Page) => p.getByTestId('console');

async function ready(p: Page): Promise<void> {
  await expect(p.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
}

async function toEnd(p: Page): Promise<void> {
  await p.getByRole('button', { name: 'Jump to end', exact: true }).click();
  const sc = p.getByTestId('step-count');
  await expect(sc).toHaveAttribute('data-step', (await sc.getAttribute('data-end'))!);
}

test('the selector changes the numbers, says which version ran, and is remembered', async ({ pg, page }) => {
  await pg.open(LOCAL);
  await expect(picker(page)).toHaveValue('3.11');
  await pg.run();
  await toEnd(page);
  await expect(consoleOut(page)).toHaveText('local: 2');
  await expect(page.getByTestId('run-version')).toContainText('CPython 3.11');
  // choosing 3.14 runs the program again under it
  await picker(page).selectOption('3.14');
  await expect(page.getByTestId('run-version')).toContainText('CPython 3.14');
  await toEnd(page);
  await expect(consoleOut(page)).toHaveText('local: 1');
  // the address bar carries it, and a reload keeps it (localStorage)
  await expect(page).toHaveURL(/py=3\.14/);
  await page.goto('/');
  await ready(page);
  await expect(picker(page)).toHaveValue('3.14');
  await picker(page).selectOption('3.11');
  await page.goto('/');
  await ready(page);
  await expect(picker(page)).toHaveValue('3.11');
});

test('a permalink carries py= and lf=, only when not the default', async ({ pg, page }) => {
  await page.goto('/?py=3.14' + codeHash(LOCAL));
  await ready(page);
  await expect(picker(page)).toHaveValue('3.14');
  await pg.run();
  await toEnd(page);
  await expect(consoleOut(page)).toHaveText('local: 1');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await pg.button('Share').click();
  await expect(page.getByTestId('notice')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('py')).toBe('3.14');
  // the legacy mode is lf=1 (3.11 is the default and not written)
  await picker(page).selectOption('3.11-lf');
  await pg.button('Share').click();
  const link2 = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link2).searchParams.get('lf')).toBe('1');
  expect(new URL(link2).searchParams.get('py')).toBeNull();
  await page.goto(link2);
  await ready(page);
  await expect(picker(page)).toHaveValue('3.11-lf');
  // a link with a program and no py= means 3.11, whatever the page remembers
  await picker(page).selectOption('3.13');
  await page.goto('/' + codeHash(LOCAL));
  await ready(page);
  await expect(picker(page)).toHaveValue('3.11');
  // a bad version is refused with a message
  await page.goto('/?py=2.7' + codeHash(LOCAL));
  await ready(page);
  await expect(page.getByTestId('notice')).toContainText('is not 3.11, 3.12, 3.13 or 3.14');
});

test('compare view: the lines that differ, each with its rule; keyboard and axe', async ({ pg, page }) => {
  await pg.open(LOCAL + 'g = []\nprint("global:", sys.getrefcount(g))\n');
  await pg.button('Compare versions').focus();
  await page.keyboard.press('Enter');
  const view = page.getByTestId('compare');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('compare-status')).toContainText('1 of 2 lines differ between Python 3.11 and Python 3.14');
  const rows = page.getByTestId('compare-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-same', '0');
  await expect(rows.nth(0)).toContainText('local: 2');
  await expect(rows.nth(0)).toContainText('local: 1');
  await expect(rows.nth(1)).toHaveAttribute('data-same', '1');
  const why = page.getByTestId('compare-why');
  await expect(why).toHaveCount(1);
  await expect(why).toContainText(/LOAD_FAST_BORROW/);
  const scan = await new AxeBuilder({ page }).include('[data-testid=compare]').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // keyboard: the first select has focus; pick 3.12 on the right: nothing differs
  await expect(page.getByLabel('Left', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Right', { exact: true })).toBeFocused();
  await page.getByLabel('Right', { exact: true }).selectOption('3.12');
  await expect(page.getByTestId('compare-status')).toContainText('print the same 2 lines');
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(pg.button('Compare versions')).toBeFocused();
});

test('lesson "your Python\'s numbers" under 3.11, 3.12 and 3.14: CPython\'s recorded lines, and the version notes', async ({ page }) => {
  for (const v of ['3.11', '3.12', '3.14']) {
    await page.goto(`/?lesson=your-numbers${v === '3.11' ? '' : `&py=${v}`}`);
    await ready(page);
    await expect(page.getByTestId('step-count')).toContainText('step ');
    await expect(page.getByTestId('run-version')).toContainText(`CPython ${v}`);
    await toEnd(page);
    await expect(consoleOut(page)).toHaveText(recorded('your-numbers', v));
    if (v === '3.11') await expect(page.getByTestId('lesson-version-text')).toHaveCount(0);
    else await expect(page.getByTestId('lesson-version-text')).toContainText(`In Python ${v}:`);
  }
});

// lessons a version's run refuses to finish, with why (the same gap as tests/unit/lessonVersions.test.ts's KNOWN)
const REFUSED: Record<string, RegExp> = {
  // 3.14's collector figures follow 3.13's rules, its imports included; but 3.14's types.py
  // makes no _C class, so the garbage 3.13's import leaves is counted and not shown
  'capstone 3.14': /NotImplementedError: showing the garbage importing 'weakref' leaves under 3\.14/,
};

test('every lesson runs to its end in every mode', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/?lesson=aliasing');
  await ready(page);
  const options = await page.getByLabel('Lesson', { exact: true }).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
  expect(options.length).toBeGreaterThanOrEqual(13);
  for (const mode of ['3.12', '3.13', '3.14']) {
    await picker(page).selectOption(mode);
    for (const slug of options) {
      await page.getByLabel('Lesson', { exact: true }).selectOption(slug);
      await expect(page.getByTestId('run-version')).toContainText(`CPython ${mode}`);
      await expect(page.getByTestId('step-count')).toContainText('step ');
      await toEnd(page);
      await expect(page.getByTestId('notice'), `${slug} under ${mode}`).toHaveCount(0);
      const refused = REFUSED[`${slug} ${mode}`];
      // (refused: a clear NotImplementedError, never a wrong number)
      if (refused !== undefined) await expect(consoleOut(page), `${slug} under ${mode}`).toContainText(refused);
      else await expect(consoleOut(page), `${slug} under ${mode}`).not.toContainText('Traceback');
    }
  }
});

test('the pre-PEP 442 mode: the finalizers lesson leaves its cycle in gc.garbage, no __del__ run', async ({ page }) => {
  await page.goto('/?lesson=finalizers&lf=1');
  await ready(page);
  await expect(page.getByTestId('step-count')).toContainText('step ', { timeout: 15_000 });
  await expect(page.getByTestId('run-version')).toContainText('pre-PEP 442');
  await expect(page.getByTestId('lesson-version-text')).toContainText('never collected');
  await toEnd(page);
  await expect(consoleOut(page)).toContainText('__del__ plain');
  await expect(consoleOut(page)).not.toContainText('__del__ a');
});
