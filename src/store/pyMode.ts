// The version modes the page offers: which CPython's numbers a run shows. Each is a profile in
// runtime/versions.ts; the legacy mode is 3.11 with the collector from before PEP 442 (a cycle
// holding a __del__ is never collected: it goes to gc.garbage). Pure: the selector, the link and
// localStorage all read and write modes through these functions.

import type { PagePyVersion, PyMode } from '../worker/protocol';

export type { PagePyVersion, PyMode };

export const PY_VERSIONS: readonly PagePyVersion[] = ['3.11', '3.12', '3.13', '3.14'];

export const DEFAULT_MODE: PyMode = { python: '3.11', legacyFinalizers: false };

/** a mode as one token: "3.14", or "3.11-lf" for the pre-PEP 442 collector */
export type ModeKey = PagePyVersion | '3.11-lf';

export interface ModeChoice {
  key: ModeKey;
  label: string;
  /** what is different about it, in a sentence (the option's title) */
  hint: string;
}

export const MODE_CHOICES: readonly ModeChoice[] = [
  { key: '3.11', label: 'Python 3.11', hint: 'CPython 3.11.7: every object counted, None and small ints included' },
  { key: '3.12', label: 'Python 3.12', hint: 'PEP 683: None, True, False, small ints and interned strings are immortal' },
  { key: '3.13', label: 'Python 3.13', hint: "gc threshold 0 raised to 2000; an instance's values stay inline after __dict__" },
  { key: '3.14', label: 'Python 3.14', hint: 'LOAD_FAST_BORROW: reading a local takes no new reference' },
  { key: '3.11-lf', label: '3.11, pre-PEP 442 finalizers', hint: 'before Python 3.4: a cycle holding a __del__ is never collected and goes to gc.garbage' },
];

export function isVersion(s: string): s is PagePyVersion {
  return (PY_VERSIONS as readonly string[]).includes(s);
}

export function modeKey(m: PyMode): ModeKey {
  return m.legacyFinalizers ? '3.11-lf' : m.python;
}

/** the mode of a key; null for anything else (a stored value may hold anything) */
export function modeOfKey(key: string | null | undefined): PyMode | null {
  if (key === '3.11-lf') return { python: '3.11', legacyFinalizers: true };
  if (typeof key === 'string' && isVersion(key)) return { python: key, legacyFinalizers: false };
  return null;
}

export function sameMode(a: PyMode, b: PyMode): boolean {
  return a.python === b.python && a.legacyFinalizers === b.legacyFinalizers;
}

export function isDefaultMode(m: PyMode): boolean {
  return sameMode(m, DEFAULT_MODE);
}

/** how a run's summary names the numbers it shows: "CPython 3.14" / "CPython 3.11, pre-PEP 442 finalizers" */
export function modeTitle(m: PyMode): string {
  return m.legacyFinalizers ? `CPython ${m.python}, pre-PEP 442 finalizers` : `CPython ${m.python}`;
}
