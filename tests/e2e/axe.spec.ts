// The axe scan in the views classroom.spec.ts does not reach: the ? dialog open, an object
// selected (the Inspector open), the heap as text, the collector's banner and presentation mode,
// each in the light and the dark theme. No serious or critical violation in any of them.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function scan(page: Page, what: string): Promise<void> {
  const r = await new AxeBuilder({ page }).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.length}× ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`),
    what,
  ).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe, ${theme} theme: the ? dialog, the Inspector, the heap as text, a collection, presentation`, async ({ pg, page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/?lesson=cycle');
    await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(pg.stepCount()).toContainText('step ');
    await pg.forwardToLine(9);
    // the ? dialog, opened from the keyboard
    await pg.button('Keyboard shortcuts').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await scan(page, `${theme} help dialog`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // an object selected from the graph: the Inspector open
    const stop = page.locator('g.node[tabindex="0"]');
    await stop.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('inspector')).toContainText('Why is it alive?');
    await expect(page.locator('g.node.selected')).toHaveCount(1);
    await scan(page, `${theme} inspector`);
    // the heap as text, the selection kept
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await expect(page.locator('.heap-text')).toBeVisible();
    await scan(page, `${theme} heap as text`);
    await page.getByRole('button', { name: 'Graph', exact: true }).click();
    // a collection's phase: the banner over the graph
    await pg.forwardToLine(10);
    await pg.setGrain('gc');
    await page.getByTestId('graph').click({ position: { x: 5, y: 5 } });
    await pg.forward();
    await expect(page.getByTestId('gc-banner')).toBeVisible();
    await scan(page, `${theme} collection`);
    // presentation mode with the dialog open
    await pg.button('Presentation').click();
    await expect(page.getByTestId('present-bar')).toBeVisible();
    await scan(page, `${theme} presentation`);
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await scan(page, `${theme} presentation help dialog`);
  });
}
