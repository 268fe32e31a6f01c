// The collector's phases, observed through the engine's event stream on small programs.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/eval/interpreter';
import type { GcPhaseEvent, HeapObserver } from '../../src/runtime/observer';

function gcEvents(src: string): GcPhaseEvent[] {
  const events: GcPhaseEvent[] = [];
  const noop = () => {};
  const obs: HeapObserver = {
    line: noop, alloc: noop, free: noop, rc: noop, mutate: noop, frameEnter: noop, frameExit: noop, frameSuspend: noop, frameResume: noop, local: noop,
    getrefcount: noop, finalizer: noop, weakrefCleared: noop, write: noop, exception: noop,
    gc: (e) => events.push({ ...e, objects: e.objects.slice(), gcRefs: e.gcRefs ? new Map(e.gcRefs) : undefined }),
  };
  const r = run(src, { observer: obs });
  expect(r.exitCode, r.stderr).toBe(0);
  return events;
}

const names = (e: GcPhaseEvent) => e.objects.map((o) => o.type.name).sort();

describe('gc_collect_main, phase by phase', () => {
  const src = `
import gc
gc.disable()
a = []
b = [a]
a.append(b)
keep = [[1]]
del a, b
gc.collect()
`;
  const all = gcEvents(src);
  const first = all.findIndex((e) => e.phase === 'start');
  const phases = all.slice(first, all.findIndex((e, i) => i > first && e.phase === 'done') + 1);

  it('runs the phases in CPython order', () => {
    expect(phases.map((e) => e.phase)).toEqual([
      'start', 'update_refs', 'subtract_refs', 'move_unreachable', 'weakrefs', 'finalize', 'resurrected', 'clear', 'done',
    ]);
  });

  it('update_refs copies each reference count into gc_refs', () => {
    const e = phases.find((p) => p.phase === 'update_refs')!;
    for (const o of e.objects) expect(e.gcRefs!.get(o.id)).toBeGreaterThanOrEqual(1);
  });

  it('subtract_refs leaves a pure cycle at zero and an outside-held list above zero', () => {
    const e = phases.find((p) => p.phase === 'subtract_refs')!;
    const lists = e.objects.filter((o) => o.type.name === 'list');
    const zero = lists.filter((o) => e.gcRefs!.get(o.id) === 0);
    // a and b reference only each other; keep is held by a global (the globals dict is in young,
    // so its own entry is subtracted too: keep reaches 0 as well, and is rescued by reachability)
    expect(zero.length).toBeGreaterThanOrEqual(2);
  });

  it('move_unreachable finds exactly the two lists of the cycle', () => {
    const e = phases.find((p) => p.phase === 'move_unreachable')!;
    expect(names(e)).toEqual(['list', 'list']);
  });

  it('clear reports the number gc.collect() returns', () => {
    const done = phases.find((p) => p.phase === 'done')!;
    expect(done.collected).toBe(2);
  });
});

describe('collector behaviours', () => {
  it('DEBUG_SAVEALL keeps the garbage in gc.garbage', () => {
    const r = run('import gc\ngc.set_debug(gc.DEBUG_SAVEALL)\nx = []\nx.append(x)\ndel x\nprint(gc.collect(), gc.garbage)');
    expect(r.stdout).toBe('1 [[[...]]]\n');
  });

  it('a finalizer that resurrects its object spares it (PEP 442), and runs only once', () => {
    const r = run(`
import gc
saved = []
class G:
    def __del__(self):
        print("del")
        saved.append(self)
g = G()
g.me = g
del g
print(gc.collect())
saved.clear()
print(gc.collect())
`);
    expect(r.stdout).toBe('del\n0\n1\n');
  });

  it('automatic collections follow the generation-0 threshold', () => {
    const r = run(`
import gc, weakref
class A: pass
gc.collect()
gc.set_threshold(10)
a = A(); a.me = a
w = weakref.ref(a)
del a
keep = [A() for i in range(20)]
print(w() is None)
`);
    expect(r.stdout).toBe('True\n');
  });

  it('tuples of atoms are untracked by a collection, dicts only by a full one', () => {
    const r = run(`
import gc
t = tuple([1, 2])
d = {"k": []}
d["k"] = 1
print(gc.is_tracked(t), gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(t), gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(d))
`);
    expect(r.stdout).toBe('True True\nFalse True\nFalse False\n');
  });
});
