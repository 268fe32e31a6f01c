// Endings and captions: where "end" lands, the shutdown after it, what a line step says, the
// collector's banner and caption in step, what the Inspector says about gc tracking, a syntax error.
import { test, expect } from './fixtures';
import { SEED_PROGRAM } from './seed';

test.describe('the seed, as a student steps it', () => {
  test.beforeEach(async ({ pg }) => {
    await pg.open(SEED_PROGRAM);
    await pg.run();
  });

  test('Jump to end lands where the program finished; shutdown follows as a labelled phase', async ({ pg, page }) => {
    await pg.button('Jump to end').click();
    const count = pg.stepCount();
    await expect(count).toHaveAttribute('data-step', (await count.getAttribute('data-end'))!);
    const end = Number(await count.getAttribute('data-end'));
    const last = Number(await count.getAttribute('data-last'));
    expect(end).toBeLessThan(last);
    await expect(pg.caption()).toContainText('The program has finished.');
    await expect(pg.caption()).toContainText('printed "After GC: {}"');
    await expect(pg.caption()).toHaveAttribute('data-phase', 'finished');
    // counted in the grain: the last line step of the program
    await expect(count).toHaveText(/^line step (\d+) of \1$/);
    // no collection and no finalizer is shown at the end of the program
    await expect(page.getByTestId('gc-banner')).toHaveCount(0);
    await expect(page.locator('.monaco-editor .line-next')).toHaveCount(0);
    // one step further: the interpreter shuts down, and says so
    await pg.setGrain('ref');
    await pg.forward();
    await expect(pg.caption()).toContainText('The program has finished. Interpreter shutdown:');
    await expect(pg.caption()).toHaveAttribute('data-phase', 'shutdown');
    await expect(count).toContainText('shutdown: step 1 of');
    await pg.back();
    await expect(pg.caption()).toHaveAttribute('data-phase', 'finished');
  });

  test('stepping by line reaches the end of the program, counted in line steps', async ({ pg }) => {
    const count = pg.stepCount();
    await expect(count).toHaveText(/^line step 1 of (\d+)$/);
    const n = Number(/of (\d+)/.exec((await count.textContent())!)![1]);
    for (let i = 1; i < n; i++) await pg.forward();
    await expect(count).toHaveText(`line step ${n} of ${n}`);
    await expect(pg.caption()).toContainText('The program has finished.');
  });

  test('a line step says what the line did', async ({ pg }) => {
    await pg.forwardToLine(8);
    await expect(pg.caption()).toHaveText(/^y = x: y now refers to list #(\d+), which has 2 references\. Next: line 8\.$/);
    await pg.forwardToLine(10);
    await expect(pg.caption()).toHaveText(/^del y: the name y is removed; list #\d+ now has 1 reference\. Next: line 10\.$/);
    await pg.forwardToLine(23);
    await expect(pg.caption()).toContainText('del a, b: 2 names removed (a, b)');
    await expect(pg.caption()).toContainText('the two dicts keep each other alive — leaked until the collector runs');
    // and stepping back gives the same words
    await pg.back();
    await pg.forward();
    await expect(pg.caption()).toContainText('the two dicts keep each other alive');
  });

  test('the banner and the caption name the same phase at each step, and the young list is explained', async ({ pg, page }) => {
    await pg.forwardToLine(27);
    await pg.setGrain('gc');
    const banner = page.getByTestId('gc-banner');
    await pg.forward();
    await expect(banner).toHaveAttribute('data-phase', 'start');
    await expect(page.getByTestId('gc-gloss')).toContainText('The "young list" is the set of objects this collection examines');
    await expect(page.getByTestId('gc-gloss')).toContainText('generation 2 (full) collection');
    for (let i = 0; i < 10; i++) {
      if ((await banner.count()) === 0) break;
      const phase = (await banner.getAttribute('data-phase'))!;
      const title = (await banner.locator('strong').textContent())!.split(' · ')[1];
      await expect(pg.caption(), phase).toContainText(`the collector, ${title}:`);
      await pg.forward();
    }
    // after the collection the banner goes: the caption is about the next line
    await pg.setGrain('line');
    await pg.forward();
    await expect(banner).toHaveCount(0);
  });

  test('the Inspector says what gc.is_tracked says: the dicts of the cycle are tracked before the collection', async ({ pg, page }) => {
    await pg.forwardToLine(23);
    const dict = page.locator('g.node.leaked[data-type="dict"]').first();
    await dict.click();
    const t = page.getByTestId('tracking');
    await expect(t).toHaveAttribute('data-tracked', 'true');
    await expect(t).toContainText('tracked by the cyclic collector');
    await expect(t).not.toContainText('not tracked');
    // x = [1, 2, 3]'s ints: a list is always tracked
    const x = await pg.globalTarget('x');
    await pg.node(x!).click();
    await expect(t).toHaveAttribute('data-tracked', 'true');
  });
});

test('after a syntax error the caption says so; disabled buttons look disabled', async ({ pg, page }) => {
  await pg.open('x = 1\ny = (2 +\nprint(x)\n');
  const play = pg.button('Play');
  const look = (b: typeof play) => b.evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, cursor: getComputedStyle(e).cursor, border: getComputedStyle(e).borderStyle }));
  await pg.button('Run').click();
  await expect(pg.caption()).toContainText('The program did not run: a syntax error on line 2');
  await expect(play).toBeDisabled();
  const off = await look(play);
  expect(off.cursor).toBe('not-allowed');
  expect(off.border).toBe('dashed');
  // the same button enabled looks different
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('x = 1\n');
  await pg.run();
  await expect(play).toBeEnabled();
  const on = await look(play);
  expect(on.bg).not.toBe(off.bg);
  expect(on.cursor).not.toBe('not-allowed');
});
