// The house rules of docs/ARCHITECTURE.md: no folder holds more than 25 source files directly,
// no source file is longer than 600 lines.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const SOURCE = /\.(ts|tsx|mjs|cjs|js|css)$/;
const MAX_FILES = 25;
const MAX_LINES = 600;

function folders(dir: string): string[] {
  const subs = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  return [dir, ...subs.flatMap((e) => folders(join(dir, e.name)))];
}

const all = ['src', 'tests', 'bench', 'scripts', 'bin'].flatMap((d) => folders(join(root, d)));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.startsWith('.')).map((e) => join(dir, e.name));

describe('the house', () => {
  it(`no folder holds more than ${MAX_FILES} source files directly`, () => {
    const crowded = all.map((d) => [relative(root, d), sources(d).length] as const).filter(([, n]) => n > MAX_FILES);
    expect(crowded).toEqual([]);
  });
  it(`no source file is longer than ${MAX_LINES} lines`, () => {
    const long = all.flatMap(sources).map((f) => [relative(root, f), readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });
  it('finds the source files it judges', () => {
    expect(all.flatMap(sources).length).toBeGreaterThan(100);
  });
});
