// Derived views: on hand-built states, and on traces of corpus-style programs.

import { describe, expect, it } from 'vitest';
import { cycles } from '../../src/trace/views/cycles';
import { leakedUntilCollected, reachableFromRoots, rootsOf } from '../../src/trace/views/roots';
import { whyAlive } from '../../src/trace/views/whyAlive';
import { explainRefcount } from '../../src/trace/views/explain';
import { recordRun } from '../../src/trace/record';
import type { EdgeState, HeapState, ObjectState } from '../../src/trace/types';

const ref = (label: string, id: number, weak = false): EdgeState => ({ label, to: { kind: 'obj', id }, weak });

function obj(id: number, type: string, refcount: number, edges: EdgeState[]): ObjectState {
  return { id, type, address: '0x' + id, refcount, generation: 0, finalized: false, edges, truncated: false, length: -1 };
}

/** globals {a: 2, w: 5}; 2 -> 3; 3 -> 2 (a cycle reached from a); 4 <-> 4 (self-loop, unreachable); 5 weak -> 4 */
function handBuilt(): HeapState {
  return {
    step: 0, grain: 'line', line: 1, caption: '', subject: null, globalsId: 1, garbageId: null, transient: null, stdout: '', stderr: '', gc: null,
    frames: [{ id: 1, name: 'f', line: 3, vars: [{ name: 'loc', value: { kind: 'obj', id: 3 } }], temps: [] }],
    objects: [
      obj(1, 'dict', 1, [ref("['a']", 2), ref("['w']", 5)]),
      obj(2, 'list', 2, [ref('[0]', 3)]),
      obj(3, 'dict', 2, [ref("['back']", 2)]),
      obj(4, 'list', 1, [ref('[0]', 4)]),
      obj(5, 'ReferenceType', 1, [ref('referent', 4, true)]),
    ],
  };
}

describe('views on a hand-built heap', () => {
  const s = handBuilt();
  it('roots: globals and frame variables', () => {
    expect(rootsOf(s).map((r) => [r.label, r.id])).toEqual([['a', 2], ['w', 5], ['f: loc', 3]]);
  });
  it('reachability ignores weak edges', () => {
    expect([...reachableFromRoots(s)].sort()).toEqual([1, 2, 3, 5]);
  });
  it('cycles: strongly connected components and self-loops', () => {
    expect(cycles(s)).toEqual([[2, 3], [4]]);
  });
  it('leaked until collected: alive, unreachable', () => {
    expect(leakedUntilCollected(s)).toEqual([4]);
  });
  it('why alive: the shortest chain from a root', () => {
    expect(whyAlive(s, 3)!.map((p) => p.label)).toEqual(['f: loc']);
    expect(whyAlive(s, 2)!.map((p) => p.label)).toEqual(['a']);
    expect(whyAlive(s, 4)).toBeNull();
  });
  it('a count explained term by term', () => {
    const e = explainRefcount(s, 3)!;
    expect(e.terms.map((t) => t.holder)).toEqual(["list #2 [0]", 'local loc in f()']);
    expect(e.unexplained).toBe(0);
    expect(explainRefcount(s, 2)!.terms.map((t) => t.holder)).toEqual(['global variable a', "dict #3 ['back']"]);
  });
});

describe('views on recorded programs', () => {
  const src = `import gc
a = {}
b = {}
a["ref"] = b
b["ref"] = a
del a, b
n = gc.collect()
print(n)`;
  const { trace } = recordRun(src);
  const at = (line: number) => {
    for (let s = 0; s < trace.stepCount; s++) if (trace.grainOf(s) === 'line' && trace.lineOf(s) === line) return trace.stateAt(s);
    throw new Error('no line ' + line);
  };

  it('after del a, b the pair is a cycle and leaked until collected', () => {
    const s = at(7);
    const dicts = s.objects.filter((o) => o.type === 'dict' && o.id !== s.globalsId).map((o) => o.id);
    expect(dicts.length).toBe(2);
    expect(cycles(s)).toContainEqual(dicts.sort((x, y) => x - y));
    expect(leakedUntilCollected(s).sort()).toEqual(dicts.sort());
  });

  it('after gc.collect() the cycle is gone', () => {
    const s = at(8);
    expect(s.objects.filter((o) => o.type === 'dict' && o.id !== s.globalsId)).toEqual([]);
    expect(leakedUntilCollected(s)).toEqual([]);
  });

  it("explains sys.getrefcount's +1 as the argument's temporary", () => {
    const t = recordRun('import sys\nx = []\nprint(sys.getrefcount(x))').trace;
    for (let s = 0; s < t.stepCount; s++) {
      const st = t.stateAt(s);
      if (!st.transient) continue;
      const e = explainRefcount(st, st.transient.id)!;
      expect(e.refcount).toBe(2);
      expect(e.terms.map((x) => x.holder)).toEqual(['global variable x', "sys.getrefcount's own argument (a temporary)"]);
      return;
    }
    throw new Error('no transient step');
  });
});
