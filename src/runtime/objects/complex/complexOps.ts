// Complex arithmetic (Objects/complexobject.c): _Py_c_prod, Smith's _Py_c_quot, c_powi /
// _Py_c_pow behind complex_add/sub/mul/div/pow, complex_richcompare (equality with ints and
// floats), complex_hash, complex_abs and complex_new (complex(x, y), complex('1+2j')). Fetched on
// first use (parts.ts: complexPart): few programs compute with complex numbers.

import { PyComplex, isReal } from '../complex';
import { PyFloat } from '../float';
import * as BT from '../builtinTypes';
import { hashFloat } from '../hash';
import { raise, typeError, valueError, zeroDivision } from '../../eval/errors';
import { typeOf } from '../typeobject/typeOf';
import type { BinOperator } from '../../../python/ast';

function realValue(v: unknown): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(BT.T_OverflowError, 'int too large to convert to float');
  return f;
}

type C = [number, number];
const toC = (v: unknown): C | null => (v instanceof PyComplex ? [v.re, v.im] : isReal(v) ? [realValue(v), 0] : null);

function prod(a: C, b: C): C {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** _Py_c_quot (Smith's algorithm) */
function quot(a: C, b: C): C {
  const absBr = Math.abs(b[0]);
  const absBi = Math.abs(b[1]);
  if (absBr >= absBi) {
    if (absBr === 0) return zeroDivision('complex division by zero');
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

function powu(x: C, n: number): C {
  let r: C = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, p);
    mask <<= 1;
    p = prod(p, p);
  }
  return r;
}

/** _Py_c_pow */
function cpow(a: C, b: C): C {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) zeroDivision('0.0 to a negative or complex power');
    return [0, 0];
  }
  const vabs = Math.hypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** complex arithmetic when either operand is complex; undefined when the operator does not apply */
export function complexBinary(op: BinOperator, a: unknown, b: unknown): unknown {
  const x = toC(a);
  const y = toC(b);
  if (x === null || y === null) return undefined;
  let r: C;
  switch (op) {
    case '+': r = [x[0] + y[0], x[1] + y[1]]; break;
    case '-': r = [x[0] - y[0], x[1] - y[1]]; break;
    case '*': r = prod(x, y); break;
    case '/': r = quot(x, y); break;
    case '**':
      if (y[1] === 0 && y[0] === Math.floor(y[0]) && Math.abs(y[0]) <= 100) {
        const n = y[0];
        if (n >= 0) r = powu(x, n);
        else {
          const d = powu(x, -n);
          // c_powi's division by zero is reported as the EDOM of a power
          if (d[0] === 0 && d[1] === 0) zeroDivision('0.0 to a negative or complex power');
          r = quot([1, 0], d);
        }
      } else {
        r = cpow(x, y);
      }
      if (!Number.isFinite(r[0]) || !Number.isFinite(r[1])) {
        if ([...x, ...y].every(Number.isFinite)) raise(BT.T_OverflowError, 'complex exponentiation');
      }
      break;
    case '//': return typeError(`unsupported operand type(s) for //: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    case '%': return typeError(`unsupported operand type(s) for %: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    default: return undefined;
  }
  return new PyComplex(r[0], r[1]);
}

export function complexUnary(op: '-' | '+' | '~', a: PyComplex): unknown {
  if (op === '-') return new PyComplex(-a.re, -a.im);
  if (op === '+') return new PyComplex(a.re, a.im);
  return typeError("bad operand type for unary ~: 'complex'");
}

/** complex_richcompare: == and != with numbers; ordering is a TypeError; undefined for other types */
export function complexCompare(a: unknown, b: unknown, op: string): unknown {
  const x = toC(a);
  const y = toC(b);
  if (x === null || y === null) return undefined;
  if (op !== '==' && op !== '!=') {
    return typeError(`'${op}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
  }
  const eq = x[0] === y[0] && x[1] === y[1];
  return op === '==' ? eq : !eq;
}

/** complex_hash: hash(real) + 1000003 * hash(imag), wrapped to a machine word */
export function complexHash(c: PyComplex): number | bigint {
  const hr = BigInt(hashFloat(c.re));
  const hi = BigInt(hashFloat(c.im));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

export function complexAbs(c: PyComplex): PyFloat {
  const r = Math.hypot(c.re, c.im);
  if (!Number.isFinite(r) && Number.isFinite(c.re) && Number.isFinite(c.im)) raise(BT.T_OverflowError, 'absolute value too large');
  return new PyFloat(r);
}

/** complex('1+2j'): complex_subtype_from_string's forms: real, imag j, real+imag j (optionally in parentheses) */
function parseComplex(s: string): PyComplex {
  const bad = (): never => valueError('complex() arg is a malformed string');
  let t = s.trim();
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  const NUM = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;
  const num = (x: string): number => {
    if (!NUM.test(x)) bad();
    const y = x.replace(/_/g, '').toLowerCase();
    if (y.includes('inf')) return y.startsWith('-') ? -Infinity : Infinity;
    if (y.includes('nan')) return NaN;
    return Number(y);
  };
  const unit = (x: string): number => (x === '' || x === '+' ? 1 : x === '-' ? -1 : num(x));
  if (t === '') return bad();
  if (!/[jJ]$/.test(t)) return new PyComplex(num(t), 0);
  const body = t.slice(0, -1);
  // the sign that starts the imaginary part: the last + or - not at the start and not after an exponent 'e'
  let k = -1;
  for (let i = body.length - 1; i > 0; i--) {
    if ((body[i] === '+' || body[i] === '-') && !/[eE]/.test(body[i - 1])) {
      k = i;
      break;
    }
  }
  if (k < 0) return new PyComplex(0, unit(body));
  return new PyComplex(num(body.slice(0, k)), unit(body.slice(k)));
}

export function constructComplex(args: unknown[], kw: Map<string, unknown> | null): unknown {
  let real: unknown = undefined;
  let imag: unknown = undefined;
  if (args.length > 2) typeError(`complex() takes at most 2 arguments (${args.length} given)`);
  [real, imag] = args;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'real') real = v;
      else if (k === 'imag') imag = v;
      else typeError(`complex() got an unexpected keyword argument '${k}'`);
    }
  }
  if (typeof real === 'string') {
    if (imag !== undefined) typeError("complex() can't take second arg if first is a string");
    return parseComplex(real);
  }
  if (typeof imag === 'string') typeError("complex() second arg can't be a string");
  const r = real === undefined ? ([0, 0] as C) : toC(real);
  const i = imag === undefined ? null : toC(imag);
  if (r === null) {
    const t = typeOf(real);
    const hook = ['__complex__', '__float__', '__index__'].find((n) => !t.builtin && t.lookup(n) !== undefined);
    if (hook !== undefined) raise(BT.T_NotImplementedError, `complex() of an object whose class defines ${hook} is not supported in RefScope`);
    return typeError(`complex() first argument must be a string or a number, not '${t.name}'`);
  }
  if (imag !== undefined && i === null) return typeError(`complex() second argument must be a number, not '${typeOf(imag).name}'`);
  if (real instanceof PyComplex && imag === undefined) return real;
  let re = r[0];
  let im = i === null ? (real instanceof PyComplex ? r[1] : 0) : i[0];
  if (imag instanceof PyComplex) re -= i![1];
  if (real instanceof PyComplex && imag !== undefined) im += r[1];
  return new PyComplex(re, im);
}
