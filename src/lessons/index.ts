// The built-in lesson library: every file under ./files, in order.

import { parseLesson, type Lesson } from './parse';

const files = import.meta.glob('./files/*.py', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const LESSONS: Lesson[] = Object.values(files)
  .map(parseLesson)
  .sort((a, b) => a.order - b.order);

export function lessonBySlug(slug: string): Lesson | undefined {
  return LESSONS.find((l) => l.slug === slug);
}

export type { Lesson };
