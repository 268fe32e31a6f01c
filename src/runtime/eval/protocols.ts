// The abstract object protocols (Objects/abstract.c): truth, hash, length, items, containment.
// Attribute access lives in attr.ts, iteration in iter.ts, arithmetic in ops.ts.

import * as BT from '../objects/builtinTypes';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { complexPart } from '../parts';
import { PyObject, decref, incref } from '../objects/object';
import { PyList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PyInstance } from '../objects/instance';
import { PyRange, PySingleton, PySlice } from '../objects/descriptors';
import { hashAtom, hashPointer, hashTupleLanes } from '../objects/hash';
import { callSpecial } from './special';
import { indexError, keyError, raise, typeError } from './errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { PyWeakRef } from '../objects/weakref';
import { newListExact } from '../objects/list';
import { listAssSliceAlloc, listResize } from '../objects/storage/listResize';
import { pyEq } from './compare';
import { baseValueOf, isSubInstance, isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from './subclassDispatch';

export const NotImplemented = new PySingleton('NotImplemented', BT.T_NotImplementedType);
export const Ellipsis = new PySingleton('Ellipsis', BT.T_ellipsis);

/** PyObject_IsTrue */
export function pyTruthy(v: unknown): boolean {
  if (isSubInstance(v)) {
    const b = userOverride(v, '__bool__');
    if (b !== undefined) return callSpecial(b, v, []) === true;
    const l = userOverride(v, '__len__');
    if (l !== undefined) return pyLen(v) > 0;
    v = baseValueOf(v);
  }
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
    case 'object':
      if (v === null) return false;
      if (v instanceof PyFloat) return v.v !== 0;
      if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
      if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
      if (v instanceof PyDict) return v.used > 0;
      if (v instanceof PySet) return v.used > 0;
      if (v instanceof PyInstance) {
        const b = v.cls.lookup('__bool__');
        if (b !== undefined) {
          const r = callSpecial(b, v, []);
          if (typeof r !== 'boolean') typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
          return r as boolean;
        }
        const l = v.cls.lookup('__len__');
        if (l !== undefined) return pyLen(v) > 0;
        return true;
      }
      if (v instanceof PyRange) return v.length > 0;
      if (v instanceof PyWeakRef && v.kind === 'proxy') return pyTruthy(proxyTarget(v));
      if ((v as { pyLen?: () => number }).pyLen !== undefined) return pyLen(v) > 0;
      return true;
  }
  return true;
}

export function proxyTarget(p: PyWeakRef): PyObject {
  if (p.referent === null) {
    const { raise } = errorsModule;
    return raise(BT.T_ReferenceError, 'weakly-referenced object no longer exists');
  }
  return p.referent;
}
import * as errorsModule from './errors';

/** PyObject_Hash */
export function pyHash(v: unknown): number | bigint {
  if (isSubInstance(v)) {
    const f = v.heapType.lookup('__hash__');
    if (f === null) typeError(`unhashable type: '${v.heapType.name}'`);
    const u = userOverride(v, '__hash__');
    if (u !== undefined) return pyHashResult(callSpecial(u, v, []));
    if (isValueSub(v)) return pyHash(v.baseValue);
  }
  const h = hashAtom(v);
  if (h !== undefined) return h;
  if (v instanceof PyComplex) return complexPart().complexHash(v);
  if (v instanceof PyTuple) return hashTupleLanes(v.items.map(pyHash));
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__hash__');
    if (f === null) typeError(`unhashable type: '${v.cls.name}'`);
    // a Python __hash__, or a native one of a module's base class (enum's)
    if (f !== undefined && ((f as { owner?: unknown }).owner === undefined || (f as { owner: { module: string } }).owner.module !== 'builtins')) {
      const r = callSpecial(f, v, []);
      if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
        decref(r);
        typeError('__hash__ method should return an integer');
      }
      const n = typeof r === 'boolean' ? +r : (r as number | bigint);
      return n === -1 ? -2 : n;
    }
    return hashPointer(v);
  }
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen) || v instanceof PySlice) {
    typeError(`unhashable type: '${typeOf(v).name}'`);
  }
  if (v instanceof PySet) {
    // frozenset_hash, simplified: order-independent combination
    let acc = 0;
    for (const k of v.items()) acc = (acc ^ Number(BigInt.asIntN(32, BigInt(pyHash(k))))) >>> 0;
    return acc;
  }
  if (v instanceof PyWeakRef) {
    if (v.hashCache === undefined) {
      if (v.referent === null) typeError('weak object has gone away');
      v.hashCache = pyHash(v.referent);
    }
    return v.hashCache as number | bigint;
  }
  const own = (v as { pyHashValue?: () => number | bigint }).pyHashValue;
  if (own !== undefined) return own.call(v);
  if (v instanceof PyObject) return hashPointer(v);
  return 0;
}

/** len() */
export function pyLen(v: unknown): number {
  if (isSubInstance(v)) {
    const f = userOverride(v, '__len__');
    if (f !== undefined) return lenResult(callSpecial(f, v, []));
  }
  return pyLenBase(v);
}

/** the base type's own slot, whatever a subclass overrides */
export function pyLenBase(v: unknown): number {
  v = baseValueOf(v);
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.used;
  if (v instanceof PySet) return v.used;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyObject) {
    const l = (v as { pyLen?: () => number }).pyLen;
    if (l) return l.call(v);
  }
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__len__');
    if (f !== undefined) {
      const r = callSpecial(f, v, []);
      if (typeof r !== 'number') {
        decref(r);
        typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
      }
      if ((r as number) < 0) errorsModule.valueError('__len__() should return >= 0');
      return r as number;
    }
  }
  if (v instanceof PyWeakRef && v.kind === 'proxy') return pyLen(proxyTarget(v));
  return typeError(`object of type '${typeOf(v).name}' has no len()`);
}

/** an index for sequences: int or bool (or __index__) */
const SSIZE_MAX = 2n ** 63n - 1n;

/** PyNumber_AsSsize_t(n, PyExc_OverflowError): an int past Py_ssize_t (a repeat count) is an OverflowError */
export function asSsize(n: number | bigint | boolean): number {
  if (typeof n === 'bigint' && (n > SSIZE_MAX || n < -SSIZE_MAX - 1n)) raise(BT.T_OverflowError, "cannot fit 'int' into an index-sized integer");
  return Number(n);
}

export function asIndex(v: unknown, what = 'indices'): number {
  if (isValueSub(v) && typeof v.baseValue !== 'object') v = v.baseValue;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__index__');
    if (f !== undefined) {
      const r = callSpecial(f, v, []);
      if (typeof r === 'number' || typeof r === 'bigint' || typeof r === 'boolean') return asIndex(r, what);
      decref(r);
      typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
  return typeError(`${what} must be integers or slices, not ${typeOf(v).name}`);
}

/** normalise a sequence index, raising IndexError with the type's message */
export function seqIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) indexError(`${what} index out of range`);
  return j;
}

/** PySlice_GetIndicesEx + slicelength */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const step = s.step === null ? 1 : asIndex(s.step, 'slice indices');
  if (step === 0) errorsModule.valueError('slice step cannot be zero');
  const clamp = (v: unknown, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    let i = asIndex(v, 'slice indices');
    if (i < 0) i += n;
    return i < lo ? lo : i > hi ? hi : i;
  };
  let start: number, stop: number;
  if (step > 0) {
    start = clamp(s.start, 0, 0, n);
    stop = clamp(s.stop, n, 0, n);
  } else {
    start = clamp(s.start, n - 1, -1, n - 1);
    stop = clamp(s.stop, -1, -1, n - 1);
  }
  let len = 0;
  if (step > 0 ? start < stop : stop < start) len = Math.floor((stop - start - (step > 0 ? 1 : -1)) / step) + 1;
  return [start, stop, step, len];
}

function sliceSeq<T>(items: T[], s: PySlice): T[] {
  const [start, , step, len] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + len);
  const out: T[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) out.push(items[j]);
  return out;
}

/** o[k]: a new reference */
export function getItem(o: unknown, k: unknown): unknown {
  if (isSubInstance(o)) {
    const f = userOverride(o, '__getitem__');
    if (f !== undefined) return callSpecial(f, o, [k]);
    if (o instanceof PyDict) {
      // dict_subscript: a subclass's __missing__ answers for a missing key
      const v = o.get(k);
      if (v !== undefined) return incref(v);
      const m = userOverride(o, '__missing__');
      if (m !== undefined) return callSpecial(m, o, [k]);
      return dictMissing(o, k);
    }
  }
  return getItemBase(o, k);
}

/** the base type's own slot, whatever a subclass overrides */
export function getItemBase(o: unknown, k: unknown): unknown {
  o = baseValueOf(o);
  if (o instanceof PyList) {
    if (typeof k === 'number') return incref(o.items[seqIndex(k, o.items.length, 'list')]);
    if (k instanceof PySlice) return newListExact(sliceSeq(o.items, k).map(incref));
    return incref(o.items[seqIndex(asIndex(k, 'list indices'), o.items.length, 'list')]);
  }
  if (o instanceof PyDict) {
    const v = o.get(k);
    if (v === undefined) return dictMissing(o, k);
    return incref(v);
  }
  if (o instanceof PyTuple) {
    if (k instanceof PySlice) {
      const items = sliceSeq(o.items, k);
      if (o.type === BT.T_tuple && items.length === o.items.length && o.items.every((x, i) => x === items[i])) return incref(o);
      return newTuple(items.map(incref));
    }
    return incref(o.items[seqIndex(asIndex(k, 'tuple indices'), o.items.length, 'tuple')]);
  }
  if (typeof o === 'string') {
    const chars = [...o];
    if (k instanceof PySlice) return sliceSeq(chars, k).join('');
    return chars[seqIndex(asIndex(k, 'string indices'), chars.length, 'string')];
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, , step, len] = sliceIndices(k, o.length);
      return new PyRange(o.at(start), o.at(start) + len * step * o.step, step * o.step);
    }
    return o.at(seqIndex(asIndex(k, 'range indices'), o.length, 'range object'));
  }
  if (o instanceof PyInstance) {
    const f = o.cls.lookup('__getitem__');
    if (f !== undefined) return callSpecial(f, o, [k]);
  }
  if (o instanceof PyObject) {
    const gi = (o as { pyGetItem?: (k: unknown) => unknown }).pyGetItem;
    if (gi) return gi.call(o, k);
  }
  if (o instanceof PyWeakRef && o.kind === 'proxy') return getItem(proxyTarget(o), k);
  return typeError(`'${typeOf(o).name}' object is not subscriptable`);
}

/** dict_subscript's __missing__ (defaultdict, Counter) */
function dictMissing(d: PyDict, k: unknown): unknown {
  const m = (d as { pyMissing?: (k: unknown) => unknown }).pyMissing;
  if (m !== undefined) return m.call(d, k);
  return keyError(k);
}

/** o[k] = v (v borrowed) */
export function setItem(o: unknown, k: unknown, v: unknown): void {
  if (isSubInstance(o)) {
    const f = userOverride(o, '__setitem__');
    if (f !== undefined) return decref(callSpecial(f, o, [k, v]));
  }
  setItemBase(o, k, v);
}

/** the base type's own slot, whatever a subclass overrides */
export function setItemBase(o: unknown, k: unknown, v: unknown): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) return listSetSlice(o, k, v);
    const i = seqIndex(asIndex(k, 'list indices'), o.items.length, 'list assignment');
    const old = o.items[i];
    o.items[i] = incref(v);
    if (obs !== null) obs.mutate(o, i);
    decref(old);
    return;
  }
  if (o instanceof PyDict) return o.set(k, v);
  if (o instanceof PyInstance) {
    const f = o.cls.lookup('__setitem__');
    if (f !== undefined) return decref(callSpecial(f, o, [k, v]));
  }
  if (o instanceof PyObject) {
    const si = (o as { pySetItem?: (k: unknown, v: unknown) => void }).pySetItem;
    if (si) return si.call(o, k, v);
  }
  if (o instanceof PyWeakRef && o.kind === 'proxy') return setItem(proxyTarget(o), k, v);
  typeError(`'${typeOf(o).name}' object does not support item assignment`);
}

import { obs } from '../objects/object';
function observeMutation(o: PyObject): void {
  if (obs !== null) obs.mutate(o);
}

function listSetSlice(o: PyList, s: PySlice, v: unknown): void {
  const src = iterToArray(v);
  const [start, stop, step, len] = sliceIndices(s, o.items.length);
  if (step === 1) {
    const hi = Math.max(start, stop);
    // list_ass_slice: one list_resize when the length changes; a list left empty is cleared
    if (src.length !== hi - start) listAssSliceAlloc(o, o.items.length + src.length - (hi - start));
    const removed = o.items.splice(start, hi - start, ...src);
    observeMutation(o);
    for (let i = removed.length - 1; i >= 0; i--) decref(removed[i]);
    return;
  }
  if (src.length !== len) {
    for (const x of src) decref(x);
    errorsModule.valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${len}`);
  }
  const old: unknown[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) {
    old.push(o.items[j]);
    o.items[j] = src[i];
  }
  observeMutation(o);
  for (const x of old) decref(x);
}

/** del o[k] */
export function delItem(o: unknown, k: unknown): void {
  if (isSubInstance(o)) {
    const f = userOverride(o, '__delitem__');
    if (f !== undefined) return decref(callSpecial(f, o, [k]));
  }
  delItemBase(o, k);
}

/** the base type's own slot, whatever a subclass overrides */
export function delItemBase(o: unknown, k: unknown): void {
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, , step, len] = sliceIndices(k, o.items.length);
      if (step === 1) {
        if (len > 0) listAssSliceAlloc(o, o.items.length - len);
        const removed = o.items.splice(start, len);
        observeMutation(o);
        for (let i = removed.length - 1; i >= 0; i--) decref(removed[i]);
      } else {
        const idx: number[] = [];
        for (let i = 0, j = start; i < len; i++, j += step) idx.push(j);
        const removed: unknown[] = [];
        const keep: unknown[] = [];
        const set = new Set(idx);
        // list_ass_subscript: the items are moved down, then list_resize to the new length
        if (len > 0) listResize(o, o.items.length - len, o.items.length - len);
        o.items.forEach((x, i) => (set.has(i) ? removed.push(x) : keep.push(x)));
        o.items = keep;
        observeMutation(o);
        if (step < 0) removed.reverse();
        for (const x of removed) decref(x);
      }
      return;
    }
    const i = seqIndex(asIndex(k, 'list indices'), o.items.length, 'list assignment');
    listAssSliceAlloc(o, o.items.length - 1);
    const [old] = o.items.splice(i, 1);
    observeMutation(o);
    decref(old);
    return;
  }
  if (o instanceof PyDict) {
    if (!o.delete(k)) keyError(k);
    return;
  }
  if (o instanceof PyInstance) {
    const f = o.cls.lookup('__delitem__');
    if (f !== undefined) return decref(callSpecial(f, o, [k]));
  }
  if (o instanceof PyObject) {
    const di = (o as { pyDelItem?: (k: unknown) => void }).pyDelItem;
    if (di) return di.call(o, k);
  }
  typeError(`'${typeOf(o).name}' object does not support item deletion`);
}

/** `k in o` */
export function contains(o: unknown, k: unknown): boolean {
  if (isSubInstance(o)) {
    const f = userOverride(o, '__contains__');
    if (f !== undefined) {
      const r = callSpecial(f, o, [k]);
      const b = pyTruthy(r);
      decref(r);
      return b;
    }
  }
  return containsBase(o, k);
}

/** the base type's own slot, whatever a subclass overrides */
export function containsBase(o: unknown, k: unknown): boolean {
  if (o instanceof PyDict) return o.has(k);
  if (o instanceof PySet) return o.has(k);
  if (o instanceof PyList || o instanceof PyTuple) {
    const it = o.items;
    for (let i = 0; i < it.length; i++) if (it[i] === k || pyEq(it[i], k)) return true;
    return false;
  }
  if (isValueSub(o)) o = o.baseValue;
  if (typeof o === 'string') {
    k = baseValueOf(k);
    if (typeof k !== 'string') typeError(`'in <string>' requires string as left operand, not ${typeOf(k).name}`);
    return o.includes(k as string);
  }
  if (o instanceof PyRange) {
    if (typeof k !== 'number' || !Number.isInteger(k)) return false;
    const n = o.length;
    const i = (k - o.start) / o.step;
    return Number.isInteger(i) && i >= 0 && i < n;
  }
  if (o instanceof PyInstance) {
    const f = o.cls.lookup('__contains__');
    if (f !== undefined) {
      const r = callSpecial(f, o, [k]);
      const t = pyTruthy(r);
      decref(r);
      return t;
    }
  }
  if (o instanceof PyObject) {
    const c = (o as { pyContains?: (k: unknown) => boolean }).pyContains;
    if (c) return c.call(o, k);
  }
  if (o instanceof PyWeakRef && o.kind === 'proxy') return contains(proxyTarget(o), k);
  // fall back to iteration, stopping at the first match
  const it = getIter(o);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) return false;
      const hit = x === k || pyEq(x, k);
      decref(x);
      if (hit) return true;
    }
  } finally {
    decref(it);
  }
}

// iteration helpers are in iter.ts; imported late to keep this module's graph simple
import { iterToArray, getIter, iterNext, STOP } from '../objects/iter';

function pyHashResult(r: unknown): number | bigint {
  if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
    decref(r);
    typeError('__hash__ method should return an integer');
  }
  const n = typeof r === 'boolean' ? +r : (r as number | bigint);
  return n === -1 ? -2 : n;
}

function lenResult(r: unknown): number {
  if (typeof r === 'boolean') return +r;
  if (typeof r !== 'number') {
    decref(r);
    typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  }
  if ((r as number) < 0) errorsModule.valueError('__len__() should return >= 0');
  return r as number;
}
