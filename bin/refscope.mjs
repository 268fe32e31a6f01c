#!/usr/bin/env node
// refscope: runs the bundled command line (dist/cli/, made by `npm install` or `npm run build:cli`).
// In a checkout, a bundle older than any file under src/ is rebuilt first, so the command
// always runs the code as it is.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'refscope.mjs');

function newestUnder(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const src = join(root, 'src');
const stale = !existsSync(bundle) || (existsSync(src) && newestUnder(src) > statSync(bundle).mtimeMs);
if (stale) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts', 'build-cli.mjs')).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
