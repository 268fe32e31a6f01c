// list: a mutable sequence of references (Objects/listobject.c).

import { PyObject, decrefAllReversed, isHeap, obs } from './object';
import { T_list } from './builtinTypes';
import { gcNew } from '../gc/heap';
import type { PyType } from './typeobject/type';

export class PyList extends PyObject {
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
