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

test('surviving objects keep their places across steps and back-steps, and boxes never overlap', async ({ pg, page }) => {
  await pg.open(LINKED);
  await pg.run();
  const seen: Map<string, { x: number; y: number }>[] = [];
  let still = 0;
  for (let i = 0; i < 14; i++) {
    const ns = await nodes(page);
    const here = new Map(ns.map((n) => [n.key, place(n.transform)]));
    if (seen.length > 0) {
      for (const [k, p] of seen[seen.length - 1]) {
        const q = here.get(k);
        if (q === undefined) continue;
        // a node stays in its column (however it comes to be reached); it can only be pushed
        // down by a box above it that grew
        expect(q.x, `${k} changed column`).toBe(p.x);
        expect(q.y, `${k} moved up`).toBeGreaterThanOrEqual(p.y);
        if (q.y === p.y) still++;
      }
    }
    for (let a = 0; a < ns.length; a++) for (let b = a + 1; b < ns.length; b++) expect(overlaps(ns[a], ns[b]), `${ns[a].key} overlaps ${ns[b].key}`).toBe(false);
    seen.push(here);
    await pg.forward();
  }
  expect(seen[seen.length - 1].size).toBeGreaterThan(4);
  expect(still).toBeGreaterThan(20);
  // back in time: every node in its column again
  for (let i = seen.length - 1; i >= seen.length - 5; i--) {
    await pg.back();
    const here = new Map((await nodes(page)).map((n) => [n.key, place(n.transform)]));
    for (const [k, p] of seen[i - 1]) if (here.has(k)) expect(here.get(k)!.x, `${k} changed column on the way back`).toBe(p.x);
  }
});

test('stepping keeps the text readable and the changed object in view', async ({ pg, page }) => {
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
  // Fit to view shows everything, however small
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await page.waitForTimeout(800);
  for (const n of await nodes(page)) {
    expect(n.x).toBeGreaterThanOrEqual(graph.x - 1);
    expect(n.x + n.w).toBeLessThanOrEqual(graph.x + graph.width + 1);
  }
});
