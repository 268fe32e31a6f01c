// Objects/listobject.c listsort's pre-sort check: which `<` the sort uses for its keys. Only the
// choices a program can see are followed: unsafe_object_compare (every key of one class: its
// __lt__ called directly, and through PyObject_RichCompareBool again when it returns
// NotImplemented) and unsafe_tuple_compare (non-empty tuples: items compared with == until they
// differ, the first items with the first items' compare). Ints, floats and strs compare inside.

import { PyInstance } from '../instance';
import { PyTuple } from '../tuple';
import { T_tuple } from '../builtinTypes';
import { decref } from '../object';
import { typeOf } from '../typeobject/typeOf';
import { pyEq, pyLt } from '../../eval/compare';
import { NotImplemented, pyTruthy } from '../../eval/protocols';
import { callSpecial } from '../../eval/special';
import type { PyType } from '../typeobject/type';

type KeyLt = (v: unknown, w: unknown) => boolean;

/** the key_compare listsort chooses for these keys (at least two) */
export function keyCompare(keys: unknown[]): KeyLt {
  const inTuples = keys[0] instanceof PyTuple && typeOf(keys[0]) === T_tuple && keys[0].items.length > 0;
  return inTuples ? tupleCompare(keys) : sameTypeCompare(keys, (k) => k);
}

/** unsafe_tuple_compare when every key is a non-empty tuple (exactly), else PyObject_RichCompareBool */
function tupleCompare(keys: unknown[]): KeyLt {
  for (const k of keys) if (!(k instanceof PyTuple) || typeOf(k) !== T_tuple || k.items.length === 0) return pyLt;
  const elemLt = sameTypeCompare(keys, (k) => (k as PyTuple).items[0]);
  return (v, w) => {
    const vt = (v as PyTuple).items;
    const wt = (w as PyTuple).items;
    let i = 0;
    for (; i < vt.length && i < wt.length; i++) if (!pyEq(vt[i], wt[i])) break;
    if (i >= vt.length || i >= wt.length) return vt.length < wt.length;
    return i === 0 ? elemLt(vt[0], wt[0]) : pyLt(vt[i], wt[i]);
  };
}

/** unsafe_object_compare when every key (or first tuple item) is an instance of one class, else the plain `<` */
function sameTypeCompare(keys: unknown[], pick: (k: unknown) => unknown): KeyLt {
  const first = pick(keys[0]);
  if (!(first instanceof PyInstance)) return pyLt;
  const t = typeOf(first);
  for (const k of keys) if (typeOf(pick(k)) !== t) return pyLt;
  return unsafeObjectCompare(t);
}

/**
 * unsafe_object_compare: the class's tp_richcompare (slot_tp_richcompare: its __lt__) called
 * directly; NotImplemented from it, or no __lt__, and PyObject_RichCompareBool does it all again.
 */
function unsafeObjectCompare(t: PyType): KeyLt {
  return (v, w) => {
    if (typeOf(v) !== t) return pyLt(v, w);
    const f = t.lookup('__lt__');
    if (f === undefined) return pyLt(v, w);
    const r = callSpecial(f, v, [w]);
    if (r === NotImplemented) {
      decref(r);
      return pyLt(v, w);
    }
    const res = pyTruthy(r);
    decref(r);
    return res;
  };
}
