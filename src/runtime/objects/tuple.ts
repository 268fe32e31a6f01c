// tuple: immutable sequence; tracked at creation, untracked by the collector when it holds
// only atoms (_PyTuple_MaybeUntrack).

import { profile } from '../versions';
import { PyObject, decrefAllReversed, isHeap } from './object';
import { T_tuple } from './builtinTypes';
import { gcNew, gcState } from '../gc/heap';
import { IMMORTAL_RC, type PyType } from './typeobject/type';

export class PyTuple extends PyObject {
  constructor(public items: unknown[]) {
    super();
  }
  get type(): PyType {
    return T_tuple;
  }
  get isGC(): boolean {
    return true;
  }
  /** tupletraverse visits the items last to first */
  traverse(visit: (o: PyObject) => void): void {
    const it = this.items;
    for (let i = it.length - 1; i >= 0; i--) {
      const v = it[i];
      if (isHeap(v)) visit(v);
    }
  }
  edges(out: (label: string, o: unknown) => void): void {
    this.items.forEach((v, i) => out(`[${i}]`, v));
  }
  /** the length it was made with (kept for the free list after release) */
  get size(): number {
    return this.origSize;
  }
  private origSize = -1;
  releaseContents(): void {
    const it = this.items;
    this.origSize = it.length;
    this.items = [];
    decrefAllReversed(it);
  }
}

/** the empty tuple is a shared, untracked singleton (made eagerly: lazily made objects would
 * take object ids in the first run only, and runs must be deterministic) */
let EMPTY: PyTuple | null = null;
export function initEmptyTuple(): void {
  if (EMPTY === null) {
    EMPTY = new PyTuple([]);
    EMPTY.rc = IMMORTAL_RC;
    (EMPTY as { immortal?: boolean }).immortal = true;
  }
}

/** A new tuple that steals the references in `items`. */
/** the free list a tuple of n items comes from and goes back to (Objects/tupleobject.c: lengths 1..PyTuple_MAXSAVESIZE, 20) */
export function tupleFreeList(n: number): string | null {
  return n >= 1 && n <= 20 ? 'tuple' + n : null;
}

export function newTuple(items: unknown[]): PyTuple {
  const n = items.length;
  if (n === 0) {
    if (EMPTY === null) {
      EMPTY = new PyTuple([]);
      EMPTY.rc = IMMORTAL_RC;
      (EMPTY as { immortal?: boolean }).immortal = true;
    }
    return EMPTY;
  }
  return gcNew(new PyTuple(items), true, tupleFreeList(n));
}

/** BUILD_TUPLE and tuple(): on 3.14 a tuple whose items need no tracking is never tracked */
export function newBuiltTuple(items: unknown[]): PyTuple {
  const t = newTuple(items);
  if (profile.tuplesUntrackedAtCreation && t.gen !== -1 && tupleCanUntrack(t)) gcState.untrack(t);
  return t;
}

/** _PyObject_GC_MAY_BE_TRACKED */
export function mayBeTracked(v: unknown): boolean {
  if (!isHeap(v) || !v.isGC) return false;
  if (v instanceof PyTuple) return v.gen !== -1;
  return true;
}

/** _PyTuple_MaybeUntrack: true when the tuple can leave the collector's lists */
export function tupleCanUntrack(t: PyTuple): boolean {
  for (const v of t.items) if (mayBeTracked(v)) return false;
  return true;
}
