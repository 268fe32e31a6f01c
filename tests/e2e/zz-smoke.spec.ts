import { test } from '@playwright/test';
import { Playground } from './playground';
import { SEED_PROGRAM } from './seed';
test('smoke', async ({ page }) => {
  const p = new Playground(page);
  await p.open(SEED_PROGRAM);
  await p.run();
  await p.forwardUntilCaption(/line 21 is about/);
  await page.waitForTimeout(900);
  await page.screenshot({ path: '/tmp/rs/s1.png' });
  await p.forwardUntilCaption(/line 23 is about/);
  await page.waitForTimeout(900);
  await page.screenshot({ path: '/tmp/rs/s2.png' });
  await p.setGrain('gc');
  await p.forwardUntilCaption(/subtract_refs/);
  await page.waitForTimeout(900);
  await page.screenshot({ path: '/tmp/rs/s3.png' });
  console.log(p.errors, p.foreignRequests);
});
