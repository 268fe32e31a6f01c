// A Playground per test, and after each test: no console errors, no request to another host.
import { test as base, expect } from '@playwright/test';
import { Playground } from './playground';

export const test = base.extend<{ pg: Playground }>({
  pg: async ({ page }, use) => {
    const pg = new Playground(page);
    await use(pg);
    expect(pg.errors, 'console errors').toEqual([]);
    expect(pg.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});
export { expect };
