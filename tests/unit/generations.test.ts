// The generation meters' figures worked out on the page (store/generations.ts) until the trace
// records gc.get_count(): thresholds from gc.set_threshold lines, collections and their triggers,
// the counts of generations 1 and 2 from the collection markers.
import { describe, expect, it } from 'vitest';
import type { HeapState, TraceSummary } from '../../src/trace/types';
import { collections, generationsAt, thresholdsAt } from '../../src/store/generations';

const code = ['import gc', 'gc.set_threshold(50, 10, 10)', 'xs = []', 'for i in range(80):', '    xs.append([])', 'gc.collect()', ''].join('\n');
// line steps: line 1 at step 0, line 2 at 3, line 3 at 6, then the loop, line 6 at 40, shutdown at 50
const summary: TraceSummary = {
  stepCount: 60,
  lineSteps: [0, 3, 6, 8, 10, 40, 50],
  lineStepLines: [1, 2, 3, 4, 5, 6, 0],
  markers: [
    { step: 12, kind: 'gc', label: 'collection of generation 0' },
    { step: 30, kind: 'gc', label: 'collection of generation 0' },
    { step: 42, kind: 'gc', label: 'collection of generation 2' },
    { step: 55, kind: 'gc', label: 'collection of generation 2' },
  ],
  stdout: '', stderr: '', exitCode: 0, stepLimited: false, error: null, bytes: 0,
};
const heap = (step: number, gens: number[]): HeapState => ({
  step, grain: 'line', line: 0, caption: '', subject: null, frames: [], globalsId: 1, garbageId: null, transient: null, stdout: '', stderr: '', gc: null,
  objects: gens.map((g, i) => ({ id: i + 10, type: 'list', address: '', refcount: 1, generation: g, finalized: false, edges: [], truncated: false, length: 0 })),
});

describe('generations worked out on the page', () => {
  it('takes the thresholds from a gc.set_threshold line once it has run', () => {
    expect(thresholdsAt(summary, code, 3)).toEqual([700, 10, 10]);
    expect(thresholdsAt(summary, code, 6)).toEqual([50, 10, 10]);
  });
  it('tells automatic collections from gc.collect() and shutdown, naming what set them off', () => {
    const cs = collections(summary, code);
    expect(cs.map((c) => [c.line, c.automatic])).toEqual([[5, true], [5, true], [6, false], [0, false]]);
    expect(cs[0].trigger).toMatch(/allocation on line 5 took generation 0's count past its threshold \(50\)/);
    expect(cs[2].trigger).toBe('gc.collect() on line 6');
    expect(cs[3].trigger).toBe('interpreter shutdown');
  });
  it('counts collections of the younger generation for generations 1 and 2, reset by a full collection', () => {
    expect(generationsAt(heap(20, []), summary, code).count.slice(1)).toEqual([1, 0]);
    expect(generationsAt(heap(35, []), summary, code).count.slice(1)).toEqual([2, 0]);
    expect(generationsAt(heap(45, []), summary, code).count.slice(1)).toEqual([0, 0]);
  });
  it('counts generation 0 as the tracked objects newer than the last collection, or those reading generation 0', () => {
    expect(generationsAt(heap(35, [0, 0, 1, -1]), summary, code).count[0]).toBe(2);
    // ids 10..13: with the newest id at the last collection's start being 11, only 12 is new (13 is untracked)
    expect(generationsAt(heap(35, [0, 0, 0, -1]), summary, code, 11).count[0]).toBe(1);
  });
  it("uses the trace's own figures when the state carries them", () => {
    const h = { ...heap(35, [0]), generations: { count: [7, 1, 0], threshold: [50, 10, 10] } } as HeapState;
    expect(generationsAt(h, summary, code)).toMatchObject({ count: [7, 1, 0], source: 'trace' });
  });
});
