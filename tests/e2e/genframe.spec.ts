// A suspended generator's frame: drawn as a frame, greyed, attached to its generator object, its
// variables' arrows counted in their targets' badges; lit up while it runs again; gone once the
// generator is closed, after its `finally` has run (lesson 11, the paused generator).
import { test, expect } from './fixtures';

test('lesson 11: the paused frame is drawn greyed beside its generator, lights up when resumed, disappears when closed', async ({ pg, page }) => {
  await page.goto('/?lesson=paused-generator');
  await expect(pg.stepCount()).toContainText('step ');
  // `first = next(reader)` is about to run: the generator was made, its frame paused before line 1
  await pg.forwardToLine(14);
  const gen = await pg.globalTarget('reader');
  expect(gen).not.toBeNull();
  const frame = page.locator(`g.node.kind-suspended[data-generator="${gen}"]:not(.freed)`);
  await expect(frame).toHaveCount(1);
  await expect(frame).toHaveAttribute('aria-label', /chunks\(\) · suspended, held by generator #\d+: n, size/);
  // greyed
  expect(Number(await frame.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
  // attached: an arrow from the generator to its frame
  const key = await frame.getAttribute('data-key');
  await expect(page.locator(`path.link[data-from="o${gen}"][data-to="${key}"]:not(.freed)`)).toHaveCount(1);
  // paused at the yield, `data` bound: the frame's arrow to the Data object, which counts it
  await pg.forwardToLine(15);
  await expect(frame).toHaveAttribute('aria-label', /data/);
  const toData = page.locator(`path.link[data-from="${key}"][data-label="data"]:not(.freed)`);
  await expect(toData).toHaveCount(1);
  const dataKey = (await toData.getAttribute('data-to'))!;
  const data = page.locator(`g.node[data-key="${dataKey}"]`);
  await expect(data).toHaveAttribute('data-type', 'Data');
  // held only by the paused frame (no name in the program reaches it): one reference
  await expect(data).toHaveAttribute('data-refcount', '1');
  await expect(data).toHaveAttribute('aria-label', /held by data in chunks\(\) · suspended/);
  await page.screenshot({ path: 'test-results/generator-frame-1280x720.png' });
  // close(): the frame runs again (lit up, on the stack) for its finally, then disappears
  await pg.forwardToLine(16);
  await pg.forwardToLine(12);
  const resumed = page.locator(`g.node.resumed[data-generator="${gen}"]:not(.freed)`);
  await expect(resumed).toHaveCount(1);
  await expect(page.locator(`g.node.kind-suspended[data-generator="${gen}"]:not(.freed)`)).toHaveCount(0);
  await pg.forwardToLine(17);
  await expect(page.locator(`g.node[data-generator="${gen}"]:not(.freed)`)).toHaveCount(0);
  await expect(pg.console()).toContainText('finally: the frame is being cleared');
});
