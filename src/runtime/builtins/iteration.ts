
import { type Kw } from '../objects/function';
import { GcState, PyObject, decref, incref } from '../objects/object';
import { callSpecial } from '../eval/special';
import { PyList, newList, newListExact } from '../objects/list';
import { listExtend } from './listExtend';
import { PyBytes } from '../objects/bytes';
import { PyTuple, newTuple, tupleFreeList } from '../objects/tuple';
import { PyInstance } from '../objects/instance';
import { PyRange } from '../objects/descriptors';
import { getIter, iterNext, iterToArray, newIter, recycleResult, STOP, withResultTuple, type Next, type PyIter } from '../objects/iter';
import { pyLen, pyTruthy } from '../eval/protocols';
import { richCompare } from '../eval/compare';
import { listSortPart } from '../parts';
import { profile } from '../versions';
import { binaryOp } from '../eval/ops';
import { callObject } from '../eval/call';
import { typeError, valueError } from '../eval/errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { argParserInit, argParserInitKw, exactArgs, intArg, parseArgs } from '../eval/args';
import { obs } from '../objects/object';
import { def } from './builtins';
import { gcNewAllocated, gcState, hiddenAlloc, hiddenFree } from '../gc/heap';
import { callBoundSpecial } from '../eval/attr';
import { methVarargs, packVarargs } from './methVarargs';
import { WHERE_CALL, enterRecursiveCall, leaveRecursiveCall } from '../eval/ceval/recursion';

def('sorted', (args, kw) => {
  const [iterable, key, reverse] = parseArgs('sorted', args, kw, ['iterable', 'key?', 'reverse?'], { maxPos: 1 });
  // PySequence_List: a new empty list extended by the iterable, then sorted in place
  const l = newListExact([]);
  try {
    listExtend(l, iterable);
  } catch (e) {
    decref(l);
    throw e;
  }
  try {
    // builtin_sorted calls the list's sort method, a bound method it looks up and releases, by
    // vectorcall (cfunction_enter_call's check), passing its keywords on to list_sort's parser
    hiddenAlloc();
    try {
      enterRecursiveCall(WHERE_CALL);
      try {
        if (kw !== null && kw.size > 0) argParserInit('list.sort', 2);
        sortList(l, key ?? null, pyTruthy(reverse ?? false));
      } finally {
        leaveRecursiveCall();
      }
    } finally {
      hiddenFree();
    }
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
});

/** list.sort (Objects/listobject.c list_sort_impl; objects/storage/listSort.ts, loaded on first use) */
export function sortList(l: PyList, key: unknown, reverse: boolean): void {
  if (l.items.length === 0) return;
  listSortPart().listSortImpl(l, key, reverse);
}

function minmax(name: 'min' | 'max', args: unknown[], kw: Kw): unknown {
  // 3.13's min_max parses its keywords with a _PyArg_Parser of its own (no static kwtuple)
  if (profile.minMaxVectorcall) argParserInitKw(name, 2, kw, 'runtime');
  let key: unknown = null;
  let dflt: unknown = undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (args.length === 0) return typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  // iterate (never materialise: max(range(10**9)) must not build a list)
  // several arguments: the args tuple, which only its iterator keeps (3.13 goes through the
  // caller's array: minMaxVectorcall)
  const packed = args.length === 1 || profile.minMaxVectorcall ? null : newTupleBorrowed(args);
  let it: PyObject | null = null;
  try {
    if (args.length === 1 || packed !== null) it = getIter(packed ?? args[0]);
  } finally {
    if (packed !== null) decref(packed);
  }
  let best: unknown = undefined;
  let bestKey: unknown = undefined;
  let i = 0;
  try {
    for (;;) {
      const v = it !== null ? iterNext(it) : i < args.length ? incref(args[i++]) : STOP;
      if (v === STOP) break;
      let k: unknown;
      try {
        k = key === null ? incref(v) : callObject(key, [incref(v)], null); // min_max's val: a reference of its own
      } catch (e) {
        decref(v);
        throw e;
      }
      if (best === undefined) {
        best = v;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        better = truth(richCompare(k, bestKey, name === 'max' ? '>' : '<'));
      } catch (e) {
        decref(v);
        decref(k);
        throw e;
      }
      if (better) {
        decref(best);
        decref(bestKey);
        best = v;
        bestKey = k;
      } else {
        decref(v);
        decref(k);
      }
    }
  } catch (e) {
    decref(best);
    decref(bestKey);
    throw e;
  } finally {
    if (it !== null) decref(it);
  }
  decref(bestKey);
  if (best === undefined) {
    if (dflt !== undefined) return incref(dflt);
    return valueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

function newTupleBorrowed(items: unknown[]): PyTuple {
  return newTuple(items.map(incref));
}

/** min_max is METH_VARARGS | METH_KEYWORDS (3.11): its arguments packed in a tuple and a dict; with
 * several arguments minmax makes that tuple itself (its iterator keeps it); 3.13's vectorcall packs nothing */
function minmaxDef(name: 'min' | 'max'): (args: unknown[], kw: Kw) => unknown {
  const raw = (args: unknown[], kw: Kw): unknown => minmax(name, args, kw);
  const w = (args: unknown[], kw: Kw): unknown => (profile.minMaxVectorcall ? raw(args, kw) : packVarargs(args, kw, () => raw(args, kw), args.length === 1));
  return Object.assign(w, { raw });
}
def('min', minmaxDef('min'));
def('max', minmaxDef('max'));

def('sum', (args, kw) => {
  argParserInitKw('sum', 1, kw); // ('start',): the iterable is positional-only
  const [iterable, start] = parseArgs('sum', args, kw, ['iterable', 'start?']);
  let acc: unknown = start === undefined ? 0 : incref(start);
  if (typeof acc === 'string') typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(iterable);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      const next = binaryOp('+', acc, v);
      decref(acc);
      decref(v);
      acc = next;
    }
  } catch (e) {
    decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  return acc;
});

function anyAll(isAny: boolean) {
  return (args: unknown[]) => {
    exactArgs(isAny ? 'any' : 'all', args, 1);
    const it = getIter(args[0]);
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) return !isAny;
        const t = pyTruthy(v);
        decref(v);
        if (t === isAny) return isAny;
      }
    } finally {
      decref(it);
    }
  };
}
def('any', anyAll(true));
def('all', anyAll(false));

def('enumerate', (args, kw) => {
  const [iterable, start] = parseArgs('enumerate', args, kw, ['iterable', 'start?']);
  const src = getIter(iterable);
  let n = start === undefined ? 0 : intArg(start, 'enumerate');
  return withResultTuple(newIter('enumerate', [src], (it) => {
    const s = it.held[0];
    if (s === undefined) return STOP;
    const v = iterNext(s);
    if (v === STOP) return STOP;
    return recycleResult(it, [n++, v]);
  }), 2);
});

/** zip_next's strict check once argument i ran out: shorter, or is a later one longer? */
function zipStrictCheck(its: unknown[], i: number): void {
  const plural = (k: number): string => (k === 1 ? ' 1' : `s 1-${k}`);
  if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${plural(i)}`);
  for (let k = 1; k < its.length; k++) {
    const v = iterNext(its[k]);
    if (v !== STOP) {
      decref(v);
      valueError(`zip() argument ${k + 1} is longer than argument${plural(k)}`);
    }
  }
}

/**
 * zip_next. The result tuple nobody else holds is refilled item by item (each new item replaces
 * its slot's old one at once; an iterator running out leaves the slots filled so far). Otherwise
 * PyTuple_New(n) comes first, then the items: an iterator running out frees it (items last to
 * first, the tuple to its free list), so the last call of a zip whose tuples were kept allocates too.
 */
function zipNext(it: PyIter, strict: boolean): Next {
  const its = it.held;
  const n = its.length;
  if (n === 0) return STOP;
  const r = it.result!;
  if (r.rc === 1) {
    incref(r);
    for (let i = 0; i < n; i++) {
      let v: Next;
      try {
        v = iterNext(its[i]);
      } catch (e) {
        decref(r);
        throw e;
      }
      if (v === STOP) {
        decref(r);
        if (strict) zipStrictCheck(its, i);
        return STOP;
      }
      const old = r.items[i];
      r.items[i] = v;
      if (obs !== null) obs.mutate(r);
      decref(old);
    }
    // bpo-42536: the collector may have untracked the recycled tuple
    if (r.gcState === GcState.Untracked) gcState.track(r);
    return r;
  }
  const key = tupleFreeList(n);
  hiddenAlloc(key);
  const vals: unknown[] = [];
  const release = (): void => {
    for (let k = vals.length - 1; k >= 0; k--) decref(vals[k]);
    hiddenFree(key);
  };
  for (let i = 0; i < n; i++) {
    let v: Next;
    try {
      v = iterNext(its[i]);
    } catch (e) {
      release();
      throw e;
    }
    if (v === STOP) {
      release();
      if (strict) zipStrictCheck(its, i);
      return STOP;
    }
    vals.push(v);
  }
  return gcNewAllocated(new PyTuple(vals));
}

// zip_new (3.11 zip has no vectorcall): _PyObject_MakeTpCall packs the arguments in a tuple
def('zip', methVarargs((args, kw) => {
  let strict = false;
  if (kw !== null) for (const [k, v] of kw) {
    if (k === 'strict') strict = pyTruthy(v);
    else typeError(`zip() got an unexpected keyword argument '${k}'`);
  }
  // zip_new's ittuple: PyTuple_New(n) made before the iterators, freed with the zip
  const ittuple = tupleFreeList(args.length);
  if (args.length > 0) hiddenAlloc(ittuple);
  const its: unknown[] = [];
  try {
    for (const a of args) its.push(getIter(a));
  } catch (e) {
    for (let i = its.length - 1; i >= 0; i--) decref(its[i]);
    if (args.length > 0) hiddenFree(ittuple);
    throw e;
  }
  if (its.length === 0) return newIter('zip', its, (it) => zipNext(it, strict));
  // the result holder (n Nones), made before the zip object
  const result = newTuple(new Array(its.length).fill(null));
  const z = newIter('zip', its, (it) => zipNext(it, strict));
  z.result = result;
  z.heldTuple = { from: 0, key: ittuple };
  return z;
}));

def('reversed', (args) => {
  exactArgs('reversed', args, 1);
  const v = args[0];
  if (v instanceof PyList) {
    return newIter('list_reverseiterator', [incref(v)], (it) => {
      const l = it.held[0] as PyList | undefined;
      if (l === undefined) return STOP;
      const i = l.items.length - 1 - it.i++;
      if (i < 0) return it.exhaust();
      return incref(l.items[i]);
    });
  }
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__reversed__');
    // reversed_new_impl: _PyObject_LookupSpecial binds __reversed__ (a method object holding v) and calls it
    if (f === null) typeError(`'${v.cls.name}' object is not reversible`);
    if (f !== undefined) return callBoundSpecial(f, v, []);
  } else if (v instanceof PyObject && !(v instanceof PyTuple)) {
    // a native type's __reversed__ (deque, OrderedDict)
    const f = typeOf(v).lookup('__reversed__');
    if (f !== undefined) return callSpecial(f, v, []);
  }
  if (v instanceof PyTuple || typeof v === 'string' || v instanceof PyRange || v instanceof PyInstance || v instanceof PyBytes) {
    const n = pyLen(v);
    const seq = incref(v);
    return newIter('reversed', [seq], (it) => {
      const i = n - 1 - it.i++;
      if (i < 0) return it.exhaust();
      return getItemAt(it.held[0], i);
    });
  }
  return typeError(`'${typeOf(v).name}' object is not reversible`);
});

import { getItem } from '../eval/protocols';
function getItemAt(seq: unknown, i: number): unknown {
  return getItem(seq, i);
}

// map_vectorcall: the iterators go in a tuple (iters) made before the first of them, freed
// (items last to first) before the function when the map is released
def('map', (args) => {
  if (args.length < 2) typeError('map() must have at least two arguments.');
  const key = tupleFreeList(args.length - 1);
  hiddenAlloc(key);
  const its: unknown[] = [];
  try {
    for (const a of args.slice(1)) its.push(getIter(a));
  } catch (e) {
    for (let i = its.length - 1; i >= 0; i--) decref(its[i]);
    hiddenFree(key);
    throw e;
  }
  const m = newIter('map', [incref(args[0]), ...its], (it) => {
    if (it.held.length === 0) return STOP;
    const vals: unknown[] = [];
    for (let i = 1; i < it.held.length; i++) {
      const v = iterNext(it.held[i]);
      if (v === STOP) {
        for (const x of vals) decref(x);
        return STOP;
      }
      vals.push(v);
    }
    // map_next keeps its references to the items while the function (given its own) runs
    try {
      return callObject(it.held[0], vals.map((v) => incref(v)), null);
    } finally {
      for (const v of vals) decref(v);
    }
  });
  m.heldTuple = { from: 1, key };
  return m;
});

def('filter', (args) => {
  exactArgs('filter', args, 2);
  const fn = incref(args[0]);
  const src = getIter(args[1]);
  return newIter('filter', [fn, src], (it) => {
    if (it.held.length === 0) return STOP;
    for (;;) {
      const v = iterNext(it.held[1]);
      if (v === STOP) return STOP;
      const keep = it.held[0] === null ? pyTruthy(v) : truth(callObject(it.held[0], [incref(v)], null));
      if (keep) return v;
      decref(v);
    }
  });
});

function truth(v: unknown): boolean {
  const t = pyTruthy(v);
  decref(v);
  return t;
}
