// Permalinks, version 1. A link restores a view: the program, the step, the grain, the selected
// object, the toggles, the lesson and the page mode. Pure: the location is passed in, nothing is
// read from the page, and parse() never throws, whatever the link holds.
//
//   /?v=1&lesson=cycle&step=12&grain=ref&sel=37&atoms=1&internals=1&embed=1&present=1&predict=1&py=3.14#code/<lz>
//
// `py` names the CPython simulated (3.12, 3.13, 3.14; absent: 3.11) and `lf=1` the collector from
// before PEP 442 (with 3.11 only). A link that carries a program means exactly its view: without
// `py` it is 3.11's numbers (boot.ts); a link without a program leaves the remembered version.
//
// The program is in the hash as `#code/<lz-string compressToEncodedURIComponent(code)>` (the
// form every earlier link used, so old links keep working). Every other value is in the query,
// and only where it differs from the default. `step` is the number the page shows ("step 12 /
// 340"), 1-based. Each bad value is dropped with a message, and the rest of the link still applies;
// a program that cannot be read gives the default program.

import type * as LZ from 'lz-string';

let lz: typeof LZ | null = null;

/** lz-string, fetched before a link's program is first read or written (a first visit without one never needs it) */
export async function loadLinkCodec(): Promise<void> {
  if (lz !== null) return;
  const m = (await import('lz-string')) as typeof LZ & { default?: typeof LZ };
  lz = m.default ?? m;
}

function codec(): typeof LZ {
  if (lz === null) throw new Error('the link codec is not loaded yet (loadLinkCodec)');
  return lz;
}
import { isVersion, type PagePyVersion } from '../store/pyMode';

export const LINK_VERSION = 1;
const CODE_PREFIX = '#code/';
/** longest program a link may carry (characters, compressed or not) */
export const MAX_LINK_CODE = 200_000;
/** a query longer than this is not read at all */
const MAX_QUERY = 4_000;
/** the highest step a link may name (far above any run the step limit allows) */
export const MAX_LINK_STEP = 10_000_000;
/** links longer than this may be cut by mail clients and course platforms: warn before copying */
export const LONG_LINK = 8_000;

export type LinkGrain = 'line' | 'ref' | 'gc';
const GRAINS: readonly LinkGrain[] = ['line', 'ref', 'gc'];

/** what a link can say; null/false/default where it says nothing */
export interface LinkView {
  /** the program, when the link carries a readable one */
  code: string | null;
  /** the link carried a program that could not be read: show the default program */
  badCode: boolean;
  lesson: string | null;
  /** 1-based step as the page shows it */
  step: number | null;
  grain: LinkGrain;
  selection: number | null;
  showAtoms: boolean;
  showInternals: boolean;
  embed: boolean;
  present: boolean;
  /** predict mode: the student predicts before the steps that matter (?predict=1) */
  predict?: boolean;
  /** the CPython version the link names (null: it names none) */
  python: PagePyVersion | null;
  /** lf=1: 3.11 with the pre-PEP 442 collector */
  legacyFinalizers: boolean;
}

export interface ParsedLink {
  view: LinkView;
  /** one plain-text message per thing in the link that was refused */
  problems: string[];
}

export const DEFAULT_VIEW: LinkView = {
  code: null,
  badCode: false,
  lesson: null,
  step: null,
  grain: 'line',
  selection: null,
  showAtoms: false,
  showInternals: false,
  embed: false,
  present: false,
  python: null,
  legacyFinalizers: false,
};

const KNOWN = ['v', 'lesson', 'step', 'grain', 'sel', 'atoms', 'internals', 'embed', 'present', 'predict', 'py', 'lf'] as const;
type Key = (typeof KNOWN)[number];

/** a short, printable, harmless rendering of untrusted text for a message */
function shown(s: string): string {
  const t = s.replace(/[^\x20-\x7e]/g, '?');
  return t.length > 24 ? `${t.slice(0, 24)}…` : t;
}

function parseCode(hash: string, problems: string[]): { code: string | null; bad: boolean } {
  if (hash === '' || hash === '#') return { code: null, bad: false };
  if (!hash.startsWith(CODE_PREFIX)) {
    problems.push('The link is not a RefScope program link; the default program is shown instead.');
    return { code: null, bad: true };
  }
  const payload = hash.slice(CODE_PREFIX.length);
  if (payload.length > MAX_LINK_CODE) {
    problems.push('The program in the link is too long to open; the default program is shown instead.');
    return { code: null, bad: true };
  }
  if (payload.length === 0 || !/^[A-Za-z0-9+\-$]*$/.test(payload)) {
    problems.push('The program in the link is damaged; the default program is shown instead.');
    return { code: null, bad: true };
  }
  let code: string | null = null;
  try {
    code = codec().decompressFromEncodedURIComponent(payload);
  } catch {
    code = null;
  }
  if (typeof code === 'string' && code.length > MAX_LINK_CODE) {
    problems.push('The program in the link is too long to open; the default program is shown instead.');
    return { code: null, bad: true };
  }
  // lz-string yields '' or null for garbage; control characters other than tab/newline mean garbage too
  if (typeof code !== 'string' || code === '' || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(code)) {
    problems.push('The program in the link could not be read; the default program is shown instead.');
    return { code: null, bad: true };
  }
  return { code, bad: false };
}

function flag(raw: string, name: string, problems: string[]): boolean {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  problems.push(`The link's ${name} setting "${shown(raw)}" is not 0 or 1; it is ignored.`);
  return false;
}

function posInt(raw: string, name: string, max: number, problems: string[]): number | null {
  if (!/^\d{1,9}$/.test(raw)) {
    problems.push(`The link's ${name} "${shown(raw)}" is not a whole number from 1 to ${max.toLocaleString('en-US')}; it is ignored.`);
    return null;
  }
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    problems.push(`The link's ${name} "${shown(raw)}" is not a whole number from 1 to ${max.toLocaleString('en-US')}; it is ignored.`);
    return null;
  }
  return n;
}

/**
 * Reads a link. `knownLesson` says whether a lesson slug exists (so this module stays free of the
 * lesson files). Never throws.
 */
export function parse(location: { search: string; hash: string }, knownLesson: (slug: string) => boolean = () => true): ParsedLink {
  const problems: string[] = [];
  const view: LinkView = { ...DEFAULT_VIEW };
  try {
    const search = typeof location.search === 'string' ? location.search : '';
    const hash = typeof location.hash === 'string' ? location.hash : '';
    const c = parseCode(hash, problems);
    view.code = c.code;
    view.badCode = c.bad;
    if (search.length > MAX_QUERY) {
      problems.push('The link\'s settings are too long to read; they are ignored.');
      return { view, problems };
    }
    let params: URLSearchParams;
    try {
      params = new URLSearchParams(search);
    } catch {
      problems.push('The link\'s settings could not be read; they are ignored.');
      return { view, problems };
    }
    const seen = new Map<Key, string>();
    const unknown: string[] = [];
    for (const [k, v] of params) {
      if (!(KNOWN as readonly string[]).includes(k)) {
        unknown.push(k);
        continue;
      }
      if (seen.has(k as Key)) {
        if (seen.get(k as Key) !== v) problems.push(`The link gives "${k}" more than once; only the first is used.`);
        continue;
      }
      seen.set(k as Key, v);
    }
    if (unknown.length > 0) problems.push(`The link has settings RefScope does not know (${unknown.slice(0, 3).map(shown).join(', ')}); they are ignored.`);
    const v = seen.get('v');
    if (v !== undefined && v !== String(LINK_VERSION)) {
      problems.push(`The link was made by another version of RefScope (v=${shown(v)}); only its program is opened.`);
      return { view, problems };
    }
    for (const [k, raw] of seen) {
      switch (k) {
        case 'v':
          break;
        case 'lesson':
          if (/^[a-z0-9-]{1,40}$/.test(raw) && knownLesson(raw)) view.lesson = raw;
          else problems.push(`There is no lesson "${shown(raw)}"; the lesson is not opened.`);
          break;
        case 'step':
          view.step = posInt(raw, 'step', MAX_LINK_STEP, problems);
          break;
        case 'grain':
          if ((GRAINS as readonly string[]).includes(raw)) view.grain = raw as LinkGrain;
          else problems.push(`The link's step grain "${shown(raw)}" is not line, ref or gc; stepping by line.`);
          break;
        case 'sel':
          view.selection = posInt(raw, 'selected object', 1_000_000_000, problems);
          break;
        case 'atoms':
          view.showAtoms = flag(raw, 'shared small objects', problems);
          break;
        case 'internals':
          view.showInternals = flag(raw, 'class internals', problems);
          break;
        case 'embed':
          view.embed = flag(raw, 'embed', problems);
          break;
        case 'present':
          view.present = flag(raw, 'presentation', problems);
          break;
        case 'predict':
          view.predict = flag(raw, 'predict mode', problems);
          break;
        case 'py':
          if (isVersion(raw)) view.python = raw;
          else problems.push(`The link's Python version "${shown(raw)}" is not 3.11, 3.12, 3.13 or 3.14; the page's own version is used.`);
          break;
        case 'lf':
          view.legacyFinalizers = flag(raw, 'pre-PEP 442 finalizers', problems);
          break;
      }
    }
    if (view.legacyFinalizers && view.python !== null && view.python !== '3.11') {
      problems.push(`The link's pre-PEP 442 finalizers (lf=1) go with Python 3.11 only; Python ${view.python} is shown without them.`);
      view.legacyFinalizers = false;
    }
  } catch {
    // unreachable in practice; a link must never take the page down
    return { view: { ...DEFAULT_VIEW }, problems: ['The link could not be read; the default program is shown instead.'] };
  }
  return { view, problems };
}

/** what write() needs: the view to restore (the code is always written) */
export type WriteState = Omit<LinkView, 'badCode' | 'code'> & { code: string };

/** the query and hash for a view: `?v=1&...#code/...` (no query when everything is default) */
export function write(state: WriteState): string {
  const q: [string, string][] = [];
  if (state.lesson !== null) q.push(['lesson', state.lesson]);
  if (state.step !== null && Number.isSafeInteger(state.step) && state.step >= 1) q.push(['step', String(state.step)]);
  if (state.grain !== DEFAULT_VIEW.grain) q.push(['grain', state.grain]);
  if (state.selection !== null && Number.isSafeInteger(state.selection) && state.selection >= 1) q.push(['sel', String(state.selection)]);
  if (state.showAtoms) q.push(['atoms', '1']);
  if (state.showInternals) q.push(['internals', '1']);
  if (state.embed) q.push(['embed', '1']);
  if (state.present) q.push(['present', '1']);
  if (state.predict === true) q.push(['predict', '1']);
  if (state.python !== null && (state.python !== '3.11' || state.legacyFinalizers)) {
    if (state.python !== '3.11') q.push(['py', state.python]);
    if (state.legacyFinalizers && state.python === '3.11') q.push(['lf', '1']);
  }
  const query = q.length > 0 ? '?' + new URLSearchParams([['v', String(LINK_VERSION)], ...q]).toString() : '';
  return query + CODE_PREFIX + codec().compressToEncodedURIComponent(state.code);
}

/** a full URL: `base` (any page URL of the app) with its query and hash replaced */
export function writeUrl(state: WriteState, base: string): string {
  return base.replace(/[?#].*$/, '') + write(state);
}
