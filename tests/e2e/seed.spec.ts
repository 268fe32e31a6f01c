// The seed program, section by section, as a student would step through it.
import { test, expect } from './fixtures';
import { SEED_PROGRAM } from './seed';

test.describe('seed program', () => {
  test.beforeEach(async ({ pg }) => {
    await pg.open(SEED_PROGRAM);
    await pg.run();
  });

  test('refcount badges around sys.getrefcount: 2, 3, 2, and back-step restores them', async ({ pg, page }) => {
    await pg.setGrain('ref');
    await pg.forwardUntilCaption(/sys\.getrefcount\(list #\d+\) reads 2/);
    const x = await pg.globalTarget('x');
    expect(x).not.toBeNull();
    await expect(pg.node(x!)).toHaveAttribute('data-refcount', '2');
    // the argument is drawn as a temporary reference
    await expect(page.locator('g.node.kind-transient')).toHaveCount(1);
    await expect(page.locator('path.link.temp')).toHaveCount(1);
    await pg.forward();
    await expect(page.locator('g.node.kind-transient')).toHaveCount(0);
    await expect(pg.node(x!)).toHaveAttribute('data-refcount', '1');

    await pg.forwardUntilCaption(/reads 3/);
    await expect(pg.node(x!)).toHaveAttribute('data-refcount', '3');
    await pg.forwardUntilCaption(/reads 2/);
    await expect(pg.node(x!)).toHaveAttribute('data-refcount', '2');
    await expect(pg.console()).toContainText('After alias: 3');

    // back in time: the 3 comes back
    for (let i = 0; i < 8 && !/reads 3/.test((await pg.caption().textContent()) ?? ''); i++) await pg.back();
    await expect(pg.caption()).toContainText('reads 3');
    await expect(pg.node(x!)).toHaveAttribute('data-refcount', '3');
    await expect(pg.console()).not.toContainText('After alias: 3');

    // the inspector explains the count term by term, the temporary included
    await pg.node(x!).click();
    const insp = page.getByTestId('inspector');
    await expect(insp).toContainText('global variable x');
    await expect(insp).toContainText('global variable y');
    await expect(insp).toContainText("sys.getrefcount's own argument");
    await expect(page.locator('path.link.why')).toHaveCount(1);
  });

  test('the dict cycle is highlighted and leaked after del a, b', async ({ pg, page }) => {
    await pg.forwardToLine(21);
    await expect(page.locator('g.node.in-cycle[data-type="dict"]')).toHaveCount(2);
    await expect(page.locator('g.node.leaked')).toHaveCount(0);
    await pg.forward();
    await expect(pg.caption()).toHaveAttribute('data-line', '23');
    // the caption says what the line did
    await expect(pg.caption()).toContainText('del a, b: 2 names removed (a, b)');
    await expect(pg.caption()).toContainText('the two dicts keep each other alive — leaked until the collector runs');
    await expect(page.locator('g.node.in-cycle.leaked[data-type="dict"]')).toHaveCount(2);
    await expect(page.locator('path.link.cycle')).toHaveCount(2);
    for (const n of await page.locator('g.node.leaked[data-type="dict"]').all()) await expect(n).toHaveAttribute('data-refcount', '1');
    await expect(page.locator('g.node.leaked').first()).toContainText('leaked until collected');
  });

  test('the collection, phase by phase, at the gc grain', async ({ pg, page }) => {
    await pg.forwardToLine(27);
    await pg.setGrain('gc');
    const phases: string[] = [];
    for (let i = 0; i < 20; i++) {
      await pg.forward();
      const banner = page.getByTestId('gc-banner');
      if ((await banner.count()) === 0) break;
      const phase = (await banner.getAttribute('data-phase'))!;
      phases.push(phase);
      if (phase === 'subtract_refs') {
        // gc_refs dropped to 0 on the three cyclic objects: nothing outside holds them
        await expect(page.locator('g.node.gc-young .gcrefs text', { hasText: 'gc_refs 0' })).toHaveCount(3);
      }
      if (phase === 'move_unreachable') await expect(page.locator('g.node.gc-unreachable')).toHaveCount(3);
    }
    expect(phases).toEqual(expect.arrayContaining(['start', 'update_refs', 'subtract_refs', 'move_unreachable', 'finalize', 'saveall', 'done']));
    await pg.setGrain('line');
    await expect(pg.caption()).toHaveAttribute('data-line', '28');
    await expect(pg.caption()).toContainText('gc.collect(): the cyclic collector ran, kept in gc.garbage (DEBUG_SAVEALL)');
    // DEBUG_SAVEALL keeps the three objects alive (the trace does not yet record gc.garbage's
    // new items as edges, so the gc.garbage root is not asserted here)
    await expect(page.locator('g.node[data-type="dict"]')).toHaveCount(2);
    await pg.forward();
    await expect(pg.console()).toContainText("Unreachable objects: [{'ref': {'ref': {...}}}, {'ref': {'ref': {...}}}, [[...]]]");
  });

  test('the end: the leak count and the emptied WeakValueDictionary', async ({ pg, page }) => {
    await pg.button('Jump to end').click();
    await expect(pg.console()).toContainText('Leak count: 1');
    await expect(pg.console()).toContainText("Before GC: {'user': <__main__.User object at");
    await expect(pg.console()).toContainText('After GC: {}');
    // the end of the program proper, before interpreter shutdown
    const end = await page.getByTestId('step-count').getAttribute('data-end');
    await expect(page.getByTestId('step-count')).toHaveAttribute('data-step', end!);
    await expect(pg.caption()).toContainText('The program has finished.');
  });
});
