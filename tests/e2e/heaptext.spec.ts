// Narration and the heap as text: the caption read to screen readers on landing (not during
// playback), and a text view of the heap that follows the step, works from the keyboard and fits
// a phone.
import { test, expect } from './fixtures';
import { SEED_PROGRAM } from './seed';

test('the live region speaks on each step and on pause, never during playback', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  await pg.run();
  const live = page.getByTestId('narration');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  // the visible captions are not live regions (they would speak every frame of playback)
  expect(await page.locator('[data-testid=caption][aria-live]').count()).toBe(0);
  await pg.forward();
  await expect(live).toHaveText((await pg.caption().textContent())!);
  const before = Number(await live.getAttribute('data-count'));
  await page.evaluate(() => {
    const w = window as unknown as { __said: number };
    w.__said = 0;
    new MutationObserver(() => w.__said++).observe(document.querySelector('[data-testid=narration]')!, { childList: true, characterData: true, subtree: true });
  });
  await page.getByLabel('Playback speed').fill('12');
  const from = await pg.step();
  await pg.button('Play').click();
  await expect.poll(() => pg.step(), { timeout: 10_000 }).toBeGreaterThan(from + 5);
  expect(await page.evaluate(() => (window as unknown as { __said: number }).__said), 'nothing said while playing').toBe(0);
  await pg.button('Pause').click();
  await expect(live).toHaveAttribute('data-count', String(before + 1));
  await expect(live).toHaveText((await pg.caption().textContent())!);
  // stepping again speaks once
  await pg.forward();
  await expect(live).toHaveAttribute('data-count', String(before + 2));
});

test('the heap as text follows the step: counts, holders, why alive, a leaked cycle; keyboard moves and inspects', async ({ pg, page }) => {
  await page.goto('/?lesson=cycle');
  await expect(pg.stepCount()).toContainText('step ');
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  const text = page.getByTestId('heap-text');
  await expect(text).toBeVisible();
  await pg.forwardToLine(8);
  await expect(text).toHaveAttribute('data-step', String(await pg.step()));
  // both dicts, each held by a global and by the other
  const a = text.locator('[role=option]', { hasText: 'global variable a' });
  await expect(a).toHaveCount(1);
  await expect(a).toContainText('2 references');
  await expect(a).toContainText(/held by.*dict #\d+ \['partner'\]/);
  await expect(a).toContainText(/reached from/);
  await pg.forward(); // del a, b
  await expect(text).toHaveAttribute('data-step', String(await pg.step()));
  const leaked = text.locator('[role=option].leaked');
  await expect(leaked).toHaveCount(2);
  await expect(leaked.first()).toContainText('1 reference');
  await expect(leaked.first()).toContainText('leaked until collected');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: 'test-results/heap-text-1280x720.png' });
  // the same objects as the graph draws
  await page.getByRole('button', { name: 'Graph', exact: true }).click();
  const inGraph = await page.locator('g.node[data-object-id]:not(.freed)').count();
  await page.keyboard.press('t');
  await expect(text.locator('[role=option]')).toHaveCount(inGraph);
  // keyboard: the list is one tab stop; Down moves, Enter opens the Inspector
  await text.locator('[role=option]').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = text.locator('[role=option]').nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('inspector')).toContainText(`#${await second.getAttribute('data-object-id')}`);
  // Right still steps, and the list follows
  const before = await pg.step();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => pg.step()).not.toBe(before);
  await expect(text).toHaveAttribute('data-step', String(await pg.step()));
});

test('the heap as text on a phone: readable, no sideways scrolling', async ({ pg, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lesson=cycle');
  await expect(pg.stepCount()).toContainText('step ');
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  await pg.forwardToLine(9);
  const text = page.getByTestId('heap-text');
  await text.scrollIntoViewIfNeeded();
  await expect(text.locator('[role=option].leaked')).toHaveCount(2);
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(over).toBeLessThanOrEqual(0);
  const size = await text.locator('.ht-line').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(13);
  await text.screenshot({ path: 'test-results/heap-text-phone.png' });
});
