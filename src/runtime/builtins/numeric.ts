// Numeric and character builtins (Python/bltinmodule.c): divmod, pow, round, chr, ord, hex, oct,
// bin, format.

import { baseValueOf, isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from '../eval/subclassDispatch';
import * as BT from '../objects/builtinTypes';
import { PyFloat } from '../objects/float';
import { incref } from '../objects/object';
import { newTuple } from '../objects/tuple';
import { PyInstance } from '../objects/instance';
import { binaryOp } from '../eval/ops';
import { callObject } from '../eval/call';
import { raise, typeError, valueError } from '../eval/errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { formatPart } from '../parts';
import { argParserInitKw, argRange, exactArgs, intArg, parseArgs } from '../eval/args';
import { normInt } from '../objects/typeobject/typeOf';
import { def } from './builtins';

def('divmod', (args) => {
  exactArgs('divmod', args, 2);
  const q = binaryOp('//', args[0], args[1]);
  const r = binaryOp('%', args[0], args[1]);
  return newTuple([q, r]);
});

def('pow', (args) => {
  argRange('pow', args, 2, 3);
  if (args.some(isValueSub)) args = args.map(baseValueOf);
  if (args.length === 3 && args[2] !== null) {
    for (const x of args) if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean') typeError('pow() 3rd argument not allowed unless all arguments are integers');
    const [b, e, m0] = args.map((x) => (typeof x === 'bigint' ? x : BigInt(typeof x === 'boolean' ? +x : (x as number))));
    if (m0 === 0n) valueError('pow() 3rd argument cannot be 0');
    const neg = m0 < 0n;
    const m = neg ? -m0 : m0;
    let base = ((b % m) + m) % m;
    let ex = e;
    if (ex < 0n) {
      // a modular inverse, then the positive power (long_pow, since 3.8)
      const inv = modInverse(base, m);
      if (inv === null) valueError('base is not invertible for the given modulus');
      base = inv!;
      ex = -ex;
    }
    let r = 1n % m;
    while (ex > 0n) {
      if (ex & 1n) r = (r * base) % m;
      base = (base * base) % m;
      ex >>= 1n;
    }
    if (neg && r !== 0n) r -= m;
    return normInt(r);
  }
  return binaryOp('**', args[0], args[1]);
});

function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

/** round(int, negative ndigits): exact, ties to even */
function roundIntDigits(v: number | bigint, d: number): number | bigint {
  if (d >= 0) return v;
  if (d < -5000) return 0;
  const n = BigInt(v);
  const p = 10n ** BigInt(-d);
  const neg = n < 0n;
  const a = neg ? -n : n;
  let q = a / p;
  const r = a % p;
  if (r * 2n > p || (r * 2n === p && q % 2n === 1n)) q += 1n;
  const out = q * p;
  return normInt(neg ? -out : out);
}

def('round', (args, kw) => {
  argParserInitKw('round', 2, kw);
  let [x, nd] = parseArgs('round', args, kw, ['number', 'ndigits?']);
  if (isValueSub(x)) {
    const f = userOverride(x, '__round__');
    if (f !== undefined) return callObject(f, nd === undefined ? [incref(x)] : [incref(x), incref(nd)], null);
    x = x.baseValue;
  }
  if (x instanceof PyInstance) {
    const f = x.cls.lookup('__round__');
    if (f !== undefined) return callObject(f, nd === undefined ? [incref(x)] : [incref(x), incref(nd)], null);
  }
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') {
    const v = typeof x === 'boolean' ? +x : x;
    if (nd === undefined || nd === null) return v;
    return roundIntDigits(v, intArg(nd, 'round'));
  }
  if (!(x instanceof PyFloat)) return typeError(`type ${typeOf(x).name} doesn't define __round__ method`);
  if (nd === undefined || nd === null) {
    if (!Number.isFinite(x.v)) raise(Number.isNaN(x.v) ? BT.T_ValueError : BT.T_OverflowError, Number.isNaN(x.v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return roundHalfEven(x.v);
  }
  const d = intArg(nd, 'round');
  return new PyFloat(roundToDigits(x.v, d));
});

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const diff = v - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** float round(x, n): decide by the exact decimal value of x, ties to even */
function roundToDigits(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (n > 300) return x;
  const s = x.toFixed(Math.min(Math.max(n + 25, 0), 100));
  const exact = Number(s) === x ? s : null;
  if (exact !== null && n >= 0) {
    const [ip, fp = ''] = exact.replace('-', '').split('.');
    const keep = fp.slice(0, n);
    const rest = fp.slice(n);
    let digits = BigInt(ip + keep);
    const half = rest.length > 0 && rest[0] === '5' && /^5?0*$/.test(rest);
    const up = rest.length > 0 && (rest[0] > '5' || (rest[0] === '5' && !half));
    if (up || (half && digits % 2n === 1n)) digits += 1n;
    const str = digits.toString().padStart(n + 1, '0');
    const res = Number(str.slice(0, str.length - n) + '.' + str.slice(str.length - n));
    return x < 0 ? -res : res;
  }
  const p = 10 ** n;
  return roundHalfEven(x * p) / p;
}

def('chr', (args) => {
  exactArgs('chr', args, 1);
  const n = intArg(args[0], 'chr');
  if (n < 0 || n > 0x10ffff) valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(n);
});

def('ord', (args) => {
  exactArgs('ord', args, 1);
  const s = args[0];
  if (typeof s !== 'string') return typeError(`ord() expected string of length 1, but ${typeOf(s).name} found`);
  const cps = [...s];
  if (cps.length !== 1) typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return cps[0].codePointAt(0)!;
});

function radix(name: string, base: number, prefix: string) {
  def(name, (args) => {
    exactArgs(name, args, 1);
    const v = args[0];
    if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
    const n = typeof v === 'boolean' ? +v : (v as number | bigint);
    const neg = n < 0;
    const a = neg ? -BigInt(n) : BigInt(n);
    return (neg ? '-' : '') + prefix + a.toString(base);
  });
}
radix('hex', 16, '0x');
radix('oct', 8, '0o');
radix('bin', 2, '0b');

def('format', (args) => {
  argRange('format', args, 1, 2);
  const spec = args.length > 1 ? args[1] : '';
  if (typeof spec !== 'string') typeError(`format() argument 2 must be str, not ${typeOf(spec).name}`);
  return formatPart().formatValue(args[0], spec as string);
});
