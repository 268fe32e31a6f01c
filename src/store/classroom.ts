// The classroom side of the page: the open lesson and the progress through the library, the
// presentation and embed modes, the theme. A small store of its own beside the playground's; the
// program itself always lives in the playground store.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { LESSONS, lessonBySlug, loadedLesson, loadLesson, type Lesson } from '../lessons';
import { loadProgress, saveProgress, loadTheme, saveTheme, type Progress, type ThemeChoice } from '../share/persist';
import { appStore } from './index';
import { programEnd } from '../trace/views/ending';

export interface ClassroomState {
  /** the lesson being worked on (null: free play); its whole text has loaded (loadedLesson) */
  lesson: string | null;
  /** a lesson chosen whose text is still loading (null: none): its title shows, the editor waits */
  opening: string | null;
  progress: Progress;
  presenting: boolean;
  /** ?embed=1: compact, read-only */
  embed: boolean;
  theme: ThemeChoice;
  /** what the system asks for (prefers-color-scheme) */
  systemDark: boolean;
}

const systemDark = () => {
  try {
    return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
  } catch {
    return false;
  }
};

export const classroom = createStore<ClassroomState>()(() => ({
  lesson: null,
  opening: null,
  progress: loadProgress(),
  presenting: false,
  embed: false,
  theme: loadTheme(),
  systemDark: systemDark(),
}));

export function useClassroom<T>(selector: (s: ClassroomState) => T): T {
  return useStore(classroom, selector);
}

export function effectiveTheme(s: Pick<ClassroomState, 'theme' | 'systemDark'>): 'light' | 'dark' {
  return s.theme === 'system' ? (s.systemDark ? 'dark' : 'light') : s.theme;
}

export function currentLesson(): Lesson | undefined {
  const slug = classroom.getState().lesson;
  return slug === null ? undefined : loadedLesson(slug);
}

function mark(kind: keyof Progress, slug: string): void {
  const p = classroom.getState().progress;
  if (p[kind].includes(slug)) return;
  const progress = { ...p, [kind]: [...p[kind], slug] };
  classroom.setState({ progress });
  saveProgress(progress);
}

/** the URL of this page for a lesson (or free play), embed/present kept */
function lessonUrl(slug: string | null): string {
  const u = new URL(window.location.href);
  for (const k of [...u.searchParams.keys()]) if (!['embed', 'present', 'v', 'py', 'lf'].includes(k)) u.searchParams.delete(k);
  if (slug !== null) u.searchParams.set('lesson', slug);
  if ([...u.searchParams.keys()].every((k) => k === 'v')) u.searchParams.delete('v');
  u.hash = '';
  return u.toString();
}

/** bumps with each openLesson: a lesson whose text arrives after another choice is dropped */
let openTicket = 0;

/**
 * Opens a lesson: its program goes into the editor and runs. `code` overrides the lesson's own
 * program (a link, or the student's edited copy); `run: false` leaves running to the caller.
 * A lesson not loaded yet is `opening` meanwhile (its title shows, the editor is covered), so
 * the editor never shows a wrong or empty program under the lesson's title. Says what came of it:
 * 'failed' (its text could not be fetched), 'superseded' (another choice was made meanwhile).
 */
export async function openLesson(slug: string | null, opts: { code?: string; run?: boolean; updateUrl?: boolean } = {}): Promise<'opened' | 'failed' | 'superseded'> {
  const ticket = ++openTicket;
  const header = slug === null ? undefined : lessonBySlug(slug);
  let lesson = header === undefined ? undefined : loadedLesson(header.slug);
  if (header !== undefined && lesson === undefined) {
    classroom.setState({ opening: header.slug });
    appStore.getState().clearRun();
    try {
      lesson = await loadLesson(header.slug);
    } catch (e) {
      if (ticket !== openTicket) return 'superseded';
      classroom.setState({ opening: null });
      appStore.getState().setNotice({ text: `The lesson "${header.title}" could not be loaded (${e instanceof Error ? e.message : String(e)}).`, tone: 'warn' });
      return 'failed';
    }
    if (ticket !== openTicket) return 'superseded';
  }
  classroom.setState({ lesson: lesson?.slug ?? null, opening: null });
  if (opts.updateUrl !== false && typeof window !== 'undefined') history.replaceState(null, '', lessonUrl(lesson?.slug ?? null));
  if (!lesson) return 'opened';
  mark('opened', lesson.slug);
  const a = appStore.getState();
  a.setCode(opts.code ?? lesson.code);
  if (opts.run !== false) await a.run();
  return 'opened';
}

export function lessonIndex(slug: string | null): number {
  return slug === null ? -1 : LESSONS.findIndex((l) => l.slug === slug);
}

export function setPresenting(on: boolean): void {
  classroom.setState({ presenting: on });
  // the graph refits to its new size
  setTimeout(() => window.dispatchEvent(new Event('refscope:fit')), 60);
}

export function setTheme(t: ThemeChoice): void {
  classroom.setState({ theme: t });
  saveTheme(t);
}

/** follow the system's colour scheme, and mark lessons finished when their run is stepped to the end */
export function startClassroom(): void {
  try {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    mq?.addEventListener?.('change', (e) => classroom.setState({ systemDark: e.matches }));
  } catch {
    /* no media queries: light */
  }
  appStore.subscribe((s) => {
    const lesson = currentLesson();
    if (!lesson || s.summary === null || s.ranCode !== s.code) return;
    if (s.ranCode.trim() === lesson.code.trim() && s.step >= programEnd(s.summary)) mark('finished', lesson.slug);
  });
}
