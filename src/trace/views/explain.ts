// A reference count explained term by term: every reference the record can name, and the
// remainder the interpreter holds (sys.getrefcount's argument, a call in progress...).

import type { HeapState } from '../types';
import { globalName, objId } from './roots';

export interface RefTerm {
  /** who holds the reference */
  holder: string;
  /** the holder object, when it is one */
  holderId: number | null;
  count: number;
}

export interface RefExplanation {
  refcount: number;
  terms: RefTerm[];
  /** references held by the interpreter itself, not shown as edges */
  unexplained: number;
}

export function explainRefcount(s: HeapState, id: number): RefExplanation | null {
  const target = s.objects.find((o) => o.id === id);
  if (target === undefined) return null;
  const terms = new Map<string, RefTerm>();
  const add = (holder: string, holderId: number | null) => {
    const t = terms.get(holder);
    if (t) t.count++;
    else terms.set(holder, { holder, holderId, count: 1 });
  };
  for (const o of s.objects) {
    for (const e of o.edges) {
      if (e.weak || objId(e.to) !== id) continue;
      if (o.id === s.globalsId) add(`global variable ${globalName(e.label)}`, null);
      else add(`${o.type} #${o.id} ${e.label}`, o.id);
    }
  }
  for (const f of s.frames) {
    for (const v of f.vars) if (objId(v.value) === id) add(`local ${v.name} in ${f.name}()`, null);
    for (const v of f.temps) if (objId(v.value) === id) add(`${v.name} in ${f.name}`, null);
  }
  if (s.transient !== null && s.transient.id === id) add('sys.getrefcount\'s own argument (a temporary)', null);
  const list = [...terms.values()];
  const named = list.reduce((n, t) => n + t.count, 0);
  return { refcount: target.refcount, terms: list, unexplained: Math.max(0, target.refcount - named) };
}
