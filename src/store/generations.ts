// The collector's three generations as the page shows them: gc.get_count() against
// gc.get_threshold(), and each collection with what set it off. Pure, over the store's data.
//
// The counts and thresholds are the trace's own (HeapState.generations, recorded from the
// runtime's gcstate as each step begins). What set a collection off is worked out here: a
// `gc.collect(` on its line, interpreter shutdown, or else an allocation; the threshold named in
// that text comes from the defaults and any `gc.set_threshold(...)` line with literal numbers.

import type { HeapState, Marker, TraceGenerations, TraceSummary } from '../trace/types';

export type { TraceGenerations };

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

/** gc.get_count() and gc.get_threshold() at the heap's step, as recorded (null: not recorded) */
export function generationsAt(heap: HeapState): TraceGenerations | null {
  return heap.generations ?? null;
}

/** the program uses the collector's counts: the meters are worth showing unasked */
export function usesGenerations(code: string | null): boolean {
  return code !== null && /\bgc\.(set_threshold|get_count|get_threshold)\b/.test(code);
}
