// Animated export for slides: a range of steps as an animated GIF, a WebM video, numbered PNGs in
// a zip; each file decoded here and its frames counted; a long export cancelled.
import { readFileSync, writeFileSync } from 'node:fs';
import { GifReader } from 'omggif';
import { unzipSync } from 'fflate';
import { Input, BufferSource, EncodedPacketSink, WEBM } from 'mediabunny';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { Playground } from './playground';

async function exportFile(page: Page, opts: { range: string; format: string }): Promise<{ bytes: Buffer; frames: number; name: string }> {
  await page.getByRole('button', { name: 'Export animation' }).click();
  const dialog = page.getByTestId('anim-export');
  await dialog.getByLabel('Steps').selectOption(opts.range);
  await dialog.getByLabel('Format').selectOption(opts.format);
  await dialog.getByLabel('Each step').selectOption('500');
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const d = await download;
  const notice = await page.getByTestId('notice').textContent();
  const frames = Number(/(\d+) frames/.exec(notice ?? '')?.[1]);
  return { bytes: readFileSync((await d.path())!), frames, name: d.suggestedFilename() };
}

/** the steps from `from` to `to` in the current grain, walked with the step button */
async function stepsBetween(pg: Playground, from: number, to: number): Promise<number> {
  await pg.page.getByRole('slider', { name: 'Timeline' }).fill(String(from));
  await expect.poll(() => pg.step()).toBe(from);
  let n = 1;
  for (;;) {
    const before = await pg.step();
    await pg.button('Step forward').click();
    await pg.page.waitForTimeout(120);
    const now = await pg.step();
    if (now === before || now > to) return n;
    n++;
  }
}

test('the whole run as an animated GIF: one frame per step, the graph panel\'s size, the caption burned in', async ({ pg, page }) => {
  test.setTimeout(180_000);
  await page.goto('/?lesson=cycle');
  await expect(pg.stepCount()).toContainText('step ');
  const box = (await page.locator('.graph-panel').boundingBox())!;
  const { bytes, frames, name } = await exportFile(page, { range: 'all', format: 'gif' });
  expect(name).toMatch(/\.gif$/);
  const gif = new GifReader(new Uint8Array(bytes));
  expect(gif.numFrames()).toBe(frames);
  expect(gif.width).toBe(Math.floor(box.width / 2) * 2);
  expect(gif.height).toBe(Math.floor(box.height / 2) * 2);
  expect(gif.frameInfo(0).delay).toBe(50); // 500 ms, in hundredths
  // the caption band: the bottom rows hold text (more than one colour)
  const px = new Uint8Array(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(frames - 1, px);
  const colours = new Set<number>();
  for (let y = gif.height - 60; y < gif.height - 10; y++) for (let x = 10; x < 400; x++) colours.add(px[(y * gif.width + x) * 4]);
  expect(colours.size).toBeGreaterThan(4);
  // as many frames as there are steps in the run, in the line grain
  const first = await pg.step();
  const last = Number(await pg.stepCount().getAttribute('data-last'));
  expect(frames).toBe(await stepsBetween(pg, first, last));
});

test('from this step to the next marker as numbered PNGs in a zip, and as a WebM video', async ({ pg, page }) => {
  test.setTimeout(180_000);
  await page.goto('/?lesson=cycle');
  await expect(pg.stepCount()).toContainText('step ');
  await pg.forwardToLine(8);
  const here = await pg.step();
  const zip = await exportFile(page, { range: 'marker', format: 'zip' });
  const unzipped = unzipSync(new Uint8Array(zip.bytes));
  const files = Object.keys(unzipped).sort();
  writeFileSync('test-results/export-frame.png', unzipped[files[files.length - 1]]);
  expect(files.length).toBe(zip.frames);
  expect(files[0]).toBe('refscope-frame-0001.png');
  expect(files.length).toBeGreaterThan(1);
  // the export leaves the page at the step it was on
  await expect.poll(() => pg.step()).toBe(here);

  const webm = await exportFile(page, { range: 'marker', format: 'webm' });
  expect(webm.name).toMatch(/\.webm$/);
  const input = new Input({ source: new BufferSource(new Uint8Array(webm.bytes)), formats: [WEBM] });
  const track = (await input.getPrimaryVideoTrack())!;
  let packets = 0;
  for await (const _ of new EncodedPacketSink(track).packets()) packets++;
  expect(packets).toBe(webm.frames);
  expect(webm.frames).toBe(zip.frames);
});

test('a long export shows its progress and can be cancelled', async ({ pg, page }) => {
  test.setTimeout(120_000);
  await page.goto('/?lesson=generations');
  await expect(pg.stepCount()).toContainText('step ');
  const here = await pg.step();
  await page.getByRole('button', { name: 'Export animation' }).click();
  const dialog = page.getByTestId('anim-export');
  await dialog.getByLabel('Steps').selectOption('all');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const bar = dialog.getByTestId('anim-progress');
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(2);
  expect(Number(await bar.getAttribute('max'))).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/export-progress-1280x720.png' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(bar).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  await expect.poll(() => pg.step()).toBe(here);
  expect(downloaded).toBe(false);
});
