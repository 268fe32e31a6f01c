// Opening the page from its URL: which program (link, lesson, the student's saved copy, or the
// default), which settings and mode, and, when the link names a step or object, the run restored
// to it. Whatever the link holds, the page opens with a program and, for anything refused, a
// plain-text message.

import { appStore } from '../store';
import { classroom, openLesson } from '../store/classroom';
import { SEED_PROGRAM } from '../store/seed';
import { lessonBySlug, loadLesson } from '../lessons';
import { loadLinkCodec, parse, writeUrl, type WriteState } from './link';
import { loadCode, loadMode, saveCode, saveMode } from './persist';
import { predictStore } from '../store/predictMode';
import { DEFAULT_MODE, isDefaultMode, type PyMode } from '../store/pyMode';

/** the program the current link carries (null once the student edits away from it) */
let linkCode: string | null = null;

function notify(problems: string[]): void {
  const a = appStore.getState();
  if (problems.length === 0) {
    a.setNotice(null);
    return;
  }
  const shown = problems.slice(0, 3).join(' ');
  a.setNotice({ text: problems.length > 3 ? `${shown} (and ${problems.length - 3} more problems)` : shown, tone: 'warn' });
}

export async function bootFromLocation(loc: { search: string; hash: string }): Promise<void> {
  // (a link with a program in it: its codec first)
  if (loc.hash.length > 1) await loadLinkCodec();
  const { view, problems } = parse(loc, (s) => lessonBySlug(s) !== undefined);
  const a = appStore.getState();
  classroom.setState({ embed: view.embed, presenting: view.present && !view.embed });
  a.setSettings({ grain: view.grain, showAtoms: view.showAtoms, showInternals: view.showInternals });
  if (view.predict === true) predictStore.getState().setOn(true);
  a.setMode(modeFromLink(view, loc.hash));

  // (a lesson's own program is left to openLesson: its text loads on demand)
  let code: string | undefined;
  let lesson = view.lesson;
  /** the student edited or chose a lesson while a lesson's text loaded: that stands */
  let superseded = false;
  if (view.badCode) {
    code = SEED_PROGRAM;
    lesson = null;
  } else if (view.code !== null) code = view.code;
  else if (lesson !== null) {
    const saved = loadCode();
    if (saved !== null && saved.lesson === lesson) code = saved.code;
  } else {
    const saved = view.embed ? null : loadCode();
    code = saved?.code ?? SEED_PROGRAM;
    // the student's copy of a lesson left unedited: that lesson is open again (once its text is
    // here to compare with; the program is on screen meanwhile, and an edit or a choice made
    // meanwhile wins)
    if (saved?.lesson && lessonBySlug(saved.lesson)) {
      a.setCode(code);
      const before = classroom.getState();
      const own = await loadLesson(saved.lesson).catch(() => undefined);
      const c = classroom.getState();
      superseded = appStore.getState().code !== code || c.lesson !== before.lesson || c.opening !== before.opening;
      if (own !== undefined && own.code === saved.code) lesson = saved.lesson;
    }
  }
  linkCode = view.code;
  const opened = superseded ? 'superseded' : await openLesson(lesson, { run: false, updateUrl: false, code });
  if (opened === 'superseded') {
    if (problems.length > 0) notify(problems);
    return;
  }
  if ((lesson === null || opened === 'failed') && code !== undefined) a.setCode(code);
  if (opened === 'failed') problems.push(`The lesson "${lessonBySlug(lesson!)?.title ?? lesson}" could not be loaded.`);
  notify(problems);

  const restore = !view.badCode && (view.step !== null || view.selection !== null);
  const autorun = opened === 'opened' && (view.embed || restore || (lesson !== null && view.lesson !== null));
  if (!autorun) return;
  await a.run();
  const s = appStore.getState();
  if (s.summary === null || s.summary.stepCount === 0) return;
  if (!view.badCode && view.step !== null) {
    const n = s.summary.stepCount;
    if (view.step > n) problems.push(`The link's step ${view.step.toLocaleString('en-US')} is past the end of this run (${n.toLocaleString('en-US')} steps); the last step is shown.`);
    await a.seek(Math.min(view.step, n) - 1);
  }
  if (!view.badCode && view.selection !== null) {
    const heap = appStore.getState().heap;
    if (heap?.objects.some((o) => o.id === view.selection)) a.select(view.selection);
    else problems.push(`The link's selected object #${view.selection} does not exist at this step; nothing is selected.`);
  }
  notify(problems);
}

/**
 * The version a page opens with: the link's own (py=, lf=); for a link carrying a program without
 * them, 3.11 (the link means exactly its view); otherwise the one remembered from the selector.
 */
export function modeFromLink(view: { python: PyMode['python'] | null; legacyFinalizers: boolean; code: string | null }, hash: string): PyMode {
  if (view.python !== null || view.legacyFinalizers) return { python: view.python ?? '3.11', legacyFinalizers: view.legacyFinalizers };
  if (view.code !== null || (hash !== '' && hash !== '#')) return DEFAULT_MODE;
  return loadMode() ?? DEFAULT_MODE;
}

/** the student picks a version: it is remembered, the address bar follows, and a program already run runs again */
export function chooseMode(m: PyMode): void {
  saveMode(m);
  if (typeof window !== 'undefined' && (window.location.search !== '' || window.location.hash !== '')) {
    const u = new URL(window.location.href);
    u.searchParams.delete('py');
    u.searchParams.delete('lf');
    if (!isDefaultMode(m)) {
      if (m.python !== '3.11') u.searchParams.set('py', m.python);
      if (m.legacyFinalizers) u.searchParams.set('lf', '1');
    }
    if (u.toString() !== window.location.href) history.replaceState(null, '', u.toString());
  }
  appStore.getState().setMode(m);
}

/** the link to this exact view (after loadLinkCodec: see withLink) */
export function currentLink(base: string): string {
  const s = appStore.getState();
  const c = classroom.getState();
  const traced = s.ranCode === s.code && s.summary !== null && s.heap !== null;
  const state: WriteState = {
    code: s.code,
    lesson: c.lesson,
    step: traced ? s.step + 1 : null,
    grain: s.settings.grain,
    selection: traced ? s.selection : null,
    showAtoms: s.settings.showAtoms,
    showInternals: s.settings.showInternals,
    embed: false,
    present: false,
    predict: predictStore.getState().on,
    python: s.mode.python,
    legacyFinalizers: s.mode.legacyFinalizers,
  };
  return writeUrl(state, base);
}

/** run `use` with the link to this exact view, once the link's codec has loaded */
export function withLink(base: string, use: (url: string) => void): void {
  void loadLinkCodec().then(() => use(currentLink(base)));
}

/** the URL now carries this program (after Share): an edit away from it drops it again */
export function adoptLink(code: string): void {
  linkCode = code;
}

/** remember the program (not in embeds), and drop a link's program from the URL once edited away from it */
export function startPersistence(): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = appStore.getState().code;
  appStore.subscribe((s) => {
    if (s.code === last) return;
    last = s.code;
    if (linkCode !== null && s.code !== linkCode) {
      linkCode = null;
      const u = new URL(window.location.href);
      u.hash = '';
      u.searchParams.delete('step');
      u.searchParams.delete('sel');
      history.replaceState(null, '', u.toString());
    }
    if (classroom.getState().embed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => saveCode(appStore.getState().code, classroom.getState().lesson), 250);
  });
}
