// The step's caption as the page shows it (the console's caption line, presentation mode's
// caption): what the line that ran did, the collector's phase in the banner's words, the end of
// the program and the interpreter's shutdown after it, a syntax error. Pure, over the store.

import type { AppState } from './store';
import { programEnd, runPhase, type RunPhase } from '../trace/views/ending';
import { PHASE_TEXT, PHASE_TITLES } from '../trace/views/gcPhases';

export interface Caption {
  text: string;
  /** the line about to run (0: none) */
  line: number;
  phase: RunPhase | 'none';
}

/** the collector's banner is shown: a collection is under way at this step */
export function gcShown(s: Pick<AppState, 'heap'>): boolean {
  const gc = s.heap?.gc ?? null;
  return gc !== null && !(gc.phase === 'done' && s.heap!.grain !== 'gc');
}

export function captionOf(s: Pick<AppState, 'status' | 'heap' | 'summary' | 'lineCaption' | 'ranCode' | 'code'> & Partial<Pick<AppState, 'pageThreadRun'>>): Caption {
  const none = (text: string): Caption => ({ text, line: 0, phase: 'none' });
  if (s.status === 'running' && s.pageThreadRun === true)
    return none("Running again on the page's thread (too deep for the worker's stack): the page pauses…");
  if (s.status === 'running') return none('Running the program…');
  const h = s.heap;
  if (h === null) {
    const err = s.summary?.error ?? null;
    if (err !== null && s.ranCode === s.code && s.summary!.stepCount === 0)
      return none(`The program did not run: ${err.type === 'SyntaxError' ? 'a syntax error' : err.type} on line ${err.line}. Fix it (the editor marks the spot), then press Run.`);
    if (s.status === 'stopped') return none('Stopped before the program finished.');
    return none('Not run yet: press Run (Ctrl+Enter).');
  }
  const sum = s.summary;
  const phase: RunPhase = sum !== null ? runPhase(sum, h.step) : 'program';
  if (phase === 'finished') {
    const last = s.lineCaption !== null ? ` Its last line, ${s.lineCaption}.` : '';
    return { text: `The program has finished.${last} Interpreter shutdown follows: step forward to watch finalizers run, modules torn down and a last collection.`, line: 0, phase };
  }
  const bare = h.caption.replace(/^(at exit|at startup|line \d+): /, '');
  if (phase === 'shutdown') {
    const what = h.grain === 'line' ? `a finalizer's code runs, line ${h.line}` : gcShown(s) && h.grain === 'gc' ? collectorText(h.gc!.phase) : bare;
    const last = sum !== null && h.step === sum.stepCount - 1 ? ' The interpreter has exited.' : '';
    return { text: `The program has finished. Interpreter shutdown: ${what}.${last}`, line: h.line, phase };
  }
  if (h.grain === 'line') {
    const first = sum !== null && sum.lineSteps[0] === h.step;
    if (first) return { text: `The program starts. Next: line ${h.line}.`, line: h.line, phase };
    return { text: `${s.lineCaption ?? `Line ${lineBefore(s, h.step)} ran`}. Next: line ${h.line}.`, line: h.line, phase };
  }
  if (gcShown(s)) {
    const gc = h.gc!;
    if (h.grain === 'gc') return { text: `Line ${h.line}, ${collectorText(gc.phase)}.`, line: h.line, phase };
    return { text: `Line ${h.line}, during the collection (${PHASE_TITLES[gc.phase] ?? gc.phase}): ${bare}`, line: h.line, phase };
  }
  return { text: h.caption.replace(/^line (\d+): /, 'Line $1: '), line: h.line, phase };
}

/** the collector's phase, in the banner's words */
export function collectorText(phase: string): string {
  return `the collector, ${PHASE_TITLES[phase] ?? phase}: ${PHASE_TEXT[phase] ?? ''}`;
}

function lineBefore(s: Pick<AppState, 'summary'>, step: number): string {
  const ls = s.summary?.lineSteps ?? [];
  const i = ls.indexOf(step);
  return i > 0 ? String(s.summary!.lineStepLines[i - 1]) : '?';
}

export { programEnd };
