// Long values read without hunting at 1280x720, 1920x1080 and 1024x768 (presentation): no graph
// text spills out of its box, what a box shortens is whole in its tooltip and accessible
// description, no panel text overflows its box, the Inspector's "why is it alive" is in view, and
// the lesson picker's chosen title is reachable.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { codeHash } from './seed';

const LONG = `class Node:
    def __init__(self, name):
        self.name = name
        self.payload_with_a_long_attribute_name = 'a fairly long string value that goes on and on'

nums = list(range(40))
text = 'the quick brown fox jumps over the lazy dog ' * 3
table = {f'key_number_{i}': i * 1000 for i in range(10)}
a = Node('a')
b = Node('b')
a.partner = b
b.partner = a
holder = [a, b, nums, text, table]
done = True
`;
const NUMS = `[${Array.from({ length: 40 }, (_, i) => i).join(', ')}]`;
const TABLE = `{${Array.from({ length: 10 }, (_, i) => `'key_number_${i}': ${i * 1000}`).join(', ')}}`;

/** node texts (not the refcount badge, not the tag under the box) reaching past their box */
const spills = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.heap-svg g.node:not(.freed)')].flatMap((g) => {
      const body = g.querySelector('rect.body') as SVGRectElement | null;
      if (body === null) return [];
      const w = body.width.baseVal.value;
      return [...g.querySelectorAll('text')]
        .filter((t) => !t.closest('.badge') && !t.classList.contains('tag'))
        .filter((t) => {
          const b = (t as SVGTextElement).getBBox();
          return b.width > 0 && (b.x < -0.5 || b.x + b.width > w + 0.5);
        })
        .map((t) => `${g.getAttribute('data-key')}: ${t.textContent}`);
    }),
  );

/** HTML boxes whose text is wider than the box and cut off (not the editor's own scroller, nor
 * the graph's pannable picture: the minimap shows what is out of view) */
const overflows = (page: Page, root: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel}, ${sel} *`)]
        .filter((e): e is HTMLElement => e instanceof HTMLElement && !e.closest('.monaco-editor, .sr-only') && !e.matches('.graph-panel, .graph-host') && e.clientWidth > 0)
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.scrollWidth} > ${e.clientWidth}`),
    root,
  );

/** the accessible description Chromium itself computes for an element (an SVG title child counts) */
async function chromeDescription(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return String(nodes[0]?.description?.value ?? '');
}

async function toEnd(page: Page): Promise<void> {
  await page.getByTestId('graph').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('End');
  await expect(page.locator('[data-testid=caption], [data-testid=present-caption]').first()).toContainText('The program has finished');
  await page.waitForTimeout(700); // the step's moves settle
}

for (const [w, h, present] of [[1280, 720, false], [1920, 1080, false], [1024, 768, true]] as const) {
  test(`${w}x${h}${present ? ' presentation' : ''}: graph texts stay in their boxes, shortened ones are whole in the tooltip`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/${present ? '?present=1' : ''}${codeHash(LONG)}`);
    await expect(page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('step-count')).toContainText('step ');
    await toEnd(page);
    expect(await spills(page)).toEqual([]);
    // the list of 40 ints and the dict of 10 entries are shortened in their boxes, whole in the tooltip
    const tips = await page.locator('svg.heap-svg g.node > title').allTextContents();
    expect(tips).toContain(NUMS);
    expect(tips).toContain(TABLE);
    expect(tips.some((t) => t.includes(".payload_with_a_long_attribute_name: 'a fairly long string value that goes on and on'"))).toBe(true);
    // ... and a node with a tooltip keeps its accessible name, the tooltip is its description
    const list = page.locator('g.node[data-type=list]', { has: page.locator(':scope > title', { hasText: NUMS }) });
    await expect(list).toHaveAccessibleName(/^list #\d+, 2 references, held by nums, list #\d+ \[2\]$/);
    expect(await chromeDescription(page, `g.node[data-key="${await list.getAttribute('data-key')}"]`)).toBe(NUMS);
    expect(await overflows(page, '.app')).toEqual([]);
  });
}

test('1280x720: the Inspector shows a long value shortened with its whole text reachable, and why it is alive in view', async ({ pg, page }) => {
  await pg.open(LONG);
  await pg.run();
  await toEnd(page);
  const dict = page.locator('g.node[data-type=dict]');
  await dict.focus();
  await page.keyboard.press('Enter');
  const insp = page.getByTestId('inspector');
  await expect(insp).toContainText('dict #');
  const value = page.getByTestId('inspector-value');
  await expect(value).toHaveAttribute('title', TABLE);
  await expect(value).toHaveText(TABLE);
  // clamped to a few lines, the whole text shows when the value has the keyboard focus
  const clamped = (await value.boundingBox())!.height;
  expect(clamped).toBeLessThan(70);
  await value.focus();
  expect((await value.boundingBox())!.height).toBeGreaterThan(clamped);
  await value.blur();
  // "Why is it alive?" and its answer are inside the panel's visible part, without scrolling
  const panel = (await insp.boundingBox())!;
  const why = (await page.locator('.why-path').boundingBox())!;
  expect(why.y + why.height).toBeLessThanOrEqual(panel.y + panel.height);
  expect(await insp.evaluate((e) => e.scrollTop)).toBe(0);
  await expect(page.locator('.why-path')).toContainText('table → dict #');
  // the revealed node is not under the minimap
  const mm = page.getByTestId('minimap');
  if (await mm.isVisible()) {
    const m = (await mm.boundingBox())!;
    const d = (await dict.locator('rect.body').boundingBox())!;
    const overlap = Math.max(0, Math.min(m.x + m.width, d.x + d.width) - Math.max(m.x, d.x)) * Math.max(0, Math.min(m.y + m.height, d.y + d.height) - Math.max(m.y, d.y));
    expect(overlap).toBe(0);
  }
  expect(await overflows(page, '.app')).toEqual([]);
});

test('1280x720: the lesson picker names the chosen lesson whole; the header takes two rows at most, nothing in it cut', async ({ pg, page }) => {
  await pg.open();
  const picker = page.getByLabel('Lesson', { exact: true });
  await picker.selectOption('finalizers');
  await expect(page.getByTestId('lesson-bar')).toHaveAttribute('data-lesson', 'finalizers');
  const chosen = (await picker.locator('option:checked').textContent())!.trim();
  expect(chosen).toContain('__del__, and __del__ in cycles (PEP 442)');
  await expect(picker).toHaveAttribute('title', /^5\. __del__, and __del__ in cycles \(PEP 442\)$/);
  // the select's accessible value is the whole option text
  expect(await picker.evaluate((e: HTMLSelectElement) => e.selectedOptions[0].textContent)).toContain('(PEP 442)');
  // the version picker and Compare (issue 12) put the view settings on a second row at 1280
  const bar = (await page.locator('header.topbar').boundingBox())!;
  expect(bar.height).toBeLessThan(96);
  expect(await page.locator('header.topbar').evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
});
