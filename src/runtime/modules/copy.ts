// The copy module (Lib/copy.py) built natively on the same object graph: copy() and
// deepcopy() with a real memo dict keyed by id() (with _keep_alive's list at memo[id(memo)]),
// __copy__/__deepcopy__, and object.__reduce_ex__(4)'s path for plain instances
// (copyreg.__newobj__, object.__getstate__, _reconstruct's y.__dict__.update(state)): both the
// original's and the copy's attribute dicts are materialised, and the class gains
// __slotnames__, exactly as CPython 3.11 leaves them.

import * as BT from '../objects/builtinTypes';
import { PyModule, PyProperty, PyRange, PySingleton } from '../objects/descriptors';
import { PyBoundMethod, PyBuiltin, PyFunction, BuiltinMethodDescr, builtin, newBoundMethod } from '../objects/function';
import { PyObject, decref, incref, obs } from '../objects/object';
import { PyFloat } from '../objects/float';
import { PyList, newList, newListExact } from '../objects/list';
import { PyBytes } from '../objects/bytes';
import { dictCopy } from '../builtins/methods/dict';
import { setCopy } from '../objects/storage/setOps';
import { listAppendAlloc } from '../objects/storage/listResize';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict, newDict, materialize } from '../objects/dict';
import { PySet, newSet } from '../objects/set';
import { PyInstance, newInstance } from '../objects/instance';
import { PyType } from '../objects/typeobject/type';
import { PyWeakRef } from '../objects/weakref';
import { registerModule } from './registry';
import { parseArgs } from '../eval/args';
import { raise, typeError } from '../eval/errors';
import { callObject } from '../eval/call';
import { getAttr, setAttr } from '../eval/attr';
import { idOf } from '../eval/repr';
import { typeOf } from '../objects/typeobject/typeOf';
import { tickWork } from '../eval/state';

export const T_copy_Error = new PyType('Error', [BT.T_Exception], true, 'copy');

/** what Lib/copy.py treats as atomic (d[t] = _deepcopy_atomic / _copy_immutable) */
function isAtomic(x: unknown): boolean {
  if (x === null || typeof x !== 'object') return true;
  return (
    x instanceof PyFloat || x instanceof PyType || x instanceof PyFunction || x instanceof PyBuiltin ||
    x instanceof BuiltinMethodDescr || x instanceof PyRange || x instanceof PyProperty || x instanceof PySingleton ||
    (x instanceof PyWeakRef && x.kind !== 'proxy') || (x instanceof PyBytes && x.type === BT.T_bytes)
  );
}

/** a class attribute found on the class of an instance (getattr(cls, name, None)) */
function classAttr(x: unknown, name: string): unknown {
  if (!(x instanceof PyInstance)) return undefined;
  return x.cls.lookup(name);
}

/** copyreg._slotnames: caches cls.__slotnames__ in the class dict */
function slotnames(cls: PyType): string[] {
  if (cls.dict !== null) {
    const cached = cls.dict.getStr('__slotnames__');
    if (cached instanceof PyList) return cached.items as string[];
  }
  const names: string[] = [];
  for (const c of cls.mro) {
    if (c.dict === null) continue;
    const sv = c.dict.getStr('__slots__');
    if (sv === undefined) continue;
    const own = typeof sv === 'string' ? [sv] : sv instanceof PyList || sv instanceof PyTuple ? (sv.items as string[]) : [];
    for (const n of own) {
      if (n === '__dict__' || n === '__weakref__') continue;
      if (n.startsWith('__') && !n.endsWith('__')) {
        const stripped = c.name.replace(/^_+/, '');
        names.push(stripped ? `_${stripped}${n}` : n);
      } else names.push(n);
    }
  }
  if (cls.dict !== null) {
    cls.dict.setSteal('__slotnames__', newList(names.slice()));
    if (obs !== null) obs.mutate(cls);
  }
  return names;
}

/** a reduce value: (func, args, state) as CPython's reduce_newobj / set.__reduce__ build them */
interface Reduced {
  make: (args: unknown[]) => unknown;
  args: unknown[];
  /** owned references: the args tuple's items */
  state: unknown;
  /** the slot part of a (dict, slots) state */
  slotState: PyDict | null;
  /** the reduce value itself, held while it is used */
  keep?: unknown;
}

function unsupported(x: unknown, what: string): never {
  return raise(BT.T_NotImplementedError, `copy.${what}() of '${typeOf(x).name}' objects is not supported in RefScope`);
}

/** object.__reduce_ex__(4) for the objects RefScope knows; references in the result are owned */
function reduceEx(x: unknown, what: string): Reduced {
  if (x instanceof PySet && (x.type === BT.T_set || x.type === BT.T_frozenset)) {
    const t = typeOf(x);
    const frozen = x.frozen;
    return {
      make: (args) => newSet((args[0] as PyList).items, frozen),
      args: [newList(x.items().map(incref))],
      state: null,
      slotState: null,
    };
    void t;
  }
  if (x instanceof PyInstance && !x.cls.builtin) {
    const cls = x.cls;
    const base = cls.mro.find((t) => t.builtin && t !== BT.T_object);
    if (base !== undefined) return unsupported(x, what);
    const userReduce = userReduceOf(x);
    if (userReduce !== null) return userReduce;
    const gs = cls.lookup('__getstate__');
    if (gs instanceof PyFunction) {
      // an overridden __getstate__ gives the state as it is (no slot names are looked up)
      const bound = getAttr(x, '__getstate__');
      const st = callObject(bound, [], null);
      decref(bound);
      return { make: () => newInstance(cls), args: [incref(cls)], state: st, slotState: null };
    }
    // object.__getstate__: None for an empty instance dict, else the dict itself (materialised)
    let state: unknown = null;
    const a = x.attrs;
    if (a !== null && a.positions().length > 0) {
      materialize(a);
      if (obs !== null) obs.mutate(x);
      state = incref(a);
    }
    const names = slotnames(cls);
    let slotState: PyDict | null = null;
    if (names.length > 0 && cls.slots !== null && x.slotVals !== null) {
      for (const n of names) {
        const i = cls.slots.indexOf(n);
        const v = i >= 0 ? x.slotVals[i] : undefined;
        if (v === undefined) continue;
        if (slotState === null) slotState = newDict();
        slotState.set(n, v);
      }
    }
    return { make: () => newInstance(cls), args: [incref(cls)], state, slotState };
  }
  return unsupported(x, what);
}

/** a class's own __reduce_ex__ / __reduce__: (callable, args[, state]) */
function userReduceOf(x: PyInstance): Reduced | null {
  let rv: unknown;
  if (x.cls.lookup('__reduce_ex__') instanceof PyFunction) {
    const m = getAttr(x, '__reduce_ex__');
    rv = callObject(m, [4], null);
    decref(m);
  } else if (x.cls.lookup('__reduce__') instanceof PyFunction) {
    const m = getAttr(x, '__reduce__');
    rv = callObject(m, [], null);
    decref(m);
  } else return null;
  if (!(rv instanceof PyTuple) || rv.items.length < 2 || !(rv.items[1] instanceof PyTuple)) {
    decref(rv);
    return raise(BT.T_NotImplementedError, 'copy of an object whose __reduce__ returns this value is not supported in RefScope');
  }
  const [func, args, state] = rv.items;
  const r: Reduced = {
    make: (as) => callObject(incref(func), as.map(incref), null),
    args: (args as PyTuple).items.map(incref),
    state: state === undefined ? null : incref(state),
    slotState: null,
    keep: rv,
  };
  return r;
}

function releaseReduced(r: Reduced): void {
  for (const a of r.args) decref(a);
  decref(r.state);
  decref(r.slotState);
  decref(r.keep);
}

/** _reconstruct(x, memo, func, args, state): memo null for a shallow copy */
function reconstruct(x: unknown, memo: PyDict | null, r: Reduced): unknown {
  let args = r.args;
  if (memo !== null && args.length > 0) args = args.map((a) => deepcopyInto(a, memo));
  let y: unknown;
  try {
    y = r.make(args);
  } finally {
    if (args !== r.args) for (const a of args) decref(a);
  }
  try {
    if (memo !== null) memo.set(idOf(x), y);
    let state = r.state;
    let slotState: PyDict | null = r.slotState;
    if (memo !== null) {
      if (state !== null) state = deepcopyInto(state, memo);
      if (slotState !== null) slotState = deepcopyInto(slotState, memo) as PyDict;
    } else {
      incref(state);
      incref(slotState);
    }
    try {
      if (state !== null && y instanceof PyInstance) {
        const setstate = y.cls.lookup('__setstate__');
        if (setstate !== undefined) decref(callObject(getAttr(y, '__setstate__'), [incref(state)], null));
        else if (state instanceof PyDict) {
          const yd = y.attrs!;
          materialize(yd);
          for (const i of state.positions()) yd.set(state.ks[i], state.vs[i]);
          if (obs !== null) obs.mutate(y);
        }
      }
      if (slotState !== null) for (const i of slotState.positions()) setAttr(y, slotState.ks[i] as string, slotState.vs[i]);
    } finally {
      decref(state);
      decref(slotState);
    }
  } catch (e) {
    decref(y);
    throw e;
  }
  return y;
}

/** _keep_alive: memo[id(memo)] is a list holding every original */
function keepAlive(x: unknown, memo: PyDict): void {
  const k = idOf(memo);
  const l = memo.get(k);
  if (l instanceof PyList) {
    l.items.push(incref(x));
    if (obs !== null) obs.mutate(l);
  } else memo.setSteal(k, newList([incref(x)]));
}

/** deepcopy(x, memo): a new reference */
export function deepcopyInto(x: unknown, memo: PyDict): unknown {
  tickWork();
  const d = idOf(x);
  const hit = memo.get(d);
  if (hit !== undefined) return incref(hit);
  let y: unknown;
  if (isAtomic(x)) y = incref(x);
  else if ((x instanceof PyList && x.type === BT.T_list)) {
    const l = newListExact([]);
    memo.set(d, l);
    y = l;
    for (let i = 0; i < x.items.length; i++) {
      const v = deepcopyInto(x.items[i], memo);
      listAppendAlloc(l); // _deepcopy_list: y.append(...)
      l.items.push(v);
      if (obs !== null) obs.mutate(l);
    }
  } else if ((x instanceof PyTuple && x.type === BT.T_tuple)) {
    const items = x.items.map((a) => deepcopyInto(a, memo));
    const again = memo.get(d);
    if (again !== undefined) {
      for (const v of items) decref(v);
      return incref(again);
    }
    if (items.every((v, i) => v === x.items[i])) {
      for (const v of items) decref(v);
      y = incref(x);
    } else y = newTuple(items);
  } else if (x instanceof PyDict && !x.inline && x.type === BT.T_dict) {
    const nd = newDict();
    memo.set(d, nd);
    y = nd;
    for (const i of x.positions()) {
      if (!x.isLive(i)) continue;
      const k = deepcopyInto(x.ks[i], memo);
      const v = deepcopyInto(x.vs[i], memo);
      nd.setSteal(k, v);
    }
  } else if (x instanceof PyBoundMethod) {
    y = newBoundMethod(incref(x.func), deepcopyInto(x.self, memo));
  } else {
    const own = x instanceof PyInstance ? hasDeepcopy(x) : false;
    if (own) {
      const copier = getAttr(x, '__deepcopy__');
      y = callObject(copier, [incref(memo)], null);
      decref(copier);
    } else {
      const r = reduceEx(x, 'deepcopy');
      try {
        y = reconstruct(x, memo, r);
      } finally {
        releaseReduced(r);
      }
    }
  }
  if (y !== x) {
    memo.set(d, y);
    keepAlive(x, memo);
  }
  return y;
}

function hasDeepcopy(x: PyInstance): boolean {
  if (x.cls.lookup('__deepcopy__') !== undefined) return true;
  return x.attrs !== null && x.attrs.getStr('__deepcopy__') !== undefined;
}

/** copy.copy(x): a new reference */
export function shallowCopy(x: unknown): unknown {
  if (isAtomic(x) || (x instanceof PyTuple && x.type === BT.T_tuple) || (x instanceof PySet && x.type === BT.T_frozenset)) return incref(x);
  if ((x instanceof PyList && x.type === BT.T_list)) return newListExact(x.items.map(incref)); // list.copy
  if (x instanceof PyDict && !x.inline && x.type === BT.T_dict) {
    return dictCopy(x); // dict.copy
  }
  if (x instanceof PySet && x.type === BT.T_set) return setCopy(x); // set.copy
  const copier = classAttr(x, '__copy__');
  if (copier !== undefined) return callObject(incref(copier), [incref(x)], null);
  const r = reduceEx(x, 'copy');
  try {
    return reconstruct(x, null, r);
  } finally {
    releaseReduced(r);
  }
}

registerModule('copy', () => {
  const m = new PyModule('copy');
  m.attrs.set('copy', builtin('copy', (args, kw) => {
    const [x] = parseArgs('copy', args, kw, ['x']);
    return shallowCopy(x);
  }, 'copy'));
  m.attrs.set('deepcopy', builtin('deepcopy', (args, kw) => {
    const [x, memoArg] = parseArgs('deepcopy', args, kw, ['x', 'memo?', '_nil?']);
    if (memoArg !== undefined && memoArg !== null) {
      if (!(memoArg instanceof PyDict)) return typeError('RefScope: copy.deepcopy() needs a dict as its memo');
      return deepcopyInto(x, memoArg);
    }
    const memo = newDict();
    try {
      return deepcopyInto(x, memo);
    } finally {
      decref(memo);
    }
  }, 'copy'));
  m.attrs.set('Error', T_copy_Error);
  m.attrs.set('error', T_copy_Error);
  return m;
});

void PyObject;
void PyModule;
