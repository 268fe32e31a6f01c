// Which Chromium the browser tests and benchmarks use: $CHROMIUM_PATH, else Debian's
// (/usr/bin/chromium), else the one `npx playwright install chromium` downloads. Run as a script,
// it checks that one exists and says in one line how to get one when none does.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

/** the path of a Chromium to run, or null */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const own = chromium.executablePath();
  return own && existsSync(own) ? own : null;
}

/** the flags every headless run here uses */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (findChromium() === null) {
    console.error('No Chromium for the browser tests: install Debian\'s (apt-get install -y chromium) or Playwright\'s (npx playwright install chromium), or set CHROMIUM_PATH.');
    process.exit(1);
  }
}
