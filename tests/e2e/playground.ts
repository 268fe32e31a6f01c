// Page object for the RefScope playground.

import { expect, type Locator, type Page } from '@playwright/test';
import { codeHash } from './seed';

export class Playground {
  readonly errors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text());
    });
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['localhost', '127.0.0.1'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) this.foreignRequests.push(r.url());
    });
  }

  async open(code?: string): Promise<void> {
    await this.page.goto('/' + (code !== undefined ? codeHash(code) : ''));
    await expect(this.page.getByTestId('editor')).toHaveAttribute('data-ready', 'true');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async run(): Promise<void> {
    await this.button('Run').click();
    await expect(this.page.getByTestId('step-count')).toContainText('step ');
  }

  /** the step the page shows (0-based), in whatever grain */
  async step(): Promise<number> {
    return Number(await this.stepCount().getAttribute('data-step'));
  }

  /** the line the caption says is next (0: none) */
  async nextLine(): Promise<number> {
    return Number(await this.anyCaption().getAttribute('data-line'));
  }

  /** the console's caption, or presentation mode's */
  anyCaption(): Locator {
    return this.page.locator('[data-testid=caption], [data-testid=present-caption]').first();
  }

  /** step forward until the line about to run is `line`, at a line step */
  async forwardToLine(line: number, max = 400): Promise<void> {
    for (let i = 0; i < max; i++) {
      if ((await this.nextLine()) === line && (await this.anyCaption().getAttribute('data-grain')) === 'line') return;
      await this.forward();
    }
    throw new Error(`never reached line ${line}`);
  }

  async setGrain(g: 'line' | 'ref' | 'gc'): Promise<void> {
    await this.page.getByLabel('Step grain').selectOption(g);
  }

  stepCount(): Locator {
    return this.page.getByTestId('step-count');
  }

  caption(): Locator {
    return this.page.getByTestId('caption');
  }

  console(): Locator {
    return this.page.getByTestId('console');
  }

  async currentStep(): Promise<number> {
    return this.step();
  }

  /** step forward once and wait for the page to land on the next step */
  async forward(): Promise<void> {
    const before = await this.currentStep();
    await this.button('Step forward').click();
    await expect.poll(() => this.currentStep()).not.toBe(before);
  }

  async back(): Promise<void> {
    const before = await this.currentStep();
    await this.button('Step back').click();
    await expect.poll(() => this.currentStep()).not.toBe(before);
  }

  /** step forward until the caption matches (at most `max` steps) */
  async forwardUntilCaption(re: RegExp, max = 400): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (re.test((await this.caption().textContent()) ?? '')) return;
      await this.forward();
    }
    throw new Error(`caption never matched ${re}`);
  }

  /** the graph node of the global variable `name`'s object */
  node(id: number | string): Locator {
    return this.page.locator(`g.node[data-object-id="${id}"]`);
  }

  nodesOfType(type: string): Locator {
    return this.page.locator(`g.node[data-type="${type}"]:not(.freed)`);
  }

  /** the object id global `name` points at, read from the graph's arrows */
  async globalTarget(name: string): Promise<number | null> {
    const to = await this.page.locator(`path.link[data-from="globals"][data-label="${name}"]:not(.freed)`).getAttribute('data-to');
    return to === null ? null : Number(to.slice(1));
  }
}
