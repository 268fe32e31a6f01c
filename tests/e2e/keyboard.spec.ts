// The page with the keyboard alone: Tab order, the editor's one tab stop, the graph's objects,
// the ? dialog's focus.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SEED_PROGRAM } from './seed';

/** what has focus, in words: its accessible label, else its text */
const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (e === null || e === document.body) return 'body';
    if (e.closest('.monaco-editor')) return 'inside the editor';
    if (e.matches('g.node')) return `g:${e.getAttribute('data-key')}`;
    return `${e.tagName.toLowerCase()}:${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? ''}`;
  });

test('Tab from the top reaches every control in order without typing into the editor', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  // run from the keyboard: nothing clicked, the focus is at the top of the page
  await page.keyboard.press('Control+Enter');
  await expect(pg.stepCount()).toContainText('step ');
  const code = await page.locator('.monaco-editor .view-lines').textContent();
  const seen: string[] = [];
  for (let i = 0; i < 70; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  const at = (re: RegExp) => seen.findIndex((s) => re.test(s));
  const order = [/:Lesson$/, /:Run$/, /:Share$/, /:Keyboard shortcuts$/, /^div:Python program/, /^g:globals$/, /:Fit to view$/, /:Step forward$/, /:Jump to end$/, /:Step grain$/, /:Timeline$/];
  const idx = order.map(at);
  for (let i = 0; i < order.length; i++) expect(idx[i], `${order[i]} reached: ${seen.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 1; i < order.length; i++) expect(idx[i], `${order[i]} after ${order[i - 1]}`).toBeGreaterThan(idx[i - 1]);
  // the graph is one tab stop, and nothing was typed into the program
  const again = seen.findIndex((s, i) => i > idx[0] && /:Lesson$/.test(s));
  expect(again, 'Tab comes round to the top again').toBeGreaterThan(idx[0]);
  expect(new Set(seen.slice(idx[0], again).filter((s) => s.startsWith('g:')))).toEqual(new Set(['g:globals']));
  expect(seen).not.toContain('inside the editor');
  // Monaco renders only the lines in view, and the view may have moved: what it shows now is a run
  // of what it showed (a Tab typed into the program would break that)
  const after = (await page.locator('.monaco-editor .view-lines').textContent()) ?? '';
  expect(after.length).toBeGreaterThan(20);
  expect(code).toContain(after);
});

test('the editor: Enter starts editing, Tab indents there, Escape leaves', async ({ pg, page }) => {
  await pg.open('x = 1\n');
  const frame = page.getByTestId('editor');
  await frame.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('inside the editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Tab');
  await page.keyboard.type('y');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(/\s{4}y/);
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toMatch(/^div:Python program/);
  // the ? overlay says so
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Esc or Ctrl+M');
});

test('graph objects: one tab stop, arrow keys move between them, Enter opens the Inspector, each has a name', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  await pg.run();
  await pg.forwardToLine(8);
  const stop = page.locator('g.node[tabindex="0"]');
  await expect(stop).toHaveCount(1);
  await stop.focus();
  const key0 = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
  expect(key0).toBe('globals');
  await expect(stop).toHaveAttribute('aria-label', /^global variables: sys, gc, weakref, x, y$/);
  const step = await pg.step();
  await page.keyboard.press('ArrowRight');
  // the arrow moved the focus, not the program
  expect(await pg.step()).toBe(step);
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  expect(label).toMatch(/^list #\d+, 2 references, held by x, y$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('inspector')).toContainText('global variable x');
  await expect(page.locator('g.node.selected')).toHaveCount(1);
  // Escape leaves the graph for the step controls, and the program stays where it was
  await stop.focus();
  await page.keyboard.press('Escape');
  await expect(pg.button('Step forward')).toBeFocused();
  expect(await pg.step()).toBe(step);
  await page.keyboard.press('Enter');
  await expect.poll(() => pg.step()).toBeGreaterThan(step);
});

test('the ? dialog takes focus, keeps it, and gives it back on close', async ({ pg, page }) => {
  await pg.open();
  const help = pg.button('Keyboard shortcuts');
  await help.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const inside = () => page.evaluate(() => document.querySelector('[role=dialog]')?.contains(document.activeElement) ?? false);
  expect(await inside()).toBe(true);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await inside()).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await inside()).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(help).toBeFocused();
});

test('keyboard alone at 1280x720: browse the lessons with the arrows, open one with Enter, step, inspect an object', async ({ pg, page }) => {
  await pg.open('x = [1]\n');
  const code = () => page.locator('.monaco-editor .view-lines').textContent();
  const before = await code();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('select:Lesson');
  // the arrows only browse: no lesson opens, the program stays, until Enter
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const picker = page.getByLabel('Lesson', { exact: true });
  await expect(picker).toHaveValue('getrefcount');
  await expect(picker).toHaveAttribute('title', /Enter opens it/);
  await page.waitForTimeout(500);
  expect(await code()).toBe(before);
  await expect(page.getByTestId('lesson-bar')).toHaveCount(0);
  // leaving the picker puts the open lesson (none) back; Tab never changes the program
  await page.keyboard.press('Tab');
  await expect(picker).toHaveValue('');
  expect(await code()).toBe(before);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('select:Lesson');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'cycle');
  await expect(pg.stepCount()).toContainText('step ');
  expect(await code()).not.toBe(before);
  // Tab to Step forward and press it
  for (let i = 0; i < 60 && (await focused(page)) !== 'button:Step forward'; i++) await page.keyboard.press('Tab');
  const step = await pg.step();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
  await expect.poll(() => pg.step()).toBeGreaterThan(step);
  await expect(page.getByRole('button', { name: 'Step forward', exact: true })).toBeFocused();
  // back to the graph, to a dict, Enter: the Inspector says why it is alive, in view
  for (let i = 0; i < 30 && !(await focused(page)).startsWith('g:'); i++) await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('g:globals');
  for (let i = 0; i < 4 && !/^dict #/.test((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? ''); i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('g.node:focus')).toHaveAttribute('aria-label', /^dict #\d+/);
  await page.keyboard.press('Enter');
  const insp = page.getByTestId('inspector');
  await expect(insp).toContainText('Why is it alive?');
  await expect(page.locator('.why-path')).toContainText('→ dict #');
  const panel = (await insp.boundingBox())!;
  const why = (await insp.locator('div.why').boundingBox())!;
  expect(why.y + why.height).toBeLessThanOrEqual(panel.y + panel.height);
  expect(await focused(page)).toMatch(/^g:o\d+$/);
});
