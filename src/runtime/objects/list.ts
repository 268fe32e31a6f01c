// list: a mutable sequence of references (Objects/listobject.c).

import { PyObject, decrefAllReversed, isHeap, obs } from './object';
import { T_list } from './builtinTypes';
import { gcNew } from '../gc/heap';
import type { PyType } from './typeobject/type';
import { ALLOC_UNKNOWN, exactAlloc, listClearAlloc } from './storage/listResize';

export class PyList extends PyObject {
  /** ob_alloc as listResize.ts follows it (ALLOC_UNKNOWN when RefScope did not) */
  alloc = ALLOC_UNKNOWN;
  /** the item count when `alloc` was last brought up to date */
  sized = 0;
  constructor(public items: unknown[]) {
    super();
  }
  get type(): PyType {
    return T_list;
  }
  get isGC(): boolean {
    return true;
  }
  /** list_traverse visits the items last to first */
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
  /** list_clear: the items are dropped last to first */
  clear(): void {
    const it = this.items;
    this.items = [];
    listClearAlloc(this);
    if (obs !== null) obs.mutate(this);
    decrefAllReversed(it);
  }
  releaseContents(): void {
    const it = this.items;
    this.items = [];
    decrefAllReversed(it);
  }
}

/** A new list that steals the references in `items`. */
export function newList(items: unknown[]): PyList {
  return gcNew(new PyList(items), true, 'list');
}

/** list(): list_vectorcall allocates with PyType_GenericAlloc, never from the free list */
export function newListGenericAlloc(): PyList {
  return exactAlloc(gcNew(new PyList([]), true, null));
}

/** PyList_New(n) filled with `items` (stolen): exactly n slots, as list_slice, list_concat,
 * list_repeat and BUILD_LIST n allocate */
export function newListExact(items: unknown[]): PyList {
  return exactAlloc(newList(items));
}
