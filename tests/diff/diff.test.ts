// Differential tests: every program under tests/diff/cases (ours) and ../shared/corpus (the
// shared corpus) must print exactly what CPython 3.11 printed, run in-process through the engine.
// Expected outputs were recorded from real python3 (scripts/gen-expected.sh); addresses are masked.

import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/runtime/eval/interpreter';
import { parseLesson } from '../../src/lessons/parse';

const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');

function lastLine(s: string): string {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1].replace(/\r/g, '') : '';
}

export function casesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
}

export function checkCase(dir: string, name: string): void {
  const src = readFileSync(join(dir, name + '.py'), 'utf8');
  const r = run(src, { filename: name + '.py', maxSteps: 5_000_000 });
  expect(norm(r.stdout)).toBe(norm(readFileSync(join(dir, name + '.out'), 'utf8')));
  const errFile = join(dir, name + '.err');
  if (existsSync(errFile)) {
    expect(r.exitCode).not.toBe(0);
    expect(norm(lastLine(r.stderr))).toBe(norm(lastLine(readFileSync(errFile, 'utf8'))));
  } else {
    // stderr may hold "Exception ignored in ..." reports, as CPython's does; the run must succeed
    expect(r.exitCode, r.stderr).toBe(0);
  }
}

const ours = resolve(__dirname, 'cases');
const shared = resolve(__dirname, '../../../shared/corpus');

describe('our differential cases (CPython 3.11 outputs)', () => {
  for (const name of casesIn(ours)) it(name, () => checkCase(ours, name));
});

// every lesson's program (read from its file, as the page does) against CPython's recorded output
const lessonFiles = resolve(__dirname, '../../src/lessons/files');
const lessonOuts = resolve(__dirname, 'lessons');
describe('lesson programs (CPython 3.11 outputs)', () => {
  for (const f of readdirSync(lessonFiles).filter((x) => x.endsWith('.py')).sort()) {
    const lesson = parseLesson(readFileSync(join(lessonFiles, f), 'utf8'));
    it(lesson.slug, () => {
      const r = run(lesson.code, { filename: lesson.slug + '.py', maxSteps: 5_000_000 });
      expect(r.exitCode, r.stderr).toBe(0);
      expect(norm(r.stdout)).toBe(norm(readFileSync(join(lessonOuts, lesson.slug + '.out'), 'utf8')));
    });
  }
});

describe.skipIf(!existsSync(shared))('shared corpus (CPython 3.11 outputs)', () => {
  for (const name of casesIn(shared)) it(name, () => checkCase(shared, name));
});
