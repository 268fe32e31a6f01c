// The collector's three generations as the page shows them: gc.get_count() against
// gc.get_threshold(), and each collection with what set it off. Pure, over the store's data.
//
// The counts and thresholds are the trace's own (HeapState.generations, recorded from the
// runtime's gcstate as each step begins), and so is what set each collection off: the runtime
// records with each collection whether gc.collect(), an allocation past a threshold, or
// interpreter shutdown started it, with the counts and thresholds of that moment.

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

const genOf = (m: Marker) => Number(/generation (\d)/.exec(m.label)?.[1] ?? 2);

/** every collection of the run, with what set it off */
export function collections(summary: TraceSummary): Collection[] {
  return summary.markers
    .filter((m) => m.kind === 'gc')
    .map((m) => {
      const line = lineAt(summary, m.step);
      const generation = m.gc?.generation ?? genOf(m);
      const reason = m.gc?.reason ?? (line === 0 ? 'shutdown' : 'manual');
      const [c, th] = [m.gc?.counts ?? [], m.gc?.thresholds ?? []];
      let trigger: string;
      if (reason === 'shutdown') trigger = 'interpreter shutdown';
      else if (reason === 'manual') trigger = `gc.collect() on line ${line}`;
      else if (generation === 0) trigger = `automatic: an allocation on line ${line} took generation 0's count to ${c[0]}, past its threshold (${th[0]})`;
      else
        trigger = `automatic: an allocation on line ${line} took generation 0's count to ${c[0]}, past ${th[0]}, and generation ${generation}'s count (${c[generation]}) had passed its threshold (${th[generation]}), so generation ${generation} and the younger ones are collected`;
      return { step: m.step, generation, line, automatic: reason === 'automatic', trigger };
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
