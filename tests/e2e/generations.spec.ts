// Generations you can watch: meters for gc.get_count() against the thresholds, moving as the
// program allocates and collects; automatic collections marked on the timeline with what set
// them off; objects coloured by generation.
import { test, expect } from './fixtures';

const meter = (page: import('@playwright/test').Page, i: number) => page.getByTestId(`gen-meter-${i}`);
const count = async (page: import('@playwright/test').Page, i: number) => Number(await meter(page, i).getAttribute('data-count'));

test('the generations lesson: meters move, the threshold follows gc.set_threshold, an automatic collection is marked and resets gen 0', async ({ pg, page }) => {
  await page.goto('/?lesson=generations');
  await expect(pg.stepCount()).toContainText('step ');
  // shown unasked: the program sets the thresholds
  await expect(page.getByTestId('gen-meters')).toBeVisible();
  await expect(meter(page, 0)).toHaveAttribute('data-threshold', '700');
  await pg.forwardToLine(9);
  await expect(meter(page, 0)).toHaveAttribute('data-threshold', '50');
  await expect(meter(page, 1)).toHaveAttribute('data-threshold', '10');
  // the loop allocates: gen 0's count climbs
  await pg.forwardToLine(17);
  const seen: number[] = [await count(page, 0)];
  for (let i = 0; i < 6; i++) {
    await pg.forward();
    seen.push(await count(page, 0));
  }
  expect(new Set(seen).size, `gen 0 counts ${seen}`).toBeGreaterThan(2);
  // the automatic collection: marked apart from gc.collect(), saying what set it off
  const auto = page.locator('.mark-gc.mark-auto');
  await expect(auto.first()).toHaveAttribute('aria-label', /automatic collection of generation 0.*line 17.*threshold \(50\)/);
  const explicit = page.locator('.mark-gc:not(.mark-auto)').first();
  await expect(explicit).toHaveAttribute('aria-label', /gc\.collect\(\) on line 7/);
  const at = Number(await auto.first().getAttribute('data-step'));
  await pg.setGrain('gc');
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await auto.first().click();
  await expect(pg.stepCount()).toHaveAttribute('data-step', String(at));
  // as the collection starts, generation 0's list has been emptied into the young list
  expect(await count(page, 0)).toBe(0);
  await expect(meter(page, 0)).toHaveClass(/collecting/);
  await expect(meter(page, 0)).toHaveAttribute('aria-valuetext', /being collected/);
  await page.screenshot({ path: 'test-results/generations-collect-1280x720.png' });
  // after it, generation 0 is empty again and generation 1 has counted one collection
  await pg.setGrain('line');
  await pg.forward();
  expect(await count(page, 0)).toBeLessThan(10);
  expect(await count(page, 1)).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('gen-last')).toContainText('automatic');
  // colour by generation
  await page.getByLabel('colour by generation').check();
  const young = page.locator('g.node[data-gen="0"] .body').first();
  await expect(young).toHaveCSS('fill', 'rgb(220, 252, 231)');
  await page.screenshot({ path: 'test-results/generations-1280x720.png' });
  // the program's own gc.get_count() on line 19 is what the meters showed as that line began:
  // the trace records the collector's counts (exact, as CPython 3.11.7 prints them)
  await pg.button('Jump to end').click();
  await expect(pg.console()).toContainText('count now');
  const printed = /count now: \((\d+), (\d+), (\d+)\)/.exec((await pg.console().textContent()) ?? '');
  expect(printed).not.toBeNull();
  for (let i = 0; i < 10 && (await pg.nextLine()) !== 19; i++) await pg.back();
  expect(await pg.nextLine()).toBe(19);
  const meters = [await count(page, 0), await count(page, 1), await count(page, 2)];
  expect(meters, `printed ${printed![0]}`).toEqual([Number(printed![1]), Number(printed![2]), Number(printed![3])]);
});

test('G toggles the meters for any program', async ({ pg, page }) => {
  await pg.open('a = []\nb = [a]\n');
  await pg.run();
  await expect(page.getByTestId('gen-meters')).toHaveCount(0);
  await page.locator('body').press('g');
  await expect(page.getByTestId('gen-meters')).toBeVisible();
  await expect(meter(page, 0)).toHaveAttribute('data-threshold', '700');
  await pg.forward();
  await pg.forward();
  expect(await count(page, 0)).toBeGreaterThan(0);
});
