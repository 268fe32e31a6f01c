// Binary and unary operators (PyNumber_*, sequence concat/repeat), with CPython's messages.
// Operands are borrowed; results are new references.

import { PyFloat } from '../objects/float';
import { PyComplex } from '../objects/complex';
import { PyObject, decref, incref } from '../objects/object';
import { PyList, newListExact as newList } from '../objects/list';
import { listClearAlloc, listResize } from '../objects/storage/listResize';
import { listExtend } from '../builtins/listExtend';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import {
  setCopy, setDifference, setDifferenceUpdateInternal, setIntersection, setIntersectionUpdate,
  setSymmetricDifference, setSymmetricDifferenceUpdate, setUpdateInternal,
} from '../objects/storage/setOps';
import { dictCopy, dictMerge } from '../builtins/methods/dict';
import { PySet, newSet } from '../objects/set';
import { PyInstance } from '../objects/instance';
import { callSpecial } from './special';
import { raise, typeError, zeroDivision } from './errors';
import { typeOf, normInt } from '../objects/typeobject/typeOf';
import { NotImplemented, asSsize } from './protocols';
import * as BT from '../objects/builtinTypes';
import { complexPart, formatPart } from '../parts';
import { checkSize } from '../gc/heap';
import { baseValueOf, isSubInstance, isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from './subclassDispatch';
import type { BinOperator } from '../../python/ast';

const DUNDER: Record<BinOperator, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'truediv', '//': 'floordiv', '%': 'mod', '**': 'pow',
  '<<': 'lshift', '>>': 'rshift', '&': 'and', '|': 'or', '^': 'xor', '@': 'matmul',
};

type Num = number | bigint;

function isIntLike(v: unknown): v is number | bigint | boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean';
}

function ival(v: number | bigint | boolean): Num {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function big(v: Num): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function fits(r: number): boolean {
  return r <= 9007199254740991 && r >= -9007199254740991;
}

export function intAdd(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (fits(r)) return r;
  }
  return normInt(big(a) + big(b));
}

export function intSub(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (fits(r)) return r;
  }
  return normInt(big(a) - big(b));
}

export function intMul(a: Num, b: Num): Num {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (fits(r)) return r === 0 ? 0 : r;
  }
  return normInt(big(a) * big(b));
}

function intFloorDiv(a: Num, b: Num): Num {
  if (b === 0 || b === 0n) zeroDivision('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) {
    return Math.floor(a / b);
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normInt(q);
}

function intMod(a: Num, b: Num, divmod = false): Num {
  if (b === 0 || b === 0n) zeroDivision(divmod ? 'integer division or modulo by zero' : 'integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  const x = big(a);
  const y = big(b);
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normInt(r);
}

function intPow(a: Num, b: Num): unknown {
  if ((typeof b === 'number' && b < 0) || (typeof b === 'bigint' && b < 0n)) {
    if (a === 0 || a === 0n) zeroDivision('0.0 cannot be raised to a negative power');
    return new PyFloat(Number(a) ** Number(b));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (fits(r)) return r;
  }
  // about log2(a) * b bits: past a few million the result cannot be held (CPython: MemoryError)
  const abits = typeof a === 'bigint' ? (a < 0n ? -a : a).toString(2).length : Math.log2(Math.abs(a) || 1);
  const bits = abits * Number(b);
  if (bits > 8_000_000) raise(BT.T_MemoryError);
  return normInt(big(a) ** big(b));
}

function toFloat(v: unknown): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) raise(BT.T_OverflowError, 'int too large to convert to float');
    return f;
  }
  return v as number;
}

function pyFmod(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (m < 0) !== (b < 0) ? m + b : m;
}

/** _float_div_mod: floor division and modulo of two floats, as CPython computes them */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's truth: NaN counts as true here
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

function floatOp(op: BinOperator, x: number, y: number): unknown {
  switch (op) {
    case '+': return new PyFloat(x + y);
    case '-': return new PyFloat(x - y);
    case '*': return new PyFloat(x * y);
    case '/':
      if (y === 0) zeroDivision('float division by zero');
      return new PyFloat(x / y);
    case '//':
      if (y === 0) zeroDivision('float floor division by zero');
      return new PyFloat(floatDivMod(x, y)[0]);
    case '%':
      if (y === 0) zeroDivision('float modulo');
      return new PyFloat(pyFmod(x, y));
    case '**':
      if (x === 0 && y < 0) zeroDivision('0.0 cannot be raised to a negative power');
      if (x < 0 && !Number.isInteger(y)) return typeError('complex numbers are not supported in RefScope');
      return new PyFloat(x ** y);
  }
  return NotImplemented;
}

function intOp(op: BinOperator, a: Num, b: Num): unknown {
  switch (op) {
    case '+': return intAdd(a, b);
    case '-': return intSub(a, b);
    case '*': return intMul(a, b);
    case '/':
      if (b === 0 || b === 0n) zeroDivision('division by zero');
      return new PyFloat(typeof a === 'number' && typeof b === 'number' ? a / b : Number(big(a) * 10n ** 17n / big(b)) / 1e17);
    case '//': return intFloorDiv(a, b);
    case '%': return intMod(a, b);
    case '**': return intPow(a, b);
    case '<<':
      if (b < 0) raise(BT.T_ValueError, 'negative shift count');
      if (b > 1_000_000 && a !== 0 && a !== 0n) raise(BT.T_MemoryError);
      return normInt(big(a) << big(b));
    case '>>':
      if (b < 0) raise(BT.T_ValueError, 'negative shift count');
      return normInt(big(a) >> big(b));
    case '&': return typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31 ? a & b : normInt(big(a) & big(b));
    case '|': return typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31 ? a | b : normInt(big(a) | big(b));
    case '^': return typeof a === 'number' && typeof b === 'number' && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31 ? a ^ b : normInt(big(a) ^ big(b));
  }
  return NotImplemented;
}

/** a sequence's repeat count (sequence_repeat: PyNumber_AsSsize_t, then the size checked) */
function repeatCount(n: unknown, itemLength = 1): number | null {
  if (isIntLike(n)) {
    const c = Math.max(0, asSsize(ival(n)));
    if (itemLength > 0) checkSize(c * itemLength);
    return c;
  }
  return null;
}

/** the builtin behaviour of `a op b`, or NotImplemented */
function builtinBinary(op: BinOperator, a: unknown, b: unknown): unknown {
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const c = complexPart().complexBinary(op, a, b);
    if (c !== undefined) return c;
  }
  if (isIntLike(a) && isIntLike(b)) {
    if (op === '&' || op === '|' || op === '^') {
      if (typeof a === 'boolean' && typeof b === 'boolean') {
        return op === '&' ? a && b : op === '|' ? a || b : a !== b;
      }
    }
    return intOp(op, ival(a), ival(b));
  }
  if ((a instanceof PyFloat || isIntLike(a)) && (b instanceof PyFloat || isIntLike(b))) {
    return floatOp(op, toFloat(a), toFloat(b));
  }
  if (typeof a === 'string') {
    if (op === '+' && typeof b === 'string') return a + b;
    if (op === '*') {
      const n = repeatCount(b, a.length);
      if (n !== null) return a.repeat(n);
    }
    if (op === '%') return formatPart().percentFormat(a, b);
    if (op === '+') return typeError(`can only concatenate str (not "${typeOf(b).name}") to str`);
  }
  if (typeof b === 'string' && op === '*' && isIntLike(a)) return b.repeat(repeatCount(a, b.length)!);
  if (a instanceof PyList) {
    if (op === '+') {
      if (b instanceof PyList) return newList([...a.items, ...b.items].map(incref));
      return typeError(`can only concatenate list (not "${typeOf(b).name}") to list`);
    }
    if (op === '*') {
      const n = repeatCount(b, a.items.length);
      if (n !== null) return newList(repeat(a.items, n).map(incref));
    }
  }
  if (a instanceof PyTuple) {
    if (op === '+') {
      if (b instanceof PyTuple) return newTuple([...a.items, ...b.items].map(incref));
      return typeError(`can only concatenate tuple (not "${typeOf(b).name}") to tuple`);
    }
    if (op === '*') {
      const n = repeatCount(b, a.items.length);
      if (n !== null) return n === 1 ? incref(a) : newTuple(repeat(a.items, n).map(incref));
    }
  }
  if (op === '*' && isIntLike(a)) {
    if (b instanceof PyList) return newList(repeat(b.items, repeatCount(a, b.items.length)!).map(incref));
    if (b instanceof PyTuple) return newTuple(repeat(b.items, repeatCount(a, b.items.length)!).map(incref));
  }
  if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
  if (a instanceof PyDict && b instanceof PyDict && op === '|') {
    // dict_or: PyDict_Copy(a), then dict_update_arg(new, b)
    const d = dictCopy(a);
    dictMerge(d, b);
    return d;
  }
  return NotImplemented;
}

function repeat<T>(items: T[], n: number): T[] {
  const out: T[] = [];
  if (items.length === 0) return out;
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}

function setOp(op: BinOperator, a: PySet, b: PySet): unknown {
  switch (op) {
    case '|': {
      // set_or: a copy of a, updated by b
      const s = setCopy(a);
      setUpdateInternal(s, b);
      return s;
    }
    case '&':
      return setIntersection(a, b);
    case '-':
      return setDifference(a, b);
    case '^':
      return setSymmetricDifference(a, b);
  }
  return NotImplemented;
}

/** `a op b` (binary_op1 with __op__ / __rop__ for instances) */
export function binaryOp(op: BinOperator, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    // the hot path: small ints
    if (op === '+') {
      const r = a + b;
      if (fits(r)) return r;
    } else if (op === '-') {
      const r = a - b;
      if (fits(r)) return r;
    }
  }
  if (!(a instanceof PyInstance) && !(b instanceof PyInstance) && (isSubInstance(a) || isSubInstance(b))) {
    const r = subBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!(a instanceof PyInstance) && !(b instanceof PyInstance)) {
    const n = nativeBinary(op, a, b);
    if (n !== NotImplemented) return n;
    const r = builtinBinary(op, a, b);
    if (r !== NotImplemented) return r;
    return unsupported(op, a, b);
  }
  const name = DUNDER[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  const rightFirst = tb !== ta && tb.isSubtypeOf(ta) && tb.lookup(`__r${name}__`) !== undefined;
  const tryLeft = (): unknown => {
    const f = ta.lookup(`__${name}__`);
    return f === undefined ? NotImplemented : callSpecial(f, a, [b]);
  };
  const tryRight = (): unknown => {
    if (ta === tb) return NotImplemented;
    const f = tb.lookup(`__r${name}__`);
    return f === undefined ? NotImplemented : callSpecial(f, b, [a]);
  };
  const order = rightFirst ? [tryRight, tryLeft] : [tryLeft, tryRight];
  for (const t of order) {
    const r = a instanceof PyInstance || t === tryRight ? t() : NotImplemented;
    if (r !== NotImplemented) return r;
  }
  if (!(a instanceof PyInstance)) {
    const r = builtinBinary(op, a, b);
    if (r !== NotImplemented) return r;
  }
  return unsupported(op, a, b);
}

/**
 * binary_op1 with a builtin-subclass instance: the class's own __op__ / __rop__ (the right one
 * first when its type derives from the left's), then the base type's slot, which for a str, int
 * or float subclass works on the base value and returns the base type (Money(5) * 2 is an int).
 */
function subBinary(op: BinOperator, a: unknown, b: unknown): unknown {
  const name = DUNDER[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  const lf = isSubInstance(a) ? userOverride(a, `__${name}__`) : undefined;
  const rf = ta !== tb && isSubInstance(b) ? userOverride(b, `__r${name}__`) : undefined;
  const tries: [unknown, unknown, unknown][] = [];
  if (lf !== undefined) tries.push([lf, a, b]);
  if (rf !== undefined) {
    if (tb.isSubtypeOf(ta)) tries.unshift([rf, b, a]);
    else tries.push([rf, b, a]);
  }
  for (const [f, self, other] of tries) {
    const r = callSpecial(f, self, [other]);
    if (r !== NotImplemented) return r;
  }
  if (!isValueSub(a) && !isValueSub(b)) return NotImplemented;
  const ua = baseValueOf(a);
  // str % args: the arguments keep their own __str__/__repr__
  if (op === '%' && typeof ua === 'string') return formatPart().percentFormat(ua, b);
  return binaryOp(op, ua, baseValueOf(b));
}

type NativeOps = { pyBinaryOp?: (op: BinOperator, other: unknown, reflected: boolean) => unknown; pyUnaryOp?: (op: '-' | '+' | '~') => unknown };

/** the nb_* slots of the native types modules define (Counter's + - & |): the left operand, then the reflected right */
function nativeBinary(op: BinOperator, a: unknown, b: unknown): unknown {
  const fa = a instanceof PyObject ? (a as NativeOps).pyBinaryOp : undefined;
  if (fa !== undefined) {
    const r = fa.call(a, op, b, false);
    if (r !== NotImplemented) return r;
  }
  const fb = b instanceof PyObject ? (b as NativeOps).pyBinaryOp : undefined;
  if (fb !== undefined) return fb.call(b, op, a, true);
  return NotImplemented;
}

function unsupported(op: BinOperator, a: unknown, b: unknown): never {
  const an = typeOf(a).name;
  const bn = typeOf(b).name;
  if (op === '*' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)) {
    const other = typeof a === 'string' || a instanceof PyList || a instanceof PyTuple ? bn : an;
    return typeError(`can't multiply sequence by non-int of type '${other}'`);
  }
  const sym = op === '**' ? '** or pow()' : op;
  return typeError(`unsupported operand type(s) for ${sym}: '${an}' and '${bn}'`);
}

/** `a op= b`: lists and sets change in place; everything else falls back to binaryOp */
export function inplaceOp(op: BinOperator, a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return binaryOp(op, a, b);
  if (a instanceof PyList && op === '+') {
    listExtend(a, b);
    return incref(a);
  }
  if (a instanceof PyList && op === '*') {
    const n = repeatCount(b, a.items.length);
    if (n !== null) {
      const old = a.items;
      if (old.length === 0 || n === 1) return incref(a);
      const next = repeat(old, n);
      for (const x of next) incref(x);
      // list_inplace_repeat: n < 1 clears the list, else one list_resize to size * n
      if (next.length === 0) listClearAlloc(a);
      else listResize(a, next.length);
      a.items = next;
      mutated(a);
      for (const x of old) decref(x);
      return incref(a);
    }
  }
  if (a instanceof PySet && !a.frozen && b instanceof PySet && (op === '|' || op === '&' || op === '-' || op === '^')) {
    // set_ior, set_iand, set_isub, set_ixor
    if (op === '|') setUpdateInternal(a, b);
    else if (op === '&') setIntersectionUpdate(a, [b]);
    else if (op === '-') setDifferenceUpdateInternal(a, b);
    else setSymmetricDifferenceUpdate(a, b);
    return incref(a);
  }
  if (a instanceof PyDict && op === '|' && b instanceof PyDict) {
    dictMerge(a, b);
    return incref(a);
  }
  if (a instanceof PyInstance) {
    const f = a.cls.lookup(`__i${DUNDER[op]}__`);
    if (f !== undefined) {
      const r = callSpecial(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryOp(op, a, b);
}

import { iterToArray } from '../objects/iter';
import { obs } from '../objects/object';
function iterArray(v: unknown): unknown[] {
  return iterToArray(v);
}
function mutated(o: PyObject): void {
  if (obs !== null) obs.mutate(o);
}

/** -a, +a, ~a */
export function unaryOp(op: '-' | '+' | '~', a: unknown): unknown {
  if (isValueSub(a)) {
    const f = userOverride(a, op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__');
    if (f !== undefined) return callSpecial(f, a, []);
    a = a.baseValue;
  }
  if (isIntLike(a)) {
    const v = ival(a);
    if (op === '-') return typeof v === 'number' ? (v === 0 ? 0 : -v) : normInt(-v);
    if (op === '+') return v;
    return typeof v === 'number' && Math.abs(v) < 2 ** 31 ? ~v : normInt(-big(v) - 1n);
  }
  if (a instanceof PyFloat && op !== '~') return op === '-' ? new PyFloat(-a.v) : a;
  if (a instanceof PyComplex) return complexPart().complexUnary(op, a);
  if (a instanceof PyInstance) {
    const f = a.cls.lookup(op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__');
    if (f !== undefined) return callSpecial(f, a, []);
  }
  const nu = a instanceof PyObject ? (a as NativeOps).pyUnaryOp : undefined;
  if (nu !== undefined) {
    const r = nu.call(a, op);
    if (r !== NotImplemented) return r;
  }
  return typeError(`bad operand type for unary ${op}: '${typeOf(a).name}'`);
}
