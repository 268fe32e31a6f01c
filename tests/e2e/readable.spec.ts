// Sizes a student (and a room watching a projector) can read: the graph's smallest type on
// screen while stepping, after Fit to view, and in presentation mode after the window changes.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SEED_PROGRAM, codeHash } from './seed';

/** the smallest graph text on screen, in CSS pixels (font size times the on-screen scale) */
async function smallestText(page: Page): Promise<number> {
  await page.waitForTimeout(600); // a step's moves and glides settle
  const sizes = await page.evaluate(() =>
    [...document.querySelectorAll('svg.heap-svg g.node:not(.freed) text')]
      .filter((t) => (t as SVGTextElement).getClientRects().length > 0 && getComputedStyle(t).display !== 'none' && (t.textContent ?? '') !== '')
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a),
  );
  expect(sizes.length, 'graph texts drawn').toBeGreaterThan(0);
  return Math.min(...sizes);
}

test('at 1280x720 no graph text is smaller than 11 px while stepping the seed, nor after Fit to view', async ({ pg, page }) => {
  await pg.open(SEED_PROGRAM);
  await pg.run();
  let min = Infinity;
  for (let i = 0; i < 28; i++) {
    min = Math.min(min, await smallestText(page));
    await pg.forward();
  }
  expect(min).toBeGreaterThanOrEqual(11);
  await pg.button('Jump to end').click();
  expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
  // the end of the seed is larger than the view: the minimap shows the whole heap beside it
  await expect(page.getByTestId('minimap')).toBeVisible();
});

test('presentation at 1024x768: graph text at least 16 px, and the view refits when the window shrinks from 1920', async ({ pg, page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?present=1' + codeHash(SEED_PROGRAM));
  await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'presenting');
  await pg.button('Run').click();
  await expect(pg.stepCount()).toContainText('step ');
  for (let i = 0; i < 8; i++) await pg.forward();
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForTimeout(900);
  // the globals are in view after the resize
  const graph = (await page.getByTestId('graph').boundingBox())!;
  const g = (await page.locator('g.node[data-key="globals"] rect').first().boundingBox())!;
  expect(g.x).toBeGreaterThanOrEqual(graph.x - 1);
  expect(g.x + g.width).toBeLessThanOrEqual(graph.x + graph.width + 1);
  expect(g.y).toBeGreaterThanOrEqual(graph.y - 1);
  expect(g.y + g.height).toBeLessThanOrEqual(graph.y + graph.height + 1);
  expect(await smallestText(page)).toBeGreaterThanOrEqual(16);
  for (let i = 0; i < 12; i++) {
    await pg.forward();
    expect(await smallestText(page)).toBeGreaterThanOrEqual(16);
  }
  // the collector's banner scales with presentation mode too
  await pg.forwardToLine(27);
  await page.getByTestId('graph').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('3');
  await pg.forward();
  const banner = page.getByTestId('gc-banner');
  await expect(banner).toBeVisible();
  expect(parseFloat(await banner.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
});
