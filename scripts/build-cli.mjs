// Bundles the command line (src/cli/main.ts and all it runs) into dist/cli/refscope.mjs. `npm install` runs it (prepare), and
// bin/refscope.mjs runs it again when a source file is newer than the bundle.

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: { refscope: 'src/cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    define: { REFSCOPE_VERSION: JSON.stringify(version) },
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
