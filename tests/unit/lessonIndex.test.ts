// The lesson library as the page sees it (src/lessons/index.ts, through Vite's globs and the
// lessonHeaders plugin in vite.config.ts): the headers listed at once equal each file's own
// header, every lesson's text loads on demand and equals the file parsed whole, and only the seed
// lesson is there before it is asked for.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS, SEED_LESSON, lessonBySlug, loadLesson, loadedLesson } from '../../src/lessons';
import { parseLesson } from '../../src/lessons/parse';

const dir = resolve(__dirname, '../../src/lessons/files');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => parseLesson(readFileSync(join(dir, f), 'utf8')))
  .sort((a, b) => a.order - b.order);

describe('the lesson library: headers at once, texts on demand', () => {
  it('lists every lesson file, in order, with its own header', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(LESSONS).toEqual(files.map((l) => ({ order: l.order, slug: l.slug, title: l.title })));
    expect(new Set(LESSONS.map((l) => l.slug)).size).toBe(LESSONS.length);
    expect(LESSONS.map((l) => l.order)).toEqual(files.map((_, i) => i + 1));
  });

  it('holds only the seed lesson whole before any is loaded', () => {
    expect(SEED_LESSON).toEqual(files.find((l) => l.slug === 'capstone'));
    expect(loadedLesson('capstone')).toBe(SEED_LESSON);
    for (const l of files) if (l.slug !== 'capstone') expect(loadedLesson(l.slug)).toBeUndefined();
  });

  it('loads each lesson whole, equal to its file, and keeps it', async () => {
    for (const l of files) {
      const got = await loadLesson(l.slug);
      expect(got).toEqual(l);
      expect(loadedLesson(l.slug)).toBe(got);
      expect(lessonBySlug(l.slug)?.title).toBe(l.title);
    }
  });

  it('knows no lesson it does not have', async () => {
    expect(lessonBySlug('no-such-lesson')).toBeUndefined();
    expect(await loadLesson('no-such-lesson')).toBeUndefined();
    expect(loadedLesson('no-such-lesson')).toBeUndefined();
  });
});
