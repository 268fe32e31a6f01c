// The collector's three generations as the page shows them: gc.get_count() against
// gc.get_threshold(), and each collection with what set it off. Pure, over the store's data.
//
// The trace does not record the counts yet. Until HeapState carries `generations` (see
// TraceGenerations), they are derived, and said to be:
//  - generation 0's count: the tracked objects made since the last collection started (the
//    objects with a larger id than any alive then: `cut`), or, before that is known, those whose
//    generation reads 0. CPython counts allocations of tracked objects minus their deallocations,
//    including short-lived ones made and freed unseen (a call's argument tuple, free lists), so
//    its own figure runs a little higher;
//  - generations 1 and 2: the collections of the generation below since the last one of theirs,
//    from the run's collection markers;
//  - thresholds: 700, 10, 10, changed by a `gc.set_threshold(...)` line with literal numbers once
//    that line has run.

import type { HeapState, Marker, TraceSummary } from '../trace/types';

/** what the page needs from the trace at each step (the fields CPython's gcstate holds) */
export interface TraceGenerations {
  /** gcstate->generations[i].count: gc.get_count() */
  count: [number, number, number];
  /** gcstate->generations[i].threshold: gc.get_threshold() */
  threshold: [number, number, number];
}

export interface Generations extends TraceGenerations {
  /** 'trace': exact figures from the record; 'derived': worked out on the page (see above) */
  source: 'trace' | 'derived';
}

export interface Collection {
  step: number;
  generation: number;
  line: number;
  /** set off by an allocation, not by gc.collect() */
  automatic: boolean;
  /** what set it off, in words */
  trigger: string;
}

export const DEFAULT_THRESHOLDS: [number, number, number] = [700, 10, 10];

/** the source line running at a step (0: none) */
export function lineAt(summary: TraceSummary, step: number): number {
  const ls = summary.lineSteps;
  let lo = 0, hi = ls.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ls[mid] <= step) ((at = mid), (lo = mid + 1));
    else hi = mid - 1;
  }
  return at >= 0 ? summary.lineStepLines[at] : 0;
}

const SET_THRESHOLD = /\bgc\.set_threshold\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?(?:,\s*(\d+)\s*)?\)/;

/** thresholds in force at a step: the defaults, then each gc.set_threshold line that has finished */
export function thresholdsAt(summary: TraceSummary, code: string, step: number): [number, number, number] {
  const lines = code.split('\n');
  const t: [number, number, number] = [...DEFAULT_THRESHOLDS];
  for (let i = 0; i + 1 < summary.lineSteps.length && summary.lineSteps[i + 1] <= step; i++) {
    const m = SET_THRESHOLD.exec(lines[summary.lineStepLines[i] - 1] ?? '');
    if (!m) continue;
    t[0] = Number(m[1]);
    if (m[2] !== undefined) t[1] = Number(m[2]);
    if (m[3] !== undefined) t[2] = Number(m[3]);
  }
  return t;
}

const genOf = (m: Marker) => Number(/generation (\d)/.exec(m.label)?.[1] ?? 2);

/** every collection of the run, with what set it off */
export function collections(summary: TraceSummary, code: string): Collection[] {
  const lines = code.split('\n');
  return summary.markers
    .filter((m) => m.kind === 'gc')
    .map((m) => {
      const line = lineAt(summary, m.step);
      const generation = genOf(m);
      const text = line > 0 ? (lines[line - 1] ?? '') : '';
      const explicit = /\bgc\.collect\(|\bcollect\(/.test(text);
      const th = thresholdsAt(summary, code, m.step);
      let trigger: string;
      if (line === 0) trigger = 'interpreter shutdown';
      else if (explicit) trigger = `gc.collect() on line ${line}`;
      else if (generation === 0) trigger = `automatic: an allocation on line ${line} took generation 0's count past its threshold (${th[0]})`;
      else
        trigger = `automatic: an allocation on line ${line} took generation 0's count past ${th[0]}, and generation ${generation}'s count had passed its threshold (${th[generation]}), so generation ${generation} and the younger ones are collected`;
      return { step: m.step, generation, line, automatic: line > 0 && !explicit, trigger };
    });
}

/** gc.get_count() and gc.get_threshold() at the heap's step */
export function generationsAt(heap: HeapState, summary: TraceSummary, code: string, cut: number | null = null): Generations {
  const fromTrace = (heap as HeapState & { generations?: TraceGenerations }).generations;
  if (fromTrace !== undefined) return { ...fromTrace, source: 'trace' };
  let young = 0;
  const collecting = heap.gc !== null && heap.gc.phase !== 'done';
  for (const o of heap.objects)
    if (cut !== null && !collecting ? o.generation >= 0 && o.id > cut : o.generation === 0) young++;
  let c1 = 0, c2 = 0;
  for (const m of summary.markers) {
    if (m.kind !== 'gc' || m.step > heap.step) continue;
    const g = genOf(m);
    if (g === 0) c1++;
    else if (g === 1) ((c1 = 0), c2++);
    else c1 = c2 = 0;
  }
  return { count: [young, c1, c2], threshold: thresholdsAt(summary, code, heap.step), source: 'derived' };
}

/** the program uses the collector's counts: the meters are worth showing unasked */
export function usesGenerations(code: string | null): boolean {
  return code !== null && /\bgc\.(set_threshold|get_count|get_threshold)\b/.test(code);
}

/** the step where the last collection at or before `step` started (null: none yet) */
export function lastCollectionStep(summary: TraceSummary, step: number): number | null {
  let at: number | null = null;
  for (const m of summary.markers) if (m.kind === 'gc' && m.step <= step) at = m.step;
  return at;
}

/** the largest object id alive in a heap: what is newer was made after it */
export function maxObjectId(heap: HeapState): number {
  let m = -1;
  for (const o of heap.objects) if (o.id > m) m = o.id;
  return m;
}
