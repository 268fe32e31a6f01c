// Derived, read-only facts about a heap state for the page: which objects to draw, which are in
// cycles, leaked, hidden as class machinery. Pure functions over trace types and trace views.

import type { HeapState, ObjectState } from '../trace/types';
import { cycles, isTypeMachinery } from '../trace/views/cycles';
import { leakedUntilCollected, objId } from '../trace/views/roots';

/**
 * The state as the page shows it. The trace reports sys.getrefcount's argument in `transient`;
 * when a record leaves it out on the step that reads the count, the caption still names the
 * object, and the temporary is drawn from that (so the +1 is never unexplained on screen).
 */
/** the object a step is about ("list #37 gains a reference"), for a highlight */
export function captionSubject(s: HeapState): number | null {
  return s.subject;
}

export interface HeapFacts {
  byId: Map<number, ObjectState>;
  /** objects in reference cycles (class machinery cycles only when asked) */
  inCycle: Map<number, number>;
  cycleList: number[][];
  /** alive but unreachable from every root: waits for the cyclic collector */
  leaked: Set<number>;
  /** held only by the interpreter itself (gc.callbacks...): not the student's data */
  interpreterHeld: Set<number>;
  /** class machinery: type objects and what only they reach */
  machinery: Set<number>;
  /** incoming strong+weak referrers per object id */
  referrers: Map<number, { from: number; label: string; weak: boolean }[]>;
}

export function heapFacts(s: HeapState, showInternals: boolean): HeapFacts {
  const byId = new Map(s.objects.map((o) => [o.id, o]));
  const referrers = new Map<number, { from: number; label: string; weak: boolean }[]>();
  for (const o of s.objects) {
    for (const e of o.edges) {
      const t = objId(e.to);
      if (t === null) continue;
      let r = referrers.get(t);
      if (r === undefined) referrers.set(t, (r = []));
      r.push({ from: o.id, label: e.label, weak: e.weak });
    }
  }
  const leakedList = leakedUntilCollected(s);
  const interpreterHeld = new Set<number>();
  const leaked = new Set<number>();
  for (const id of leakedList) {
    const o = byId.get(id)!;
    const strongIn = (referrers.get(id) ?? []).filter((r) => !r.weak).length;
    if (o.generation === -1 && (referrers.get(id) ?? []).every((r) => r.from === id)) interpreterHeld.add(id);
    // held by more than the references shown (a container whose edge list was cut short):
    // not provably unreachable, so never called a leak
    else if (o.refcount <= strongIn) leaked.add(id);
  }
  // data reachable from the roots without walking into classes
  const data = new Set<number>();
  const stack: number[] = [];
  const g = byId.get(s.globalsId);
  if (g) for (const e of g.edges) if (!e.weak && objId(e.to) !== null) stack.push(objId(e.to)!);
  for (const f of s.frames) if (!f.suspended) for (const v of [...f.vars, ...f.temps]) if (objId(v.value) !== null) stack.push(objId(v.value)!);
  if (s.garbageId !== null) stack.push(s.garbageId);
  if (s.transient !== null) stack.push(s.transient.id);
  const leakedRoots = [...leaked];
  const walk = () => {
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (data.has(id)) continue;
      const o = byId.get(id);
      if (o === undefined || o.type === 'type') continue;
      data.add(id);
      for (const e of o.edges) {
        if (e.isClassRef) continue;
        const t = objId(e.to);
        if (t !== null && !data.has(t)) stack.push(t);
      }
    }
  };
  walk();
  for (const id of leakedRoots) if (byId.get(id)?.type !== 'type') stack.push(id);
  walk();
  const machinery = new Set<number>();
  for (const o of s.objects) if (!data.has(o.id) && o.id !== s.globalsId && !interpreterHeld.has(o.id)) machinery.add(o.id);
  // a leaked class machinery cycle is machinery, not the student's leak
  for (const id of machinery) leaked.delete(id);

  const cycleList = cycles(s).filter((c) => showInternals || !isTypeMachinery(s, c));
  const inCycle = new Map<number, number>();
  cycleList.forEach((c, i) => c.forEach((id) => inCycle.set(id, i)));
  return { byId, inCycle, cycleList, leaked, interpreterHeld, machinery, referrers };
}
