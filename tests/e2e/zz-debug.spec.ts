import { test, expect } from '@playwright/test';
import { Playground } from './playground';
test('dbg', async ({ page }) => {
  const pg = new Playground(page);
  await pg.open('root = []\nfor i in range(4):\n    g = []\n    root.append(g)\n    for j in range(49):\n        g.append([j])\ndone = True\n');
  await pg.run();
  await pg.button('Jump to end').click();
  await page.waitForTimeout(500); await page.setViewportSize({ width: 1920, height: 1080 }); await page.locator('.graph-legend').click();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowLeft');
    const t0 = Date.now(); await page.waitForTimeout(700); await page.evaluate(() => 1); console.log("ms", Date.now() - t0);
    console.log(await pg.stepCount().textContent(), await pg.caption().textContent(), await page.getByTestId('notice').count());
  }
  console.log(pg.errors);
});
