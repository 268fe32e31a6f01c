// Why is this object alive: a shortest chain of strong references from a root to it.

import type { HeapState } from '../types';
import { objectsById, objId, rootsOf } from './roots';

export interface PathStep {
  /** object id the reference starts from, or null for the root itself */
  from: number | null;
  /** the root's label (first step) or the edge label */
  label: string;
  to: number;
}

export function whyAlive(s: HeapState, target: number): PathStep[] | null {
  const byId = objectsById(s);
  const prev = new Map<number, PathStep>();
  const queue: number[] = [];
  for (const r of rootsOf(s)) {
    if (prev.has(r.id)) continue;
    prev.set(r.id, { from: null, label: r.label, to: r.id });
    queue.push(r.id);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const id = queue[qi];
    if (id === target) break;
    const o = byId.get(id);
    if (o === undefined) continue;
    for (const e of o.edges) {
      if (e.weak) continue;
      const t = objId(e.to);
      if (t === null || prev.has(t)) continue;
      prev.set(t, { from: id, label: e.label, to: t });
      queue.push(t);
    }
  }
  if (!prev.has(target)) return null;
  const path: PathStep[] = [];
  for (let cur: number | null = target; cur !== null; ) {
    const step: PathStep = prev.get(cur)!;
    path.unshift(step);
    cur = step.from;
  }
  return path;
}
