// The math module (Modules/mathmodule.c): C doubles through JS numbers, exact integer
// functions (gcd, isqrt, comb, perm, factorial) on BigInt, fsum as CPython's msum (Shewchuk's
// exact partials) and hypot/dist as 3.11's vector_norm, so the last digit matches.

import * as BT from '../objects/builtinTypes';
import { PyModule } from '../objects/descriptors';
import { builtin, type Kw } from '../objects/function';
import { PyInstance } from '../objects/instance';
import { PyFloat, mkFloat } from '../objects/float';
import { decref, incref } from '../objects/object';
import { newTuple } from '../objects/tuple';
import { registerModule } from './registry';
import { argParserInitKw, argRange, exactArgs, noKw, parseArgs } from '../eval/args';
import { raise, typeError, valueError } from '../eval/errors';
import { typeOf, normInt } from '../objects/typeobject/typeOf';
import { binaryOp } from '../eval/ops';
import { iterToArray } from '../objects/iter';
import { callSpecial } from '../eval/special';
import { tickWork } from '../eval/state';

type Int = number | bigint;

const domain = (): never => valueError('math domain error');
const rangeErr = (): never => raise(BT.T_OverflowError, 'math range error');

function isIntV(v: unknown): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** PyFloat_AsDouble: float, int (exactly rounded), or __float__/__index__ */
export function toDouble(v: unknown): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const d = Number(v);
    if (!Number.isFinite(d)) raise(BT.T_OverflowError, 'int too large to convert to float');
    return d;
  }
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__float__');
    if (f !== undefined) {
      const r = callSpecial(f, v, []);
      if (!(r instanceof PyFloat)) {
        decref(r);
        typeError(`${v.cls.name}.__float__ returned non-float (type ${typeOf(r).name})`);
      }
      return (r as PyFloat).v;
    }
    const ix = v.cls.lookup('__index__');
    if (ix !== undefined) return toDouble(toIndex(v));
  }
  return typeError(`must be real number, not ${typeOf(v).name}`);
}

/** PyNumber_Index */
export function toIndex(v: unknown): Int {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyInstance) {
    const ix = v.cls.lookup('__index__');
    if (ix !== undefined) {
      const r = callSpecial(ix, v, []);
      if (isIntV(r)) return typeof r === 'boolean' ? (r ? 1 : 0) : r;
      decref(r);
      typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    }
  }
  return typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

const big = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v));

/** a JS double with an integral value as a Python int */
export function doubleToInt(d: number): Int {
  if (Number.isNaN(d)) return valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(d)) return raise(BT.T_OverflowError, 'cannot convert float infinity to integer');
  if (Math.abs(d) <= Number.MAX_SAFE_INTEGER) return d === 0 ? 0 : d;
  return normInt(BigInt(d));
}

function f(v: number): PyFloat {
  return mkFloat(v);
}

/** math_1: a one-argument libm function with CPython's errno rules */
function math1(fn: (x: number) => number, canOverflow: boolean) {
  return (args: unknown[]) => {
    const x = toDouble(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) rangeErr();
      else domain();
    }
    return f(r);
  };
}

function roundingFn(name: '__floor__' | '__ceil__' | '__trunc__', op: (x: number) => number) {
  return (args: unknown[]) => {
    exactArgs(name.slice(2, -2), args, 1);
    const v = args[0];
    if (isIntV(v)) return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (v instanceof PyInstance) {
      const m = v.cls.lookup(name);
      if (m !== undefined) return callSpecial(m, v, []);
      if (name === '__trunc__') typeError(`type ${v.cls.name} doesn't define __trunc__ method`);
    }
    return doubleToInt(op(toDouble(v)));
  };
}

export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from an over-estimate: exact floor square root
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n;
  if (x <= 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function factorialBig(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) {
    r *= i;
    if ((i & 1023n) === 0n) tickWork();
  }
  return r;
}

/** math_fsum: exact partial sums (Shewchuk), then CPython's correctly rounded result */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const x0 of xs) {
    let x = x0;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise(BT.T_OverflowError, 'intermediate overflow in fsum');
        if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) return valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** frexp's exponent: x = m * 2**e with 0.5 <= |m| < 1 */
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x) || Number.isNaN(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

function ldexp(m: number, e: number): number {
  // split the power so neither factor overflows or underflows early
  if (e > 1000) return m * Math.pow(2, 1000) * Math.pow(2, e - 1000);
  if (e < -1000) return m * Math.pow(2, -1000) * Math.pow(2, e + 1000);
  return m * Math.pow(2, e);
}

const DBL_MIN = 2.2250738585072014e-308;
const T27 = 134217729.0;

/** vector_norm (3.11): a correctly rounded sqrt of the sum of squares */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0;
  let frac2 = 0;
  let frac3 = 0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  for (let i = 0; i < n; i++) {
    x = vec[i] * scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += oldcsum - csum + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += oldcsum - csum + x;
    frac3 += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += oldcsum - csum + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += oldcsum - csum + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += oldcsum - csum + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

function normOf(coords: number[]): number {
  let max = 0;
  let foundNan = false;
  const abs = coords.map((c) => {
    const a = Math.abs(c);
    foundNan ||= Number.isNaN(a);
    if (a > max) max = a;
    return a;
  });
  return vectorNorm(abs, max, foundNan);
}

/** m_log for ints too large for a double: log(x) = log(m) + e*log(2) */
function logOf(v: unknown, fn: (x: number) => number, ln2factor: number): number {
  if (typeof v === 'bigint') {
    if (v <= 0n) return domain();
    const d = Number(v);
    if (!Number.isFinite(d)) {
      const bits = v.toString(2).length;
      const shift = bits - 60;
      const m = Number(v >> BigInt(shift)) / 2 ** 60;
      return fn(m) + (shift + 60) * ln2factor;
    }
    return fn(d);
  }
  const x = toDouble(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) return domain();
  if (x === Infinity) return x;
  return fn(x);
}

function isclose(args: unknown[], kw: Kw): boolean {
  argParserInitKw('isclose', 4, kw, 'runtime'); // math is a shared library: built in every version
  const [av, bv, rt, at] = parseArgs('isclose', args, kw, ['a', 'b', 'rel_tol?', 'abs_tol?'], { maxPos: 2 });
  const a = toDouble(av);
  const b = toDouble(bv);
  const relTol = rt === undefined ? 1e-9 : toDouble(rt);
  const absTol = at === undefined ? 0 : toDouble(at);
  if (relTol < 0 || absTol < 0) valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function perm(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  let r = 1n;
  for (let i = n - k + 1n; i <= n; i++) r *= i;
  return r;
}

function nonNeg(v: unknown, fname: string, what: string): bigint {
  const x = big(toIndex(v));
  if (x < 0n) valueError(`${what} must be a non-negative integer`);
  void fname;
  return x;
}

registerModule('math', () => {
  const m = new PyModule('math');
  const a = m.attrs;
  const def = (name: string, fn: (args: unknown[], kw: Kw) => unknown, nargs = 1) =>
    a.set(name, builtin(name, (args, kw) => {
      if (nargs >= 0) {
        noKw(name, kw);
        if (args.length !== nargs) {
          typeError(nargs === 1 ? `math.${name}() takes exactly one argument (${args.length} given)` : `${name} expected ${nargs} arguments, got ${args.length}`);
        }
      }
      return fn(args, kw);
    }, 'math'));
  a.set('pi', f(Math.PI));
  a.set('e', f(Math.E));
  a.set('tau', f(2 * Math.PI));
  a.set('inf', f(Infinity));
  a.set('nan', f(NaN));

  def('floor', roundingFn('__floor__', Math.floor));
  def('ceil', roundingFn('__ceil__', Math.ceil));
  def('trunc', roundingFn('__trunc__', Math.trunc));
  def('sqrt', math1(Math.sqrt, false));
  def('exp', math1(Math.exp, true));
  def('expm1', math1(Math.expm1, true));
  def('sin', math1(Math.sin, false));
  def('cos', math1(Math.cos, false));
  def('tan', math1(Math.tan, false));
  def('asin', math1(Math.asin, false));
  def('acos', math1(Math.acos, false));
  def('atan', math1(Math.atan, false));
  def('sinh', math1(Math.sinh, true));
  def('cosh', math1(Math.cosh, true));
  def('tanh', math1(Math.tanh, false));
  def('asinh', math1(Math.asinh, false));
  def('acosh', math1(Math.acosh, false));
  def('atanh', math1(Math.atanh, false));
  def('fabs', (args) => f(Math.abs(toDouble(args[0]))));
  def('degrees', (args) => f(toDouble(args[0]) * (180.0 / Math.PI)));
  def('radians', (args) => f(toDouble(args[0]) * (Math.PI / 180.0)));
  def('isinf', (args) => {
    const x = toDouble(args[0]);
    return x === Infinity || x === -Infinity;
  });
  def('isnan', (args) => Number.isNaN(toDouble(args[0])));
  def('isfinite', (args) => Number.isFinite(toDouble(args[0])));
  def('copysign', (args) => {
    const x = Math.abs(toDouble(args[0]));
    const y = toDouble(args[1]);
    return f(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false) ? -x : x);
  }, 2);
  def('atan2', (args) => f(Math.atan2(toDouble(args[0]), toDouble(args[1]))), 2);
  def('fmod', (args) => {
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (!Number.isFinite(y) && Number.isFinite(x)) return f(x);
    if (y === 0 && !Number.isNaN(x)) return domain();
    if (!Number.isFinite(x) && !Number.isNaN(x)) return domain();
    return f(x % y);
  }, 2);
  def('pow', (args) => {
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (x === 1 || y === 0) return f(1);
    if (x === 0 && y < 0) return domain();
    if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && !Number.isInteger(y)) return domain();
    const r = Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) rangeErr();
    return f(r);
  }, 2);
  def('modf', (args) => {
    const x = toDouble(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return newTuple([f(x), f(x)]);
      return newTuple([f(x > 0 ? 0 : -0), f(x)]);
    }
    const ip = Math.trunc(x);
    const fp = x - ip;
    return newTuple([f(fp === 0 && x < 0 ? -0 : fp), f(ip)]);
  });
  def('frexp', (args) => {
    const [mm, e] = frexp(toDouble(args[0]));
    return newTuple([f(mm), e]);
  });
  def('ldexp', (args) => {
    const x = toDouble(args[0]);
    const e = toIndex(args[1]);
    const r = ldexp(x, Number(e));
    if (!Number.isFinite(r) && Number.isFinite(x)) rangeErr();
    return f(r);
  }, 2);
  def('log', (args) => {
    argRange('log', args, 1, 2);
    const num = logOf(args[0], Math.log, Math.LN2);
    if (args.length === 1) return f(num);
    const den = logOf(args[1], Math.log, Math.LN2);
    if (den === 0) raise(BT.T_ZeroDivisionError, 'float division by zero');
    return f(num / den);
  }, -1);
  def('log2', (args) => f(logOf(args[0], Math.log2, 1)));
  def('log10', (args) => f(logOf(args[0], Math.log10, Math.LOG10E * Math.LN2)));
  def('log1p', (args) => {
    const x = toDouble(args[0]);
    if (x <= -1) return domain();
    return f(Math.log1p(x));
  });
  def('isqrt', (args) => {
    const n = big(toIndex(args[0]));
    if (n < 0n) valueError('isqrt() argument must be nonnegative');
    return normInt(isqrtBig(n));
  });
  def('gcd', (args) => {
    let g = 0n;
    for (const v of args) g = gcd2(g, big(toIndex(v)));
    return normInt(g);
  }, -1);
  def('lcm', (args) => {
    if (args.length === 0) return 1;
    let l = 1n;
    for (const v of args) {
      const x = big(toIndex(v));
      if (x === 0n || l === 0n) {
        l = 0n;
        continue;
      }
      l = (l / gcd2(l, x)) * (x < 0n ? -x : x);
      if (l < 0n) l = -l;
    }
    return normInt(l);
  }, -1);
  def('factorial', (args) => {
    const v = args[0];
    if (v instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    const n = big(toIndex(v));
    if (n < 0n) valueError('factorial() not defined for negative values');
    return normInt(factorialBig(n));
  });
  def('comb', (args) => {
    const n = nonNeg(args[0], 'comb', 'n');
    const k = nonNeg(args[1], 'comb', 'k');
    if (k > n) return 0;
    const kk = k < n - k ? k : n - k;
    return normInt(perm(n, kk) / factorialBig(kk));
  }, 2);
  def('perm', (args, kw) => {
    argRange('perm', args, 1, 2);
    const n = nonNeg(args[0], 'perm', 'n');
    if (args.length === 1 || args[1] === null) return normInt(factorialBig(n));
    const k = nonNeg(args[1], 'perm', 'k');
    return normInt(perm(n, k));
    void kw;
  }, -1);
  a.set('isclose', builtin('isclose', (args, kw) => isclose(args, kw), 'math'));
  a.set('prod', builtin('prod', (args, kw) => {
    argParserInitKw('prod', 1, kw, 'runtime'); // ('start',)
    const [it, st] = parseArgs('prod', args, kw, ['iterable', 'start?'], { maxPos: 1 });
    const items = iterToArray(it);
    let acc: unknown = st === undefined ? 1 : st;
    let owned = false;
    try {
      for (const x of items) {
        const r = binaryOp('*', acc, x);
        if (owned) decref(acc);
        acc = r;
        owned = true;
      }
    } finally {
      for (const x of items) decref(x);
    }
    return owned ? acc : incref(acc);
  }, 'math'));
  def('fsum', (args) => {
    const items = iterToArray(args[0]);
    try {
      return f(fsum(items.map(toDouble)));
    } finally {
      for (const x of items) decref(x);
    }
  });
  def('hypot', (args) => f(normOf(args.map(toDouble))), -1);
  def('dist', (args) => {
    const p = iterToArray(args[0]);
    const q = iterToArray(args[1]);
    try {
      if (p.length !== q.length) valueError('both points must have the same number of dimensions');
      return f(normOf(p.map((x, i) => toDouble(x) - toDouble(q[i]))));
    } finally {
      for (const x of p) decref(x);
      for (const x of q) decref(x);
    }
  }, 2);
  def('remainder', (args) => {
    const x = toDouble(args[0]);
    const y = toDouble(args[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return f(NaN);
    if (!Number.isFinite(x) || y === 0) return domain();
    if (!Number.isFinite(y)) return f(x);
    const n = Math.round(x / y);
    let r = x - n * y;
    // round half to even on exact ties
    if (Math.abs(x / y - Math.trunc(x / y)) === 0.5 && n % 2 !== 0) r = x - (n - Math.sign(n)) * y;
    return f(r);
  }, 2);
  return m;
});

/** exported for random: the float of an int, as PyFloat_AsDouble */
export { f as pyFloat };
void BT.T_int;
