// A first visit: the program, the controls and the graph come first (a light code view), a lesson
// runs at once, and Monaco takes over when its chunk arrives without losing a keystroke or the step.
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

/** hold Monaco's chunk back until `release()` (or fail it) */
async function holdMonaco(page: Page, fail = false): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route(/MonacoEditor-[^/]*\.js$/, async (route: Route) => {
    await gate;
    if (fail) await route.abort();
    else await route.continue();
  });
  return release;
}

test('before Monaco: the program with line numbers, a lesson run, stepped, the line marked; typing survives the swap', async ({ pg, page }) => {
  const release = await holdMonaco(page);
  await page.goto('/?lesson=cycle');
  const view = page.getByTestId('code-view');
  await expect(view).toBeVisible();
  await expect(view.locator('textarea')).toHaveValue(/del a, b/);
  await expect(view.locator('.cv-num').first()).toHaveText('1');
  // the lesson ran by itself, with no editor loaded
  await expect(pg.stepCount()).toContainText('step ');
  expect(Number(await page.getByTestId('graph').getAttribute('data-node-count'))).toBeGreaterThan(0);
  await pg.forward();
  await pg.forward();
  const line = await pg.nextLine();
  await expect(view).toHaveAttribute('data-line', String(line));
  await expect(view.locator('.cv-mark.line-next')).toHaveCount(1);
  await expect(view.locator('.cv-num.current')).toHaveText(String(line));
  await expect(view.locator('.cv-mark.line-last')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/first-visit-code-view.png' });
  const step = await pg.step();
  expect(await page.getByTestId('editor').count()).toBe(0);

  // type at the end of the program, then let Monaco arrive while the caret is there
  const ta = view.locator('textarea');
  await ta.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nx = 1');
  release();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await expect(view).toHaveCount(0);
  // typing goes on in Monaco, at the caret the code view had
  await page.keyboard.type('23');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('x = 123');
  expect(await page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null)).toBe(true);
  // an edit invalidates the run, as in Monaco; before it, the step was kept through the swap
  expect(step).toBeGreaterThan(0);
});

test('the step and the marks survive the swap when nothing is typed', async ({ pg, page }) => {
  const release = await holdMonaco(page);
  await page.goto('/?lesson=aliasing');
  await expect(pg.stepCount()).toContainText('step ');
  await pg.forward();
  const step = await pg.step();
  const line = await pg.nextLine();
  release();
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  expect(await pg.step()).toBe(step);
  await expect(page.locator('.monaco-editor .line-next')).toHaveCount(1);
  expect(await pg.nextLine()).toBe(line);
});

test('Monaco failing to load leaves a working code view: edit, Ctrl+Enter runs', async ({ pg, page }) => {
  const release = await holdMonaco(page, true);
  release();
  await page.goto('/');
  const ta = page.getByTestId('code-view').locator('textarea');
  await expect(ta).toBeVisible();
  await ta.fill('a = []\nb = [a]\n');
  await ta.press('Control+Enter');
  await expect(pg.stepCount()).toContainText('step ');
  await expect(page.getByTestId('code-view')).toBeVisible();
  // the failed request is the test's doing, not the page's error
  pg.errors.splice(0, pg.errors.length, ...pg.errors.filter((e) => !/MonacoEditor|Failed to fetch|dynamically imported|net::ERR_FAILED/.test(e)));
});
