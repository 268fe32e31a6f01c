// What the page works out about collections (store/generations.ts): thresholds from
// gc.set_threshold lines for the trigger's words, collections and what set them off. The counts
// themselves are the trace's (tests/unit/genTrace.test.ts).
import { describe, expect, it } from 'vitest';
import type { TraceSummary } from '../../src/trace/types';
import { collections, thresholdsAt } from '../../src/store/generations';

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
describe('collections worked out on the page', () => {
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
});
