// set and frozenset methods (Objects/setobject.c).

import { T_set, T_frozenset } from '../../objects/builtinTypes';
import { method } from '../../objects/function';
import { methodVarargs } from '../methVarargs';
import { PySet, newSet } from '../../objects/set';
import { decref, incref } from '../../objects/object';
import { getIter, iterNext, iterToArray, STOP } from '../../objects/iter';
import { keyError } from '../../eval/errors';
import { exactArgs } from '../../eval/args';
import {
  makeNewSet, setCopy, setDifferenceMulti, setDifferenceUpdateInternal, setIntersectionMulti, setIntersectionUpdate,
  setSymmetricDifference, setSymmetricDifferenceUpdate, setUpdateInternal,
} from '../../objects/storage/setOps';
import { T_frozenset as FROZENSET } from '../../objects/builtinTypes';
import { typeOf } from '../../objects/typeobject/typeOf';

/** the members of each argument; references made here are released after the call */
let pending: unknown[][] = [];
function others(args: unknown[]): unknown[][] {
  return args.map((a) => {
    if (a instanceof PySet) return a.items();
    const arr = iterToArray(a);
    pending.push(arr);
    return arr;
  });
}

function releasing<T extends (s: PySet, args: unknown[]) => unknown>(fn: T): T {
  return ((s: PySet, args: unknown[]) => {
    const saved = pending;
    pending = [];
    try {
      return fn(s, args);
    } finally {
      for (const arr of pending) for (const x of arr) decref(x);
      pending = saved;
    }
  }) as T;
}

for (const T of [T_set, T_frozenset]) {
  // set_union: a copy, updated by each other iterable
  // set_union, set_intersection_multi, set_difference_multi, set_update... are METH_VARARGS
  method(T, 'union', methodVarargs((s: PySet, args) => {
    const r = setCopy(s);
    try {
      for (const o of args) if (o !== s) setUpdateInternal(r, o);
    } catch (e) {
      decref(r);
      throw e;
    }
    return r;
  }));
  method(T, 'intersection', methodVarargs((s: PySet, args) => setIntersectionMulti(s, args)));
  method(T, 'difference', methodVarargs((s: PySet, args) => setDifferenceMulti(s, args)));
  method(T, 'symmetric_difference', (s: PySet, args) => {
    exactArgs('symmetric_difference', args, 1);
    return setSymmetricDifference(s, args[0]);
  });
  // METH_O: set_issubset, set_issuperset, set_isdisjoint
  method(T, 'issubset', (s: PySet, args) => {
    exactArgs('issubset', args, 1);
    return setIssubset(s, args[0]);
  });
  method(T, 'issuperset', (s: PySet, args) => {
    exactArgs('issuperset', args, 1);
    const other = args[0];
    if (other instanceof PySet) return setIssubset(other, s);
    return !anyIterated(other, (k) => !s.has(k));
  });
  method(T, 'isdisjoint', (s: PySet, args) => {
    exactArgs('isdisjoint', args, 1);
    let other = args[0];
    if (s === other) return s.used === 0;
    if (other instanceof PySet && (typeOf(other) === T_set || typeOf(other) === FROZENSET)) {
      let so = s;
      if (other.used > so.used) [so, other] = [other, so];
      for (const [k, h] of (other as PySet).entries()) if (containsHeld(so, k, h)) return false;
      return true;
    }
    return !anyIterated(other, (k) => s.has(k));
  });
  // frozenset_copy: an exact frozenset is its own copy
  method(T, 'copy', (s: PySet) => (s.frozen && typeOf(s) === FROZENSET ? incref(s) : setCopy(s)));
}

method(T_set, 'add', releasing((s: PySet, args) => {
  exactArgs('set.add', args, 1);
  s.add(args[0]);
  return null;
}));
method(T_set, 'discard', releasing((s: PySet, args) => {
  exactArgs('set.discard', args, 1);
  s.discard(args[0]);
  return null;
}));
method(T_set, 'remove', releasing((s: PySet, args) => {
  exactArgs('set.remove', args, 1);
  if (!s.discard(args[0])) keyError(args[0]);
  return null;
}));
method(T_set, 'pop', releasing((s: PySet, args) => {
  exactArgs('set.pop', args, 0);
  const items = s.items();
  if (items.length === 0) keyError('pop from an empty set');
  const k = incref(items[0]);
  s.discard(k);
  return k;
}));
method(T_set, 'clear', (s: PySet) => {
  PySet.prototype.clear.call(s);
  return null;
});
method(T_set, 'update', methodVarargs((s: PySet, args) => {
  for (const o of args) setUpdateInternal(s, o);
  return null;
}));
method(T_set, 'intersection_update', methodVarargs((s: PySet, args) => {
  setIntersectionUpdate(s, args);
  return null;
}));
method(T_set, 'difference_update', methodVarargs((s: PySet, args) => {
  for (const o of args) setDifferenceUpdateInternal(s, o);
  return null;
}));
method(T_set, 'symmetric_difference_update', (s: PySet, args) => {
  exactArgs('symmetric_difference_update', args, 1);
  setSymmetricDifferenceUpdate(s, args[0]);
  return null;
});

/** set_contains_entry with the key held (Py_INCREF around it) */
function containsHeld(so: PySet, k: unknown, h: number | bigint): boolean {
  incref(k);
  try {
    return so.findSlot(k, h) >= 0;
  } finally {
    decref(k);
  }
}

/** set_issubset: a non-set other becomes a set first (make_new_set); each entry looked up with its stored hash */
function setIssubset(so: PySet, other: unknown): boolean {
  if (!(other instanceof PySet)) {
    const tmp = makeNewSet(false, other);
    try {
      return setIssubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (so.used > other.used) return false;
  for (const [k, h] of so.entries()) if (!containsHeld(other, k, h)) return false;
  return true;
}

/** PyIter_Next over other until test(item) holds (each item released as it goes) */
function anyIterated(other: unknown, test: (k: unknown) => boolean): boolean {
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === STOP) return false;
      try {
        if (test(k)) return true;
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}
