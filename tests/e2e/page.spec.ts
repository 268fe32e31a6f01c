// Errors, limits, Stop, links, keyboard, breakpoints.
import { test, expect } from './fixtures';
import { SEED_PROGRAM, codeHash } from './seed';

test('a syntax error is an editor marker with its message', async ({ pg, page }) => {
  await pg.open('x = 1\ny = (2 +\nprint(x)\n');
  await pg.button('Run').click();
  await expect(page.getByTestId('error-bar')).toContainText("line 2, column 5: SyntaxError: '(' was never closed");
  const squiggle = page.locator('.monaco-editor .squiggly-error');
  await expect(squiggle).toHaveCount(1);
  // the marker carries the message (Monaco shows it on hover)
  await expect(page.getByTestId('editor')).toHaveAttribute('data-markers', /2:5 SyntaxError: '\(' was never closed/);
  // an edit invalidates the run: the marker goes
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(')');
  await expect(page.getByTestId('error-bar')).toHaveCount(0);
  await expect(squiggle).toHaveCount(0);
});

test('a runtime error shows its traceback in red and a marker', async ({ pg, page }) => {
  await pg.open('x = [1]\nprint(x[5])\n');
  await pg.run();
  await pg.button('Jump to end').click();
  await expect(page.locator('.console-out .stderr')).toContainText('IndexError: list index out of range');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
});

test('an endless loop stops at the step limit with a clear message', async ({ pg, page }) => {
  await pg.open('while True:\n    pass\n');
  await page.getByLabel('Step limit').selectOption('10000');
  await pg.run();
  await expect(page.getByTestId('step-limit')).toContainText('The program was stopped after 10,000 steps');
  await expect(page.getByTestId('step-limit')).toContainText('may loop forever');
});

test('Stop ends a long run at once, and the page runs again afterwards', async ({ pg, page }) => {
  await pg.open('n = 0\nwhile True:\n    n = n + 1\n');
  await pg.button('Run').click();
  await expect(pg.button('Stop')).toBeEnabled();
  await pg.button('Stop').click();
  await expect(pg.caption()).toContainText('Stopped');
  await expect(pg.button('Run')).toBeEnabled();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('x = [1]\nprint(len(x))\n');
  await pg.run();
  await pg.button('Jump to end').click();
  await expect(pg.console()).toHaveText('1\n');
});

test('a bad or hostile link opens the default program with a message', async ({ pg, page }) => {
  await page.goto('/#code/<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('notice')).toContainText('default program');
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('import sys');
  await expect(page.locator('img')).toHaveCount(0);
  await page.goto('/#code/NobodyKnowsThisIsNotLz');
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText('default program');
  await page.goto('/#somethingelse');
  await page.reload();
  await expect(page.getByTestId('notice')).toBeVisible();
  expect(pg.errors).toEqual([]);
});

test('Share copies a link that opens the same program', async ({ pg, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await pg.open('a = [1, 2]\nb = a\n');
  await pg.button('Share').click();
  await expect(page.getByTestId('notice')).toContainText('Link copied');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toContain(codeHash('a = [1, 2]\nb = a\n'));
});

test('keyboard shortcuts drive everything', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('Control+Enter');
  await expect(pg.stepCount()).toContainText('step ');
  const s0 = await pg.currentStep();
  await page.getByTestId('graph').click({ position: { x: 20, y: 200 } });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => pg.currentStep()).toBeGreaterThan(s0);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => pg.currentStep()).toBe(s0);
  await page.keyboard.press('3');
  await expect(page.getByLabel('Step grain')).toHaveValue('gc');
  await page.keyboard.press('1');
  await expect(page.getByLabel('Step grain')).toHaveValue('line');
  await page.keyboard.press('End');
  await expect(pg.console()).toContainText('After GC: {}');
  await page.keyboard.press('Home');
  await expect.poll(() => pg.currentStep()).toBe(s0);
  await page.keyboard.press(' ');
  await expect(pg.button('Pause')).toBeVisible();
  await page.keyboard.press(' ');
  await expect(pg.button('Play')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('i');
  await expect(page.getByLabel('Class internals')).toBeChecked();
});

test('a breakpoint in the gutter, then Continue stops there', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  await pg.run();
  // line 13 is print(sys.getrefcount(a)): click its line number
  await page.locator('.monaco-editor .line-numbers', { hasText: /^13$/ }).click();
  await expect(page.locator('.monaco-editor .bp-glyph')).toHaveCount(1);
  await pg.button('Continue').click();
  await expect(pg.caption()).toContainText('Next: line 13.');
  await expect(page.locator('.monaco-editor .line-next')).toHaveCount(1);
  await expect(page.locator('.monaco-editor .line-last')).toHaveCount(1);
});

test('play runs on by itself and Pause stops it', async ({ pg }) => {
  await pg.open('a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n');
  await pg.run();
  await pg.button('Play').click();
  await expect(pg.caption()).toContainText('line 5', { timeout: 10_000 });
  await pg.button('Pause').click().catch(() => undefined);
});
