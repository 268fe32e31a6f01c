// The built-in lesson library: every file under ./files, in order. The page's first chunk holds
// only each lesson's header line (order, slug, title: enough for the picker, links and progress),
// cut out of the file at build time by the lessonHeaders plugin (vite.config.ts). A lesson's
// explanation, notes and program are a small chunk of their own, fetched when the lesson is opened
// (loadLesson); the seed lesson (the page's first program) is the one lesson bundled whole.

/// <reference types="vite/client" />
import { parseLesson, type Lesson, type LessonHeader } from './parse';
import seedText from './files/10-capstone.py?raw';

const headers = import.meta.glob<LessonHeader>('./files/*.py', { query: '?lesson-header', import: 'default', eager: true });
const texts = import.meta.glob<string>(['./files/*.py', '!./files/10-capstone.py'], { query: '?raw', import: 'default' });

/** the program the page opens with (store/seed.ts): the capstone lesson, bundled whole */
export const SEED_LESSON: Lesson = parseLesson(seedText);

export const LESSONS: LessonHeader[] = Object.values(headers).sort((a, b) => a.order - b.order);

const pathOf = new Map(Object.entries(headers).map(([path, h]) => [h.slug, path]));
const loaded = new Map<string, Lesson>([[SEED_LESSON.slug, SEED_LESSON]]);

export function lessonBySlug(slug: string): LessonHeader | undefined {
  return LESSONS.find((l) => l.slug === slug);
}

/** the whole lesson, if its chunk has loaded already (the seed lesson always has) */
export function loadedLesson(slug: string): Lesson | undefined {
  return loaded.get(slug);
}

/** the whole lesson: explanation, notes and program, from its own chunk (undefined: no such lesson) */
export async function loadLesson(slug: string): Promise<Lesson | undefined> {
  const have = loaded.get(slug);
  if (have !== undefined) return have;
  const path = pathOf.get(slug);
  if (path === undefined) return undefined;
  const lesson = parseLesson(await texts[path]());
  loaded.set(slug, lesson);
  return lesson;
}

export type { Lesson, LessonHeader };
