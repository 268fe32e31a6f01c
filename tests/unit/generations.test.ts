// What the page says about collections (store/generations.ts): each collection with what set it
// off, as the runtime recorded it (gc.collect(), an allocation past a threshold with the counts
// and thresholds of that moment, or interpreter shutdown). The counts themselves are the trace's
// (tests/unit/genTrace.test.ts).
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/store/generations';
import { recordRun } from '../../src/trace/record';
import { PY313 } from '../../src/runtime/versions';

const code = ['import gc', 'gc.set_threshold(50, 10, 10)', 'xs = []', 'for i in range(80):', '    xs.append([])', 'gc.collect()', ''].join('\n');

describe('collections and what set them off', () => {
  it('tells automatic collections from gc.collect() and shutdown, with the recorded counts and thresholds', () => {
    const { trace } = recordRun(code, { maxEdges: 64 });
    const cs = collections(trace.summary());
    const auto = cs.filter((c) => c.automatic);
    expect(auto.length).toBeGreaterThan(0);
    expect(auto.every((c) => c.line === 5 && c.generation === 0)).toBe(true);
    // the threshold gc.set_threshold set, and the count that passed it (the start-up count is
    // already past 50 when the threshold is lowered: the first allocation after sets it off)
    const m = /^automatic: an allocation on line 5 took generation 0's count to (\d+), past its threshold \(50\)$/.exec(auto[0].trigger);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(50);
    expect(auto.slice(1).every((c) => c.trigger.includes("count to 51, past its threshold (50)"))).toBe(true);
    const manual = cs.filter((c) => !c.automatic && c.line === 6);
    expect(manual.map((c) => c.trigger)).toEqual(['gc.collect() on line 6']);
    expect(cs[cs.length - 1].trigger).toBe('interpreter shutdown');
  });

  it("names the version's own threshold (2000 from 3.13), not 3.11's", () => {
    const src = 'xs = []\nfor i in range(2100):\n    xs.append([])\n';
    const auto = (v?: typeof PY313) => collections(recordRun(src, { maxEdges: 64, version: v }).trace.summary()).filter((c) => c.automatic);
    expect(auto()[0].trigger).toMatch(/past its threshold \(700\)$/);
    expect(auto(PY313)[0].trigger).toMatch(/past its threshold \(2000\)$/);
  });
});
