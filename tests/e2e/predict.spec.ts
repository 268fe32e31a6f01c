// Predict mode: a permalink opens a lesson with it on; at a line that prints a getrefcount
// figure the student predicts, a wrong answer is told the reference it forgot, a right one
// scores; at a line that frees, the student clicks the objects that will be freed.
import { test, expect } from './fixtures';

test('?predict=1 opens the getrefcount lesson in predict mode: a wrong answer names the argument, a right one scores', async ({ pg, page }) => {
  await page.goto('/?lesson=getrefcount&predict=1');
  await expect(pg.stepCount()).toContainText('step ');
  await expect(page.getByLabel('Predict mode')).toBeChecked();
  await pg.forwardToLine(3);
  const panel = page.getByTestId('predict-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-kind', 'refcount');
  // the lesson's note for this line would give the answer away: it waits
  await expect(page.getByTestId('lesson-note')).toHaveCount(0);
  // stepping on is held until the student answers
  const at = await pg.currentStep();
  await pg.button('Step forward').click();
  await page.waitForTimeout(300);
  expect(await pg.currentStep()).toBe(at);
  // one name holds the list: a student who says 1 forgot getrefcount's own argument
  await page.getByLabel('Your prediction').fill('1');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('predict-reveal')).toHaveAttribute('data-right', 'false');
  await expect(page.getByTestId('predict-reveal')).toContainText('sys.getrefcount printed 2');
  await expect(page.getByTestId('predict-forgot')).toContainText("getrefcount's own argument");
  await expect(page.getByTestId('predict-reveal')).toContainText('global variable x');
  await expect(page.getByTestId('lesson-note')).toContainText('makes it 2');
  await expect(page.getByTestId('predict-score')).toHaveAttribute('data-asked', '1');
  await expect(page.getByTestId('predict-score')).toHaveAttribute('data-right', '0');
  await page.screenshot({ path: 'test-results/predict-1280x720.png' });
  // a brand-new list: only the argument
  await pg.forwardToLine(4);
  await page.getByLabel('Your prediction').fill('1');
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('predict-reveal')).toHaveAttribute('data-right', 'true');
  await expect(page.getByTestId('predict-score')).toContainText('score 1/2');
});

test('a line that frees: the student clicks the objects it will free', async ({ pg, page }) => {
  await pg.open('a = [[1], [2]]\nb = a[0]\ndel a\nprint("done")\n');
  await pg.run();
  await page.getByLabel('Predict mode').check();
  await pg.forwardToLine(3);
  const panel = page.getByTestId('predict-panel');
  await expect(panel).toHaveAttribute('data-kind', 'frees');
  const outer = await pg.globalTarget('a');
  const kept = await pg.globalTarget('b');
  // wrong: picks b's list too, which b still holds
  await pg.node(outer!).click();
  await pg.node(kept!).click();
  await expect(page.getByTestId('predict-picked')).toContainText(`#${outer}, #${kept}`);
  await panel.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByTestId('predict-reveal')).toHaveAttribute('data-right', 'false');
  await expect(page.getByTestId('predict-forgot')).toContainText('survives: still held by b');
  await expect(page.getByTestId('predict-score')).toContainText('score 0/1');
});

test('Skip shows the truth without scoring, and the step is no longer held', async ({ pg, page }) => {
  await pg.open('import sys\nx = []\ny = x\nprint(sys.getrefcount(x))\nprint("done")\n');
  await pg.run();
  await page.getByLabel('Predict mode').check();
  await pg.forwardToLine(4);
  const panel = page.getByTestId('predict-panel');
  await expect(panel).toHaveAttribute('data-kind', 'refcount');
  await panel.getByRole('button', { name: 'Skip' }).click();
  const reveal = page.getByTestId('predict-reveal');
  await expect(reveal).toHaveAttribute('data-skipped', 'true');
  await expect(reveal).toContainText('Skipped (not scored): sys.getrefcount printed 3');
  await expect(page.getByTestId('predict-score')).toHaveAttribute('data-asked', '0');
  const at = await pg.currentStep();
  await pg.button('Step forward').click();
  await expect.poll(() => pg.currentStep()).toBeGreaterThan(at);
});
