// The heap graph's layout as a student sees it: stable, never overlapping, always readable.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const LINKED = `class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt

head = None
for i in range(5):
    head = Node(i, head)

def walk(n):
    total = 0
    while n is not None:
        total += n.v
        n = n.next
    return total

print(walk(head))
`;

type Box = { key: string; transform: string; x: number; y: number; w: number; h: number };

/** every live node once the step's animation has settled: its place in the graph and on screen */
async function nodes(page: Page): Promise<Box[]> {
  await page.waitForTimeout(600); // longer than a step's move (420 ms)
  return page.evaluate(() =>
    [...document.querySelectorAll('g.node:not(.freed)')].map((g) => {
      const r = g.querySelector('rect')!.getBoundingClientRect();
      return { key: g.getAttribute('data-key')!, transform: g.getAttribute('transform') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    }),
  );
}

function overlaps(a: Box, b: Box): boolean {
  const e = 0.5;
  return a.x + e < b.x + b.w && b.x + e < a.x + a.w && a.y + e < b.y + b.h && b.y + e < a.y + a.h;
}

function place(transform: string): { x: number; y: number } {
  const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(transform);
  expect(m, `a node placed by translate(): ${transform}`).not.toBeNull();
  return { x: Number(m![1]), y: Number(m![2]) };
}

/** the chain from global `name` along `.next` links: node keys in order */
async function chain(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const out: string[] = [];
    let link = document.querySelector(`path.link[data-from="globals"][data-label="${name}"]:not(.freed)`);
    while (link !== null && out.length < 50) {
      const to = link.getAttribute('data-to')!;
      if (out.includes(to)) break;
      out.push(to);
      link = document.querySelector(`path.link[data-from="${to}"][data-label$="next"]:not(.freed)`);
    }
    return out;
  }, name);
}

test('a linked list reads in chain order along one row, roots left; boxes never overlap; stepping back gives the same picture', async ({ pg, page }) => {
  await pg.open(LINKED.replace('range(5)', 'range(8)'));
  await pg.run();
  const seen: Map<string, string>[] = [];
  let moved = 0;
  let still = 0;
  for (let i = 0; i < 40 && (await pg.nextLine()) !== 10; i++) {
    const ns = await nodes(page);
    for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) expect(overlaps(ns[a], ns[b]), `${ns[a].key} overlaps ${ns[b].key}`).toBe(false);
    const here = new Map(ns.map((n) => [n.key, n.transform]));
    const last = seen[seen.length - 1];
    // a step that neither makes nor frees an object keeps (nearly) every box where it was; a
    // new node at the head of the chain moves the rest along the row, animated
    const sameObjects = last !== undefined && last.size === here.size && [...here.keys()].every((k) => last.has(k));
    if (sameObjects) for (const [k, t] of here) (last.get(k) === t ? still++ : moved++);
    seen.push(here);
    await pg.forward();
  }
  // the finished list: head -> 7 -> 6 -> ... -> 0, left to right, on one row
  const keys = await chain(page, 'head');
  expect(keys).toHaveLength(8);
  const boxes = new Map((await nodes(page)).map((n) => [n.key, n]));
  const globals = boxes.get('globals')!;
  for (let i = 0; i < keys.length; i++) {
    const b = boxes.get(keys[i])!;
    expect(b.x, `node ${i} right of the globals`).toBeGreaterThan(globals.x + globals.w);
    if (i > 0) {
      const a = boxes.get(keys[i - 1])!;
      expect(b.x, `node ${i} right of node ${i - 1}`).toBeGreaterThan(a.x + a.w);
      expect(Math.abs(b.y - a.y), `node ${i} on node ${i - 1}'s row`).toBeLessThan(2);
    }
  }
  expect(still).toBeGreaterThan(moved * 4);
  // back in time: exactly the picture each step had
  for (let i = seen.length - 1; i >= seen.length - 6; i--) {
    await pg.back();
    const here = new Map((await nodes(page)).map((n) => [n.key, n.transform]));
    expect(here, `the picture of step ${i}`).toEqual(seen[i]);
  }
});

test('stepping keeps the text readable and the changed object in view', async ({ pg, page }) => {
  // twelve steps, each left to settle: about 30 s on an idle 2-core machine, more under load
  test.setTimeout(120_000);
  await pg.open(LINKED);
  await pg.run();
  await pg.setGrain('ref');
  await pg.forwardUntilCaption(/local n in walk/);
  const graph = (await page.getByTestId('graph').boundingBox())!;
  for (let i = 0; i < 12; i++) {
    await expect(page.locator('svg.heap-svg')).not.toHaveClass(/text-hidden/);
    const subject = page.locator('g.node.subject:not(.freed) rect');
    if ((await subject.count()) > 0) {
      await page.waitForTimeout(600);
      const r = (await subject.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(graph.x);
      expect(r.y).toBeGreaterThanOrEqual(graph.y);
      expect(r.x + r.width).toBeLessThanOrEqual(graph.x + graph.width);
      expect(r.y + r.height).toBeLessThanOrEqual(graph.y + graph.height);
    }
    await pg.forward();
  }
  // Fit to view keeps the text: everything fits, or a minimap shows the rest beside a readable view
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await page.waitForTimeout(800);
  await expect(page.locator('svg.heap-svg')).not.toHaveClass(/text-hidden/);
  const outside = (await nodes(page)).filter((n) => n.x < graph.x - 1 || n.x + n.w > graph.x + graph.width + 1 || n.y < graph.y - 1 || n.y + n.h > graph.y + graph.height + 1);
  if (outside.length > 0) await expect(page.getByTestId('minimap')).toBeVisible();
  else await expect(page.getByTestId('minimap')).toBeHidden();
});
