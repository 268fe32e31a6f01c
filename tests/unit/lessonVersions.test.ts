// Every lesson under every CPython version mode the page offers: its program prints what that
// version printed (tests/diff/lessons/SLUG.out-3.x, recorded by scripts/gen-lessons.sh from
// CPython 3.12.1, 3.13.0 and, for lessons that allow it, 3.14.2), and its version notes parse
// and name a line of the program.

import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/runtime/eval/interpreter';
import { PROFILES, type VersionProfile } from '../../src/runtime/versions';
import { parseLesson, versionNoteApplies, versionNotesFor } from '../../src/lessons/parse';

const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
const files = resolve(__dirname, '../../src/lessons/files');
const outs = resolve(__dirname, '../diff/lessons');
const lessons = readdirSync(files)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => parseLesson(readFileSync(join(files, f), 'utf8')));

/**
 * Lessons whose recorded output RefScope does not reproduce yet under a version, each with why.
 * They run as expected failures: when one starts to pass, the test fails and it must come off.
 */
const KNOWN: Record<string, string> = {};

describe('lessons under each version (outputs recorded from that CPython)', () => {
  for (const v of ['3.12', '3.13', '3.14']) {
    const profile = (PROFILES as Partial<Record<string, VersionProfile>>)[v];
    for (const lesson of lessons) {
      const file = join(outs, `${lesson.slug}.out-${v}`);
      if (!existsSync(file)) continue;
      const known = KNOWN[`${lesson.slug} ${v}`];
      (known !== undefined ? it.fails : it)(`${lesson.slug} under ${v}${known !== undefined ? ` (known: ${known})` : ''}`, () => {
        expect(profile, `a profile for ${v}`).toBeDefined();
        const r = run(lesson.code, { filename: lesson.slug + '.py', maxSteps: 5_000_000, version: profile });
        expect(r.exitCode, r.stderr).toBe(0);
        expect(norm(r.stdout)).toBe(norm(readFileSync(file, 'utf8')));
      });
    }
  }
});

describe('lesson version notes', () => {
  it('the new lesson has recorded outputs for 3.11, 3.12 and 3.14, and they differ where its notes say', () => {
    const read = (suffix: string) => readFileSync(join(outs, `your-numbers.out${suffix}`), 'utf8').split('\n');
    const [o311, o312, o314] = [read(''), read('-3.12'), read('-3.14')];
    expect(o311.filter((l) => l !== '')).toHaveLength(5);
    expect(o312).toEqual(o311);
    // lines 1-4 differ on 3.14, line 5 does not
    expect([0, 1, 2, 3].every((i) => o314[i] !== o311[i])).toBe(true);
    expect(o314[4]).toBe(o311[4]);
  });

  for (const lesson of lessons) {
    it(`${lesson.slug}: every version note names a line of the program`, () => {
      const n = lesson.code.split('\n').length;
      for (const note of lesson.versionNotes) if (note.line !== null) expect(note.line).toBeGreaterThan(0), expect(note.line).toBeLessThanOrEqual(n);
    });
  }

  it('conditions: a version, a version and later, the pre-PEP 442 mode', () => {
    expect(versionNoteApplies('3.14', '3.14', false)).toBe(true);
    expect(versionNoteApplies('3.14', '3.13', false)).toBe(false);
    expect(versionNoteApplies('3.12+', '3.11', false)).toBe(false);
    expect(versionNoteApplies('3.12+', '3.13', false)).toBe(true);
    expect(versionNoteApplies('lf', '3.11', true)).toBe(true);
    expect(versionNoteApplies('lf', '3.11', false)).toBe(false);
    expect(versionNoteApplies('3.11', '3.11', true)).toBe(false);
    const l = parseLesson('# lesson: {"order": 1, "slug": "x", "title": "t"}\n# text\n# @2 [3.14]: borrowed\n# [3.12+]: immortal\nimport sys\nx = []\n');
    expect(l.notes).toEqual({});
    expect(versionNotesFor(l, 2, '3.14', false).map((x) => x.text)).toEqual(['borrowed']);
    expect(versionNotesFor(l, 2, '3.13', false)).toEqual([]);
    expect(versionNotesFor(l, null, '3.13', false).map((x) => x.text)).toEqual(['immortal']);
    expect(() => parseLesson('# lesson: {"order": 1, "slug": "x", "title": "t"}\n# [3.9]: no\nx = 1\n')).toThrow(/condition/);
  });
});
