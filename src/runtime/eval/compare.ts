// Rich comparison (PyObject_RichCompare): numbers, strings, sequences, dicts, sets, and
// instances through __eq__/__lt__/... with the reflected operation tried second.

import type { PyType } from '../objects/typeobject/type';
import { WHERE_CMP, enterRecursiveCall, leaveRecursiveCall } from './ceval/recursion';
import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { complexPart } from '../parts';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PyInstance } from '../objects/instance';
import { baseValueOf, isSubInstance, isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from './subclassDispatch';
const CMP_NAMES: Record<string, string> = { '==': '__eq__', '!=': '__ne__', '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__' };
const CMP_SWAPPED: Record<string, string> = { '==': '__eq__', '!=': '__ne__', '<': '__gt__', '<=': '__ge__', '>': '__lt__', '>=': '__le__' };
import { PyBoundMethod } from '../objects/function';
import { PyObject, decref, incref } from '../objects/object';
import { OBJECT_EQ, callSpecial } from './special';
import { newTuple } from '../objects/tuple';
import { typeError } from './errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { NotImplemented, pyTruthy } from './protocols';

export type CmpOp = '<' | '<=' | '==' | '!=' | '>' | '>=';

const SWAP: Record<CmpOp, CmpOp> = { '<': '>', '<=': '>=', '==': '==', '!=': '!=', '>': '<', '>=': '<=' };
const DUNDER: Record<CmpOp, string> = { '<': '__lt__', '<=': '__le__', '==': '__eq__', '!=': '__ne__', '>': '__gt__', '>=': '__ge__' };

function isNum(v: unknown): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || v instanceof PyFloat;
}

/** -1, 0, 1, or NaN (unordered) for two numbers of any numeric kind */
export function numCmp(a: unknown, b: unknown): number {
  const x = typeof a === 'boolean' ? +a : a instanceof PyFloat ? a.v : (a as number | bigint);
  const y = typeof b === 'boolean' ? +b : b instanceof PyFloat ? b.v : (b as number | bigint);
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  // a big int against an infinity or a NaN
  if (typeof x === 'number' && !Number.isFinite(x)) return Number.isNaN(x) ? NaN : x > 0 ? 1 : -1;
  if (typeof y === 'number' && !Number.isFinite(y)) return Number.isNaN(y) ? NaN : y > 0 ? -1 : 1;
  if (typeof x === 'number' && !Number.isInteger(x)) {
    if (Number.isNaN(x)) return NaN;
    const c = numCmp(Math.floor(x), y);
    return c === 0 ? 1 : c;
  }
  if (typeof y === 'number' && !Number.isInteger(y)) return -numCmp(b, a);
  const bx = typeof x === 'bigint' ? x : Number.isFinite(x) ? BigInt(x) : null;
  const by = typeof y === 'bigint' ? y : Number.isFinite(y) ? BigInt(y) : null;
  if (bx === null) return (x as number) > 0 ? 1 : -1;
  if (by === null) return (y as number) > 0 ? -1 : 1;
  return bx < by ? -1 : bx > by ? 1 : 0;
}

function cmpResult(c: number, op: CmpOp): boolean {
  if (Number.isNaN(c)) return op === '!=';
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '==': return c === 0;
    case '!=': return c !== 0;
    case '>': return c > 0;
    case '>=': return c >= 0;
  }
}

const HIGH_UNIT = /[\uD800-\uFFFF]/;
/**
 * unicode_compare: -1, 0 or 1 by code point. JS compares UTF-16 units, where a character above
 * U+FFFF (a surrogate pair, units D800-DFFF) sorts before U+E000-U+FFFF; only strings that both
 * hold a unit from D800 up can differ in order, and those are compared unit by unit.
 */
export function unicodeCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (HIGH_UNIT.test(a) && HIGH_UNIT.test(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x !== y) return codePointOrder(x) < codePointOrder(y) ? -1 : 1;
    }
    return a.length < b.length ? -1 : 1;
  }
  return a < b ? -1 : 1;
}
/** a UTF-16 unit's rank in code point order: surrogates above U+E000-U+FFFF */
function codePointOrder(u: number): number {
  return u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u;
}

/** PyObject_RichCompare; returns a new reference (usually a bool) */
export function richCompare(a: unknown, b: unknown, op: CmpOp): unknown {
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const c = complexPart().complexCompare(a, b, op);
    if (c !== undefined) return c;
  }
  if (isNum(a) && isNum(b)) return cmpResult(numCmp(a, b), op);
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(unicodeCompare(a, b), op);
  if (a instanceof PyInstance || b instanceof PyInstance) return instanceCompare(a, b, op);
  if ((isSubInstance(a) && userOverride(a, CMP_NAMES[op]) !== undefined) || (isSubInstance(b) && userOverride(b, CMP_SWAPPED[op]) !== undefined)) {
    return instanceCompare(a, b, op);
  }
  // str/int/float subclass instances compare as their base values
  if (isValueSub(a) || isValueSub(b)) return richCompare(baseValueOf(a), baseValueOf(b), op);
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod && (op === '==' || op === '!=')) {
    // method_richcompare: same function, same self
    return (a.func === b.func && a.self === b.self) === (op === '==');
  }
  const native = nativeCompare(a, b, op);
  if (native !== NotImplemented) return native;
  const ta = typeOf(a);
  const tb = typeOf(b);
  // tuple_richcompare and dict_richcompare take subclasses too (namedtuple, defaultdict, Counter)
  if (ta !== tb && a instanceof PyTuple && b instanceof PyTuple) return seqCompare(a.items, b.items, op);
  if (ta !== tb && a instanceof PyDict && b instanceof PyDict && (op === '==' || op === '!=')) return dictEq(a, b) === (op === '==');
  if (ta === tb) {
    if (a instanceof PyList || a instanceof PyTuple) return seqCompare((a as PyList).items, (b as PyList).items, op, a instanceof PyList);
    if (a instanceof PyDict && (op === '==' || op === '!=')) return dictEq(a, b as PyDict) === (op === '==');
    if (a instanceof PySet) return setCompare(a, b as PySet, op);
  } else if (a instanceof PySet && b instanceof PySet) return setCompare(a, b, op);
  else if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) return seqCompare(a.items, b.items, op, a instanceof PyList);
  else if (a instanceof PyDict && b instanceof PyDict && (op === '==' || op === '!=')) return dictEq(a, b) === (op === '==');
  if (op === '==') return a === b;
  if (op === '!=') return a !== b;
  return typeError(`'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

type NativeCmp = { pyRichCompare?: (other: unknown, op: CmpOp) => unknown };
const SWAPPED: Record<CmpOp, CmpOp> = SWAP;

/** tp_richcompare of the native types modules define (deque, OrderedDict, Counter): NotImplemented when neither has one */
function nativeCompare(a: unknown, b: unknown, op: CmpOp): unknown {
  const fa = a instanceof PyObject ? (a as NativeCmp).pyRichCompare : undefined;
  if (fa !== undefined) {
    const r = fa.call(a, b, op);
    if (r !== NotImplemented) return r;
  }
  const fb = b instanceof PyObject ? (b as NativeCmp).pyRichCompare : undefined;
  if (fb !== undefined) return fb.call(b, a, SWAPPED[op]);
  return NotImplemented;
}

/** do_richcompare with an instance on either side: the reflected method first when the right
 * operand's type is a proper subclass, then the other; NotImplemented from both falls back */
export function instanceCompare(a: unknown, b: unknown, op: CmpOp): unknown {
  // PyObject_RichCompare's recursion check (left when the method returns or raises: no finally,
  // a smaller JS frame on the recursion path through __eq__)
  enterRecursiveCall(WHERE_CMP);
  const ta = typeOf(a);
  const tb = typeOf(b);
  // the right operand's method goes first when its type is a proper subclass
  const rightFirst = tb !== ta && tb.isSubtypeOf(ta);
  for (let i = 0; i < 2; i++) {
    const swapped = rightFirst === (i === 0);
    const x = swapped ? b : a;
    const f = (swapped ? tb : ta).lookup(DUNDER[swapped ? SWAP[op] : op]);
    if (f === undefined) continue;
    let r: unknown;
    try {
      r = callSpecial(f, x, [swapped ? a : b]);
    } catch (e) {
      leaveRecursiveCall();
      throw e;
    }
    if (r !== NotImplemented) {
      leaveRecursiveCall();
      return r;
    }
    decref(r);
  }
  leaveRecursiveCall();
  if (op === '==') return a === b;
  if (op === '!=') return objectNeFallback(a, b, ta);
  return typeError(`'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** object.__ne__ inverts __eq__ when __eq__ is defined (when it was not tried above: objectNe) */
function objectNeFallback(a: unknown, b: unknown, ta: PyType): boolean {
  const eq = ta.lookup('__eq__');
  if (eq !== undefined && !(eq as { owner?: unknown }).owner && ta.lookup('__ne__') === undefined) {
    enterRecursiveCall(WHERE_CMP);
    let r: unknown;
    try {
      r = callSpecial(eq, a, [b]);
    } finally {
      leaveRecursiveCall();
    }
    if (r !== NotImplemented) {
      const t = pyTruthy(r);
      decref(r);
      return !t;
    }
  }
  return a !== b;
}

/** tuplerichcompare / list_richcompare (which holds both items while comparing them for equality) */
function seqCompare(x: unknown[], y: unknown[], op: CmpOp, held = false): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    if (!(held ? pyEqHeld(x[i], y[i], true) : pyEq(x[i], y[i]))) {
      if (op === '==') return false;
      if (op === '!=') return true;
      return truthOf(richCompare(x[i], y[i], op));
    }
  }
  return cmpResult(x.length - y.length, op);
}

/** dict_equal: each of a's keys looked up in b with its stored hash, key and values held while compared */
function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (const i of a.positions()) {
    const key = incref(a.ks[i]);
    const av = incref(a.vs[i]);
    try {
      const bv = b.getKnown(key, a.knownHash(key));
      if (bv === undefined) return false;
      if (av === bv) continue;
      incref(bv);
      try {
        if (!pyEq(av, bv)) return false;
      } finally {
        decref(bv);
      }
    } finally {
      decref(key);
      decref(av);
    }
  }
  return true;
}

function setCompare(a: PySet, b: PySet, op: CmpOp): boolean {
  // set_issubset: each entry looked up with its stored hash
  const sub = (x: PySet, y: PySet) => x.used <= y.used && x.entries().every(([k, h]) => y.hasHashed(k, h));
  switch (op) {
    case '==': return a.used === b.used && sub(a, b);
    case '!=': return !(a.used === b.used && sub(a, b));
    case '<=': return sub(a, b);
    case '<': return a.used < b.used && sub(a, b);
    case '>=': return sub(b, a);
    case '>': return b.used < a.used && sub(b, a);
  }
}

function truthOf(r: unknown): boolean {
  const t = pyTruthy(r);
  decref(r);
  return t;
}

/** PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality */
/** PyObject_RichCompareBool(item, v, Py_EQ) with the list's item held (Py_INCREF) while it runs,
 * as list.index/count/remove do; list_richcompare holds both */
export function pyEqHeld(item: unknown, v: unknown, both = false): boolean {
  incref(item);
  if (both) incref(v);
  try {
    return pyEq(item, v);
  } finally {
    decref(item);
    if (both) decref(v);
  }
}

export function pyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' && typeof b === 'string') return false;
  // a str against another atom is never equal; against an object, the object's (reflected) __eq__ decides
  if ((ta === 'string' || typeof b === 'string') && !(a instanceof PyObject) && !(b instanceof PyObject)) return false;
  return truthOf(richCompare(a, b, '=='));
}

export function pyLt(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return unicodeCompare(a, b) < 0;
  return truthOf(richCompare(a, b, '<'));
}

/**
 * object.__ne__ (object_richcompare's Py_NE), reached through its slot wrapper: from
 * slot_tp_richcompare when a class defines __eq__ but not __ne__, or called as `a.__ne__(b)`. The
 * wrapper descriptor has no vectorcall: _PyObject_MakeTpCall packs (self, other) and
 * wrapperdescr_call slices (other,) off it, both alive while the type's tp_richcompare(self,
 * other, Py_EQ) runs (one more reference to self, two more to other inside __eq__); __eq__'s
 * answer is inverted unless it is NotImplemented.
 */
export function objectNe(self: unknown, other: unknown): unknown {
  const eq = typeOf(self).lookup('__eq__');
  if (eq === undefined || eq === OBJECT_EQ || (eq as { owner?: unknown }).owner) return self === other ? false : NotImplemented;
  const args = newTuple([incref(self), incref(other)]);
  const rest = newTuple([incref(other)]);
  try {
    const r = callSpecial(eq, self, [other]);
    if (r === NotImplemented) return r;
    const t = pyTruthy(r);
    decref(r);
    return !t;
  } finally {
    decref(rest);
    decref(args);
  }
}

// slice_richcompare's tuple comparison (objects/descriptors.ts)
import { sliceHooks } from '../objects/descriptors';
sliceHooks.notImplemented = () => NotImplemented;
sliceHooks.richCompare = (a, b, op) => richCompare(a, b, op as CmpOp);
