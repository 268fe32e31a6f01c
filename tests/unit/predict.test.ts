// Predict mode's logic (store/predict.ts) against recorded runs: which lines ask, the truth read
// from the trace, and the reference a wrong answer forgot.
import { describe, expect, it } from 'vitest';
import { recordRun } from '../../src/trace/record';
import { findQuestions, freedBetween, parsePredictNote, printedNumber, revealCollect, revealFrees, revealRefcount, revealUnreachable } from '../../src/store/predict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLesson } from '../../src/lessons/parse';

function run(code: string) {
  const { trace } = recordRun(code);
  const summary = trace.summary();
  const transientIn = (from: number, to: number) => {
    for (let s = from; s < to; s++) {
      const h = trace.stateAt(s);
      if (h.transient !== null) return h;
    }
    return null;
  };
  return { trace, summary, transientIn };
}

describe('predict mode: questions found in a recorded run', () => {
  const code = ['import sys', 'x = []', 'y = x', 'print(sys.getrefcount(x))', 'for item in [x]:', '    print(sys.getrefcount(x))', 'del y', 'z = [[1], [2]]', 'del z', ''].join('\n');
  const { trace, summary, transientIn } = run(code);
  const qs = findQuestions(summary, code);

  it('asks before a getrefcount print (each time the line runs) and before a line that frees', () => {
    expect(qs.map((q) => q.kind)).toEqual(qs.map((q) => (q.line === 4 || q.line === 6 ? 'refcount' : 'frees')));
    expect(qs.filter((q) => q.kind === 'refcount').map((q) => q.line)).toEqual([4, 6]);
    expect(qs.filter((q) => q.kind === 'frees').map((q) => q.line)).toContain(9);
    expect(qs.some((q) => q.line === 7)).toBe(false); // del y frees nothing: x still names the list
  });

  it('the truth is what the line printed; a right answer scores, a miss names getrefcount’s argument', () => {
    const q = qs.find((k) => k.line === 4)!;
    const truth = printedNumber(trace.stateAt(q.step), trace.stateAt(q.until))!;
    expect(String(truth) + '\n').toBe(summary.stdout.split('\n')[0] + '\n');
    const at = transientIn(q.step, q.until);
    expect(revealRefcount(truth, truth, at).right).toBe(true);
    const miss = revealRefcount(truth - 1, truth, at);
    expect(miss.right).toBe(false);
    expect(miss.forgot).toMatch(/getrefcount's own argument/);
    expect(miss.terms.join('; ')).toMatch(/global variable x.*global variable y|global variable y.*global variable x/s);
  });

  it('inside the loop, two short of the truth names the argument and the loop’s reference', () => {
    const q = qs.find((k) => k.line === 6)!;
    const truth = printedNumber(trace.stateAt(q.step), trace.stateAt(q.until))!;
    expect(truth).toBe(Number(summary.stdout.split('\n')[1]));
    const at = transientIn(q.step, q.until);
    const miss = revealRefcount(truth - 2, truth, at);
    expect(miss.forgot).toMatch(/getrefcount's own argument/);
    // `for item in [x]` iterates a tuple: CPython's fold_iter makes the list display a tuple
    expect(miss.forgot).toMatch(/item|tuple #/);
  });

  it('a frees question: the objects freed, a wrong pick told what still holds it', () => {
    const q = qs.find((k) => k.line === 9)!;
    const before = trace.stateAt(q.step);
    const after = trace.stateAt(q.until);
    const freed = freedBetween(before, after);
    expect(freed.length).toBe(3); // z's list and the two inner lists
    expect(revealFrees(freed, before, after).right).toBe(true);
    const x = before.objects.find((o) => o.type === 'list' && !freed.includes(o.id))!;
    const wrong = revealFrees([...freed, x.id], before, after);
    expect(wrong.right).toBe(false);
    expect(wrong.forgot).toMatch(/survives: still held by/);
    const missed = revealFrees([freed[0]], before, after);
    expect(missed.forgot).toMatch(/is freed too/);
  });
});

describe('predict mode: gc.collect() and a lesson’s predict: note', () => {
  it('a collect question is answered from the collection’s last phase', () => {
    const code = ['import gc', 'class Node:', '    pass', 'a = Node()', 'a.me = a', 'del a', 'print(gc.collect())', ''].join('\n');
    const { trace, summary } = run(code);
    const q = findQuestions(summary, code).find((k) => k.kind === 'collect')!;
    expect(q.line).toBe(7);
    let done = null, unreachable = null;
    for (let s = q.step; s < q.until; s++) {
      const h = trace.stateAt(s);
      if (h.gc?.phase === 'move_unreachable') unreachable = h;
      if (h.gc?.phase === 'done') done = h;
    }
    const printed = Number(summary.stdout.trim());
    expect(revealCollect(printed, done, unreachable).right).toBe(true);
    const miss = revealCollect(printed - 1, done, unreachable);
    expect(miss.right).toBe(false);
    expect(miss.truth).toBe(`gc.collect() returned ${printed}`);
  });

  it('a bare gc.collect(): which objects it finds unreachable (a cycle still reached from a name is not)', () => {
    // CPython 3.11.7 prints 1 for this program with print(gc.collect()) in place of the bare call
    const code = ['import gc', 'class Node:', '    pass', 'a = Node()', 'a.me = a', 'b = Node()', 'b.other = a', 'l = []', 'l.append(l)', 'del a, l', 'gc.collect()', ''].join('\n');
    const { trace, summary } = run(code);
    const q = findQuestions(summary, code).find((k) => k.line === 11)!;
    expect(q.kind).toBe('unreachable');
    const before = trace.stateAt(q.step);
    let unreachable = null;
    for (let s = q.step; s < q.until; s++) if (trace.stateAt(s).gc?.phase === 'move_unreachable') unreachable = trace.stateAt(s);
    const lists = before.objects.filter((o) => o.type === 'list' && o.edges.some((e) => e.to.kind === 'obj' && e.to.id === o.id)).map((o) => o.id);
    const nodes = before.objects.filter((o) => o.type === 'Node').map((o) => o.id);
    expect(lists.length).toBe(1);
    expect(revealUnreachable(lists, before, unreachable).right).toBe(true);
    const wrong = revealUnreachable([...lists, nodes[0]], before, unreachable);
    expect(wrong.right).toBe(false);
    expect(wrong.forgot).toMatch(/Node #\d+ is reachable: b/);
  });

  it('a predict: note pins the lines that ask', () => {
    expect(parsePredictNote('3, 7:frees')).toEqual(new Map([[3, null], [7, 'frees']]));
    const l = parseLesson(readFileSync(fileURLToPath(new URL('../../src/lessons/files/02-getrefcount.py', import.meta.url)), 'utf8'));
    const pins = parsePredictNote(l.predict);
    const { summary } = run(l.code);
    const qs = findQuestions(summary, l.code, pins);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => pins!.has(q.line))).toBe(true);
  });
});
