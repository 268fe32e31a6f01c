// The production build served by `vite preview` and Debian's Chromium, for the scripts that drive
// the page outside Playwright's test runner (bench/browser.ts, scripts/screenshots.ts).

import { findChromium, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

/** build the app first, unless the command line says --no-build */
export function buildUnlessTold(): void {
  if (process.argv.includes('--no-build')) return;
  if (spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
}

/** serve the build on a port; resolves once it answers, with a function that stops the server */
export async function startPreview(port: number): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return stop;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on port ${port}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_ARGS,
  });
}
