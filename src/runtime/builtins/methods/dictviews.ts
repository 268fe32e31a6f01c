// The set operations of dict_keys and dict_items (Objects/dictobject.c: dictviews_to_set,
// dictviews_sub, _PyDictView_Intersect, dictviews_or, dictviews_xor, dictviews_isdisjoint).
// A keys view of an exact dict becomes a set through the dict itself (set_update_internal's dict
// fast path: the stored hashes, no __hash__ call); anything else is iterated and hashed.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref } from '../../objects/object';
import { PySet } from '../../objects/set';
import { PyTuple } from '../../objects/tuple';
import { method } from '../../objects/function';
import { typeOf } from '../../objects/typeobject/typeOf';
import { getIter, iterNext, STOP } from '../../objects/iter';
import {
  makeNewSet, setDifferenceUpdateInternal, setIntersectionMulti, setSymmetricDifferenceUpdate, setUpdateInternal,
} from '../../objects/storage/setOps';
import { pyLen, NotImplemented } from '../../eval/protocols';
import { pyEq } from '../../eval/compare';
import { exactArgs } from '../../eval/args';
import { packVarargs } from '../methVarargs';
import { PyDictView } from './dict';
import { dictitemsXor } from './dictitemsXor';

type SetOp = '&' | '|' | '-' | '^';

/** PyDictViewSet_Check: a keys or items view */
function isViewSet(o: unknown): o is PyDictView {
  return o instanceof PyDictView && o.kind !== 'values';
}

/** dictviews_to_set: PySet_New of the exact dict behind a keys view, else of the operand */
function dictviewsToSet(self: unknown): PySet {
  let left = self;
  if (self instanceof PyDictView && self.kind === 'keys' && typeOf(self.dict) === BT.T_dict) left = self.dict;
  return makeNewSet(false, left);
}

/** result.<name>(other) as PyObject_CallMethodOneArg calls it: a METH_VARARGS method (its tuple) */
function callSetMethod(result: PySet, other: unknown, run: () => void): void {
  packVarargs([other], null, run);
}

/** dictkeys_contains / dictitems_contains */
function viewContains(v: PyDictView, key: unknown): boolean {
  if (v.kind === 'keys') return v.dict.has(key);
  if (!(key instanceof PyTuple) || key.items.length !== 2) return false;
  const found = v.dict.get(key.items[0]);
  if (found === undefined) return false;
  incref(found);
  try {
    return found === key.items[1] || pyEq(found, key.items[1]);
  } finally {
    decref(found);
  }
}

/** _PyDictView_Intersect */
function dictviewIntersect(self: unknown, other: unknown): unknown {
  // the interpreter swaps the operands when the view is on the right of &
  if (!isViewSet(self)) [self, other] = [other, self];
  let view = self as PyDictView;
  const lenSelf = view.dict.used;
  // a set at least as large: its intersection method does the work
  if (other instanceof PySet && typeOf(other) === BT.T_set && lenSelf <= pyLen(other)) {
    let r: unknown;
    packVarargs([view], null, () => {
      r = setIntersectionMulti(other as PySet, [view]);
    });
    return r;
  }
  // a larger view on the other side: iterate the smaller one
  if (isViewSet(other) && other.dict.used > lenSelf) [view, other] = [other, view];
  const result = makeNewSet(false, undefined);
  try {
    const it = getIter(other);
    try {
      for (;;) {
        const key = iterNext(it);
        if (key === STOP) break;
        try {
          if (viewContains(view, key)) result.add(key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictviews_sub, dictviews_or, dictviews_xor: a set of the left operand, updated by the right */
function dictviewsOp(op: SetOp, self: unknown, other: unknown): unknown {
  if (op === '&') return dictviewIntersect(self, other);
  if (op === '^' && self instanceof PyDictView && self.kind === 'items' && other instanceof PyDictView && other.kind === 'items') {
    return dictitemsXor(self.dict, other.dict);
  }
  const result = dictviewsToSet(self);
  try {
    if (op === '|') setUpdateInternal(result, other);
    else if (op === '-') callSetMethod(result, other, () => setDifferenceUpdateInternal(result, other));
    else callSetMethod(result, other, () => setSymmetricDifferenceUpdate(result, other));
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

const OPS = new Set(['&', '|', '-', '^']);

/** the views' nb_and, nb_or, nb_subtract, nb_xor: called with the operands in their order */
(PyDictView.prototype as unknown as { pyBinaryOp: unknown }).pyBinaryOp = function (this: PyDictView, op: string, other: unknown, reflected: boolean): unknown {
  if (this.kind === 'values' || !OPS.has(op)) return NotImplemented;
  return reflected ? dictviewsOp(op as SetOp, other, this) : dictviewsOp(op as SetOp, this, other);
};

/** dictviews_isdisjoint: the shorter operand iterated when the other is a set or a view, each item
 * looked up in the other with PySequence_Contains */
function isdisjoint(self: PyDictView, args: unknown[]): boolean {
  exactArgs('isdisjoint', args, 1);
  let container: unknown = self;
  let other = args[0];
  if (self === other) return self.dict.used === 0;
  if (other instanceof PySet || isViewSet(other)) {
    if (pyLen(other) > self.dict.used) [container, other] = [other, container];
  }
  const it = getIter(other);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === STOP) return true;
      try {
        const found = container instanceof PyDictView ? viewContains(container, item) : (container as PySet).has(item);
        if (found) return false;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

for (const t of [BT.T_dict_keys, BT.T_dict_items]) {
  method(t, 'isdisjoint', (self: PyObject, args) => isdisjoint(self as PyDictView, args));
}
