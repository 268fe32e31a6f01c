// Iterators (list_iterator, dict_keyiterator, ...): heap objects that hold a reference to
// what they iterate, as a `for` loop's hidden temporary does in CPython.

import * as BT from './builtinTypes';
import { GcState, PyObject, decref, incref, isHeap, obs } from './object';
import { PyList } from './list';
import { PyTuple, newTuple } from './tuple';
import { PyDict } from './dict';
import { PySet } from './set';
import { PyInstance } from './instance';
import { PyRange } from './descriptors';
import { gcNew, gcState, hiddenFree, plainNew, checkSize, MAX_SEQUENCE } from '../gc/heap';
import { tickWork } from '../eval/state';
import { PyType } from './typeobject/type';
import { callSpecial } from '../eval/special';
import { PyError, runtimeError, typeError } from '../eval/errors';
import { typeOf } from './typeobject/typeOf';
import { PyWeakRef } from './weakref';
import { proxyTarget } from '../eval/protocols';
import { isSubInstance, isValueSub } from './typeobject/subInstance';
import { userOverride } from '../eval/subclassDispatch';

export const STOP: unique symbol = Symbol('StopIteration');
export type Next = unknown | typeof STOP;

const iterTypes = new Map<string, PyType>();
// made up front: a type made lazily would take an object id in the first run only
for (const k of ['list_iterator', 'tuple_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator',
  'range_iterator', 'str_ascii_iterator', 'iterator', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'list_reverseiterator', 'generator']) {
  iterTypes.set(k, new PyType(k, [BT.T_object], true));
}
function iterType(name: string): PyType {
  let t = iterTypes.get(name);
  if (t === undefined) {
    t = new PyType(name, [BT.T_object], true);
    iterTypes.set(name, t);
  }
  return t;
}

export class PyIter extends PyObject {
  i = 0;
  /** extra references held (zip's iterators, enumerate's source iterator...) */
  held: unknown[];
  /** the result tuple enumerate, zip and dict item iterators recycle (en_result, di_result) */
  result: PyTuple | null = null;
  /**
   * held[from..] live in a tuple RefScope does not make (zip's ittuple, map's iters; `key` its
   * free list): released last to first, the tuple then freed, then held[..from] (map's func)
   */
  heldTuple: { from: number; key: string | null } | null = null;
  constructor(
    public kind: string,
    held: unknown[],
    public step: (it: PyIter) => Next,
    private gc: boolean,
    /** called once when the iterator is released early (generators close their frame) */
    public onRelease: (() => void) | null = null,
  ) {
    super();
    this.held = held;
  }
  get type(): PyType {
    return iterType(this.kind);
  }
  get isGC(): boolean {
    return this.gc;
  }
  next(): Next {
    return this.step(this);
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const h of this.held) if (isHeap(h)) visit(h);
    if (this.result !== null) visit(this.result);
  }
  edges(out: (label: string, o: unknown) => void): void {
    this.held.forEach((h, i) => out(i === 0 ? 'iterating' : `iterating[${i}]`, h));
    if (this.result !== null) out('result', this.result);
  }
  releaseContents(): void {
    const r = this.onRelease;
    this.onRelease = null;
    if (r !== null) r();
    const h = this.held;
    this.held = [];
    const t = this.heldTuple;
    if (t === null) for (const x of h) decref(x);
    else {
      // tupledealloc: the items last to first, then the tuple to its free list
      for (let i = h.length - 1; i >= t.from; i--) decref(h[i]);
      hiddenFree(t.key);
      for (let i = 0; i < t.from; i++) decref(h[i]);
    }
    const res = this.result;
    this.result = null;
    decref(res);
  }
  /** drop what it iterates once exhausted (CPython's iterators do: it_seq = NULL) */
  exhaust(): typeof STOP {
    const h = this.held;
    if (h.length > 0 && this.kind !== 'generator') {
      this.held = [];
      for (const x of h) decref(x);
    }
    return STOP;
  }
}

/** the iterator keeps a result tuple to recycle: PyTuple_Pack(n, None, ...) at creation */
export function withResultTuple(it: PyIter, n: number): PyIter {
  it.result = newTuple(new Array(n).fill(null));
  return it;
}

/**
 * enum_next / dictiter_iternextitem / zip_next: when nobody else holds the last result tuple,
 * refill it in place (so it keeps a reference to the current items) instead of making a new
 * one; a tuple the collector untracked is tracked again (bpo-42536). `items` are stolen.
 */
export function recycleResult(it: PyIter, items: unknown[]): PyTuple {
  const r = it.result;
  if (r !== null && r.rc === 1) {
    incref(r);
    const old = r.items.slice();
    for (let i = 0; i < items.length; i++) r.items[i] = items[i];
    if (obs !== null) obs.mutate(r);
    for (let i = 0; i < old.length; i++) decref(old[i]);
    if (r.gcState === GcState.Untracked) gcState.track(r);
    return r;
  }
  return newTuple(items);
}

/** a new iterator holding `held` (references stolen) */
export function newIter(kind: string, held: unknown[], step: (it: PyIter) => Next, gc = true, onRelease: (() => void) | null = null): PyIter {
  const it = new PyIter(kind, held, step, gc, onRelease);
  return gc ? gcNew(it) : plainNew(it);
}

const listStep = (it: PyIter): Next => {
  const l = it.held[0] as PyList | undefined;
  if (l === undefined || it.i >= l.items.length) return it.exhaust();
  return incref(l.items[it.i++]);
};

const tupleStep = (it: PyIter): Next => {
  const t = it.held[0] as PyTuple | undefined;
  if (t === undefined || it.i >= t.items.length) return it.exhaust();
  return incref(t.items[it.i++]);
};

export function dictIter(d: PyDict, what: 'keys' | 'values' | 'items'): PyIter {
  const version = d.version;
  const kind = what === 'keys' ? 'dict_keyiterator' : what === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
  const iter = newIter(kind, [incref(d)], (it) => {
    const dd = it.held[0] as PyDict | undefined;
    if (dd === undefined) return STOP;
    if (dd.version !== version) {
      it.exhaust();
      return runtimeError('dictionary changed size during iteration');
    }
    while (it.i < dd.capacity && !dd.isLive(it.i)) it.i++;
    if (it.i >= dd.capacity) return it.exhaust();
    const j = it.i++;
    // an OrderedDict's iterator finds each key's node again (odictiter_iternext)
    if (dd.iterStep !== undefined) dd.iterStep(dd.ks[j], what !== 'keys');
    if (what === 'keys') return incref(dd.ks[j]);
    if (what === 'values') return incref(dd.vs[j]);
    return recycleResult(it, [incref(dd.ks[j]), incref(dd.vs[j])]);
  });
  return what === 'items' ? withResultTuple(iter, 2) : iter;
}

function setIter(s: PySet): PyIter {
  const items = s.items();
  const version = s.version;
  return newIter('set_iterator', [incref(s)], (it) => {
    const ss = it.held[0] as PySet | undefined;
    if (ss === undefined) return STOP;
    if (ss.version !== version && ss.used !== items.length) {
      it.exhaust();
      return runtimeError('Set changed size during iteration');
    }
    if (it.i >= items.length) return it.exhaust();
    return incref(items[it.i++]);
  });
}

/** iter(o): a new reference to an iterator */
/** GET_ITER: the iterator of a value the caller owns, which it releases (also on an error) */
export function getIterSteal(o: unknown): PyObject {
  try {
    return getIter(o);
  } finally {
    decref(o);
  }
}

export function getIter(o: unknown): PyObject {
  if (isSubInstance(o)) {
    const f = o.heapType.lookup('__iter__');
    if (f === null) return typeError(`'${o.heapType.name}' object is not iterable`);
    const u = userOverride(o, '__iter__');
    if (u !== undefined) {
      const r = callSpecial(u, o, []);
      if (!(r instanceof PyObject) || (!(r instanceof PyIter) && !(r instanceof PyInstance && r.cls.lookup('__next__') !== undefined))) {
        decref(r);
        typeError(`iter() returned non-iterator of type '${typeOf(r).name}'`);
      }
      return r as PyObject;
    }
  }
  if (isValueSub(o)) o = o.baseValue;
  if (o instanceof PyList) return newIter('list_iterator', [incref(o)], listStep);
  if (o instanceof PyTuple) return newIter('tuple_iterator', [incref(o)], tupleStep);
  if (o instanceof PyDict) return dictIter(o, 'keys');
  if (o instanceof PySet) return setIter(o);
  if (o instanceof PyRange) {
    const r = o;
    const n = r.length;
    return newIter('range_iterator', [], (it) => (it.i < n ? r.at(it.i++) : STOP), false);
  }
  if (typeof o === 'string') {
    const chars = [...o];
    return newIter('str_ascii_iterator', [], (it) => (it.i < chars.length ? chars[it.i++] : STOP), true);
  }
  if (o instanceof PyIter) return incref(o);
  if (o instanceof PyInstance) {
    const f = o.cls.lookup('__iter__');
    // `__iter__ = None` declares the class not iterable (PyObject_GetIter sees no tp_iter)
    if (f === null) return typeError(`'${o.cls.name}' object is not iterable`);
    if (f !== undefined) {
      const r = callSpecial(f, o, []);
      if (!(r instanceof PyObject) || (!(r instanceof PyIter) && !(r instanceof PyInstance && r.cls.lookup('__next__') !== undefined) && (r as { pyNext?: unknown }).pyNext === undefined)) {
        decref(r);
        typeError(`iter() returned non-iterator of type '${typeOf(r).name}'`);
      }
      return r as PyObject;
    }
    const gi = o.cls.lookup('__getitem__');
    if (gi !== undefined) {
      return newIter('iterator', [incref(o)], (it) => {
        try {
          return callSpecial(gi, it.held[0], [it.i++]);
        } catch (e) {
          if (e instanceof PyError && (e.exc.cls === BT.T_IndexError || e.exc.cls.isSubtypeOf(BT.T_StopIteration))) {
            decref(e.exc);
            return it.exhaust();
          }
          throw e;
        }
      });
    }
  }
  if (o instanceof PyObject) {
    const custom = (o as { pyIter?: () => PyObject }).pyIter;
    if (custom) return custom.call(o);
  }
  if (o instanceof PyWeakRef && o.kind === 'proxy') return getIter(proxyTarget(o));
  return typeError(`'${typeOf(o).name}' object is not iterable`);
}

/** next(it): a new reference, or STOP */
export function iterNext(it: unknown): Next {
  tickWork();
  if (it instanceof PyIter) return it.step(it);
  if (it instanceof PyInstance) {
    const f = it.cls.lookup('__next__');
    if (f === undefined) return typeError(`'${it.cls.name}' object is not an iterator`);
    try {
      return callSpecial(f, it, []);
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_StopIteration)) {
        decref(e.exc);
        return STOP;
      }
      throw e;
    }
  }
  const custom = (it as { pyNext?: () => Next } | null)?.pyNext;
  if (custom !== undefined) return custom.call(it);
  return typeError(`'${typeOf(it).name}' object is not an iterator`);
}

/** list(o) as a JS array of new references */
export function iterToArray(o: unknown): unknown[] {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.map(incref);
  if (o instanceof PyRange) checkSize(o.length);
  const it = getIter(o);
  const out: unknown[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      out.push(v);
      if (out.length > MAX_SEQUENCE) checkSize(out.length);
    }
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

/** an iterator whose type a module defines (itertools.chain, _collections._deque_iterator...) */
export class PyTypedIter extends PyIter {
  declare t: PyType;
  constructor(t: PyType, held: unknown[], step: (it: PyIter) => Next, gc: boolean) {
    super(t.name, held, step, gc);
    this.t = t;
  }
  get type(): PyType {
    return this.t;
  }
}

/** a new iterator of type t holding `held` (references stolen) */
export function newTypedIter(t: PyType, held: unknown[], step: (it: PyIter) => Next, gc = true): PyTypedIter {
  const it = new PyTypedIter(t, held, step, gc);
  return gc ? gcNew(it) : plainNew(it);
}
