// What the itertools objects share: their types (module itertools), making one as a GC-tracked
// iterator over the references it holds, and the result tuple the combinatoric iterators and
// zip_longest reuse while nobody else holds it (product_next and friends, bpo-42536).

import * as BT from '../../objects/builtinTypes';
import { decref, incref, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyTuple, newTuple } from '../../objects/tuple';
import { gcState } from '../../gc/heap';
import { newTypedIter, type Next, type PyIter, type PyTypedIter } from '../../objects/iter';

const types = new Map<string, PyType>();
for (const n of ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'takewhile', 'filterfalse', 'groupby',
  '_grouper', 'islice', 'pairwise', 'starmap', '_tee', '_tee_dataobject', 'zip_longest', 'product', 'permutations', 'combinations',
  'combinations_with_replacement']) {
  types.set(n, new PyType(n, [BT.T_object], true, 'itertools'));
}

export function itType(name: string): PyType {
  return types.get(name)!;
}

/** a new itertools object of the named type holding `held` (stolen) */
export function newItObj(name: string, held: unknown[], step: (it: PyIter) => Next, repr?: (it: PyIter) => string): PyTypedIter {
  const it = newTypedIter(itType(name), held, step, true);
  if (repr !== undefined) (it as unknown as { pyRepr: () => string }).pyRepr = () => repr(it);
  return it;
}

/** drop the reference in slot i of what it holds (Py_CLEAR) */
export function clearSlot(it: PyIter, i: number): void {
  const v = it.held[i];
  it.held[i] = null;
  decref(v);
}

/** replace slot i, stealing v */
export function setSlot(it: PyIter, i: number, v: unknown): void {
  const old = it.held[i];
  it.held[i] = v;
  if (obs !== null) obs.mutate(it);
  decref(old);
}

/**
 * The result tuple kept in slot i: updated in place when only the iterator holds it, else a
 * fresh copy. `items` are borrowed. Returns a new reference to the result.
 */
export function emitResult(it: PyIter, slot: number, items: unknown[]): PyTuple {
  const cur = it.held[slot] as PyTuple | null;
  if (cur !== null && cur.rc === 1 && cur.items.length === items.length && items.length > 0) {
    if (cur.gen === -1) gcState.track(cur);
    const old = cur.items.slice();
    for (let i = 0; i < items.length; i++) cur.items[i] = incref(items[i]);
    if (obs !== null) obs.mutate(cur);
    for (const o of old) decref(o);
    return incref(cur);
  }
  const t = newTuple(items.map(incref));
  setSlot(it, slot, incref(t));
  return t;
}
