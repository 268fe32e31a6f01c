// set and frozenset methods (Objects/setobject.c).

import { T_set, T_frozenset } from '../../objects/builtinTypes';
import { method } from '../../objects/function';
import { PySet, newSet } from '../../objects/set';
import { decref, incref } from '../../objects/object';
import { iterToArray } from '../../objects/iter';
import { keyError } from '../../eval/errors';
import { exactArgs } from '../../eval/args';

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
  method(T, 'union', releasing((s: PySet, args) => {
    const r = newSet(s.items(), s.frozen);
    for (const o of others(args)) for (const k of o) r.add(k);
    return r;
  }));
  method(T, 'intersection', releasing((s: PySet, args) => {
    let keep = s.items();
    for (const o of others(args)) {
      const tmp = newSet(o);
      keep = keep.filter((k) => tmp.has(k));
      decref(tmp);
    }
    return newSet(keep, s.frozen);
  }));
  method(T, 'difference', releasing((s: PySet, args) => {
    let keep = s.items();
    for (const o of others(args)) {
      const tmp = newSet(o);
      keep = keep.filter((k) => !tmp.has(k));
      decref(tmp);
    }
    return newSet(keep, s.frozen);
  }));
  method(T, 'symmetric_difference', releasing((s: PySet, args) => {
    exactArgs('symmetric_difference', args, 1);
    const [o] = others(args);
    const tmp = newSet(o);
    const r = newSet(s.items().filter((k) => !tmp.has(k)), s.frozen);
    for (const k of tmp.items()) if (!s.has(k)) r.add(k);
    decref(tmp);
    return r;
  }));
  method(T, 'issubset', releasing((s: PySet, args) => {
    exactArgs('issubset', args, 1);
    const tmp = newSet(others(args)[0]);
    const r = s.items().every((k) => tmp.has(k));
    decref(tmp);
    return r;
  }));
  method(T, 'issuperset', releasing((s: PySet, args) => {
    exactArgs('issuperset', args, 1);
    return others(args)[0].every((k) => s.has(k));
  }));
  method(T, 'isdisjoint', releasing((s: PySet, args) => {
    exactArgs('isdisjoint', args, 1);
    return !others(args)[0].some((k) => s.has(k));
  }));
  method(T, 'copy', (s: PySet) => newSet(s.items(), s.frozen));
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
method(T_set, 'update', releasing((s: PySet, args) => {
  for (const o of others(args)) for (const k of o) s.add(k);
  return null;
}));
method(T_set, 'intersection_update', releasing((s: PySet, args) => {
  for (const o of others(args)) {
    const tmp = newSet(o);
    for (const k of s.items()) if (!tmp.has(k)) s.discard(k);
    decref(tmp);
  }
  return null;
}));
method(T_set, 'difference_update', releasing((s: PySet, args) => {
  for (const o of others(args)) for (const k of o) s.discard(k);
  return null;
}));
