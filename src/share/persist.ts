// What the page remembers in localStorage: the program being edited, the lessons opened and
// finished, the chosen theme, the CPython version simulated. Every read is validated, every access guarded (storage may be
// disabled, full, or hold anything).

import { isDefaultMode, modeKey, modeOfKey, type PyMode } from '../store/pyMode';

const KEY_CODE = 'refscope.code.v1';
/** the lesson the saved program belongs to (a student's edited copy of it) */
const KEY_CODE_LESSON = 'refscope.code-lesson.v1';
const KEY_PROGRESS = 'refscope.progress.v1';
const KEY_THEME = 'refscope.theme.v1';
const KEY_PYTHON = 'refscope.python.v1';
const MAX_SAVED = 200_000;

function get(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function put(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    /* storage full or disabled: nothing is remembered */
  }
}

export function loadCode(): { code: string; lesson: string | null } | null {
  const c = get(KEY_CODE);
  if (c === null || c === '' || c.length > MAX_SAVED) return null;
  const l = get(KEY_CODE_LESSON);
  return { code: c, lesson: l !== null && /^[a-z0-9-]{1,40}$/.test(l) ? l : null };
}

export function saveCode(code: string, lesson: string | null): void {
  if (code.length > MAX_SAVED) return;
  put(KEY_CODE, code);
  put(KEY_CODE_LESSON, lesson);
}

export interface Progress {
  opened: string[];
  finished: string[];
}

export function loadProgress(): Progress {
  try {
    const raw = get(KEY_PROGRESS);
    const p = raw ? (JSON.parse(raw) as unknown) : null;
    const list = (x: unknown) => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string' && /^[a-z0-9-]{1,40}$/.test(s)).slice(0, 100) : []);
    if (p && typeof p === 'object') return { opened: list((p as Progress).opened), finished: list((p as Progress).finished) };
  } catch {
    /* unreadable: start over */
  }
  return { opened: [], finished: [] };
}

export function saveProgress(p: Progress): void {
  put(KEY_PROGRESS, JSON.stringify(p));
}

export type ThemeChoice = 'system' | 'light' | 'dark';

export function loadTheme(): ThemeChoice {
  const t = get(KEY_THEME);
  return t === 'light' || t === 'dark' ? t : 'system';
}

export function saveTheme(t: ThemeChoice): void {
  put(KEY_THEME, t === 'system' ? null : t);
}

/** the version mode chosen in the selector (null: none remembered, or unreadable) */
export function loadMode(): PyMode | null {
  return modeOfKey(get(KEY_PYTHON));
}

/** remember the chosen version mode; the default is remembered as nothing */
export function saveMode(m: PyMode): void {
  put(KEY_PYTHON, isDefaultMode(m) ? null : modeKey(m));
}
