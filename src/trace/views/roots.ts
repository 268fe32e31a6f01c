// Roots of a heap state and what they reach: module globals, live frames' variables and the
// evaluator's temporaries, gc.garbage. Everything else is reachable only through these.

import type { HeapState, ObjectState, ValueView } from '../types';

export interface Root {
  /** how the root is shown: "x" (a global), "f: x" (a local), "for-loop iterator", "gc.garbage" */
  label: string;
  id: number;
  kind: 'global' | 'local' | 'temp' | 'garbage' | 'transient';
}

export function objId(v: ValueView): number | null {
  return v.kind === 'obj' ? v.id : null;
}

export function objectsById(s: HeapState): Map<number, ObjectState> {
  return new Map(s.objects.map((o) => [o.id, o]));
}

export function rootsOf(s: HeapState): Root[] {
  const roots: Root[] = [];
  const byId = objectsById(s);
  const g = byId.get(s.globalsId);
  if (g !== undefined) {
    for (const e of g.edges) {
      const id = objId(e.to);
      if (id !== null && !e.weak) roots.push({ label: globalName(e.label), id, kind: 'global' });
    }
  }
  for (const f of s.frames) {
    // a paused generator's frame is not a root: its variables are the generator's references
    if (f.suspended) continue;
    for (const v of f.vars) {
      const id = objId(v.value);
      if (id !== null) roots.push({ label: `${f.name}: ${v.name}`, id, kind: 'local' });
    }
    for (const v of f.temps) {
      const id = objId(v.value);
      if (id !== null) roots.push({ label: `${f.name}: ${v.name}`, id, kind: 'temp' });
    }
  }
  if (s.garbageId !== null && byId.has(s.garbageId)) roots.push({ label: 'gc.garbage', id: s.garbageId, kind: 'garbage' });
  if (s.transient !== null) roots.push({ label: s.transient.label, id: s.transient.id, kind: 'transient' });
  return roots;
}

/** "['x']" -> "x" */
export function globalName(label: string): string {
  const m = /^\['(.*)'\]$/.exec(label);
  return m ? m[1] : label;
}

/** every object reachable from the roots by strong references */
export function reachableFromRoots(s: HeapState): Set<number> {
  const byId = objectsById(s);
  const seen = new Set<number>();
  const stack: number[] = [];
  if (byId.has(s.globalsId)) stack.push(s.globalsId);
  for (const r of rootsOf(s)) stack.push(r.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    const o = byId.get(id);
    if (o === undefined) continue;
    seen.add(id);
    for (const e of o.edges) {
      if (e.weak) continue;
      const t = objId(e.to);
      if (t !== null && !seen.has(t)) stack.push(t);
    }
  }
  return seen;
}

/** alive (count > 0) yet unreachable from every root: it waits for the cyclic collector */
export function leakedUntilCollected(s: HeapState): number[] {
  const reach = reachableFromRoots(s);
  const typeInternals = classInternals(s);
  // an object is called leaked only when the references shown explain its whole count: a
  // container's shortened edge list, or the interpreter's own references, could hide a holder
  const shown = new Map<number, number>();
  for (const o of s.objects) {
    for (const e of o.edges) {
      const t = objId(e.to);
      if (t !== null && !e.weak) shown.set(t, (shown.get(t) ?? 0) + 1);
    }
  }
  for (const f of s.frames) if (!f.suspended) for (const v of [...f.vars, ...f.temps]) {
    const t = objId(v.value);
    if (t !== null) shown.set(t, (shown.get(t) ?? 0) + 1);
  }
  return s.objects
    .filter((o) => !reach.has(o.id) && !typeInternals.has(o.id) && s.transient?.id !== o.id && (shown.get(o.id) ?? 0) >= o.refcount)
    .map((o) => o.id);
}

/**
 * Objects held by references the record does not show as edges (a class held by its instances
 * and descriptors, a function object held by a call in progress): never reported as leaks
 * while something that is reachable still refers to them implicitly.
 */
function classInternals(s: HeapState): Set<number> {
  const reach = reachableFromRoots(s);
  const byId = objectsById(s);
  const out = new Set<number>();
  for (const o of s.objects) {
    if (!reach.has(o.id)) continue;
    for (const e of o.edges) {
      const t = objId(e.to);
      if (t !== null && e.isClassRef) markAll(t, byId, out);
    }
  }
  return out;
}

function markAll(id: number, byId: Map<number, ObjectState>, out: Set<number>): void {
  const stack = [id];
  while (stack.length) {
    const x = stack.pop()!;
    if (out.has(x)) continue;
    const o = byId.get(x);
    if (!o) continue;
    out.add(x);
    for (const e of o.edges) {
      const t = objId(e.to);
      if (t !== null && !e.weak) stack.push(t);
    }
  }
}
