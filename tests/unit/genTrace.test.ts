// The collector's counts and each object's generation as the trace records them (HeapState
// .generations, ObjectState.generation), checked against what the same program prints from
// gc.get_count(), gc.is_tracked() and gc.get_objects(1) in the engine, and against the figures
// recorded from CPython 3.11.7 (tests/diff/cases/trace_gen_counts_steps.out).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordRun } from '../../src/trace/record';
import type { HeapState } from '../../src/trace/types';
import { globalName } from '../../src/trace/views/roots';
import { tracking } from '../../src/trace/views/tracking';
import { collections, generationsAt } from '../../src/store/generations';

const dir = fileURLToPath(new URL('../diff/cases/', import.meta.url));
const src = readFileSync(dir + 'trace_gen_counts_steps.py', 'utf8');
const cpython = readFileSync(dir + 'trace_gen_counts_steps.out', 'utf8');
const lines = src.split('\n');
const { trace } = recordRun(src);
const summary = trace.summary();

/** the line steps of source lines whose text matches, in the order they ran */
function stepsOf(re: RegExp): number[] {
  return summary.lineSteps.filter((_, i) => re.test(lines[summary.lineStepLines[i] - 1] ?? ''));
}
function global(s: HeapState, name: string) {
  const g = s.objects.find((o) => o.id === s.globalsId)!;
  const e = g.edges.find((x) => globalName(x.label) === name);
  if (!e || e.to.kind !== 'obj') throw new Error(`no global ${name}`);
  const id = e.to.id;
  return s.objects.find((o) => o.id === id)!;
}
const printed = summary.stdout.split('\n');
const tuples = printed.filter((l) => /^\(\d+, \d+, \d+\)$/.test(l)).map((l) => JSON.parse(l.replace('(', '[').replace(')', ']')) as number[]);
const bools = (l: string) => JSON.parse(l.replace(/True/g, 'true').replace(/False/g, 'false')) as boolean[];
const tracked = bools(printed[printed.length - 4]);
const where = bools(printed[printed.length - 3]);

describe('the trace records gc.get_count() and each object’s generation', () => {
  it('the engine prints what CPython printed for the program', () => {
    expect(summary.stdout).toBe(cpython);
  });

  const seen = stepsOf(/^seen\.append\(gc\.get_count\(\)\)/);
  it('at each line reading gc.get_count(), the recorded counts are the figures it returns', () => {
    expect(seen.length).toBe(tuples.length - 1); // the last tuple printed is gc.get_threshold()
    expect(seen.map((s) => generationsAt(trace.stateAt(s))!.count)).toEqual(tuples.slice(0, -1));
  });

  it('records the thresholds gc.set_threshold sets', () => {
    expect(generationsAt(trace.stateAt(seen[0]))!.threshold).toEqual([40, 3, 5]);
    expect(generationsAt(trace.stateAt(seen[seen.length - 1]))!.threshold).toEqual(tuples[tuples.length - 1]);
  });

  it('seeking backwards and forwards gives the same counts as stepping in order', () => {
    const inOrder = Array.from({ length: trace.stepCount }, (_, s) => trace.stateAt(s).generations);
    for (const s of [trace.stepCount - 1, 0, Math.floor(trace.stepCount / 2), seen[2], 1, seen[5], seen[1]]) expect(trace.stateAt(s).generations).toEqual(inOrder[s]);
  });

  it('gc.is_tracked is what the recorded generation says', () => {
    const [t1] = stepsOf(/^tracked = \[/);
    const s1 = trace.stateAt(t1);
    expect(['a', 'b', 'c', 'u'].map((n) => tracking(global(s1, n)).tracked)).toEqual(tracked.slice(0, 4));
    const [t2, t3] = stepsOf(/^tracked\.append/);
    expect(tracking(global(trace.stateAt(t2), 'c')).tracked).toBe(tracked[4]);
    // a tuple of atoms, untracked by the generation-0 collection before this line
    expect(tracking(global(trace.stateAt(t3), 'x')).tracked).toBe(tracked[5]);
  });

  it('the generation list recorded is the one gc.get_objects(1) lists', () => {
    const [d] = stepsOf(/^del gen1/);
    const s = trace.stateAt(d);
    expect(['g', 'a', 'b'].map((n) => global(s, n).generation === 1)).toEqual(where);
  });

  it('an automatic collection is marked, with what set it off', () => {
    const auto = collections(summary).filter((c) => c.automatic);
    expect(auto.length).toBeGreaterThan(0);
    const lineF = lines.findIndex((l) => l.startsWith('f = [{}')) + 1;
    expect(auto.some((c) => c.line === lineF && c.generation === 1)).toBe(true);
    // as it starts, the generations it collects are emptied and the next one counts it
    const at = trace.stateAt(auto.find((c) => c.generation === 1)!.step + 1);
    expect(at.generations!.count.slice(0, 2)).toEqual([0, 0]);
  });
});
