// hash() as CPython computes it (Python/pyhash.c, Objects/longobject.c, tupleobject.c),
// and the normalised keys dicts and sets use to find equal keys quickly.

import { PyFloat } from './float';
import { PyObject } from './object';
import { PyTuple } from './tuple';

export const HASH_MODULUS = (1n << 61n) - 1n;
const MOD_N = 2 ** 61 - 1;
const MASK64 = (1n << 64n) - 1n;

/** hash of an int (long_hash) */
export function hashInt(n: number | bigint): number | bigint {
  if (typeof n === 'number') {
    if (n >= 0 && n < MOD_N) return n;
    if (n < 0 && -n < MOD_N) return n === -1 ? -2 : n;
    n = BigInt(n);
  }
  const neg = n < 0n;
  let h = (neg ? -n : n) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

/** _Py_HashDouble */
export function hashFloat(v: number): number | bigint {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 0 : v > 0 ? 314159 : -314159;
  if (Number.isInteger(v)) return hashInt(Number.isSafeInteger(v) ? v : BigInt(v));
  let m = Math.abs(v);
  const sign = v < 0 ? -1n : 1n;
  let e = Math.floor(Math.log2(m)) + 1;
  m = m / 2 ** e;
  if (m >= 1) { m /= 2; e++; }
  if (m < 0.5) { m *= 2; e--; }
  let x = 0n;
  const BITS = 61n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (BITS - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (BITS - eb));
  x = x * sign;
  if (x === -1n) x = -2n;
  return Number.isSafeInteger(Number(x)) ? Number(x) : x;
}

/** A stable 52-bit string hash (CPython's is randomised per process; any fixed one is faithful). */
export function hashStr(s: string): number {
  if (s.length === 0) return 0; // _Py_HashBytes of an empty buffer, as CPython: hash('') == hash(b'') == 0
  let h1 = 0x811c9dc5;
  let h2 = 0x12345;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0) * 2 ** 20 + ((h2 >>> 0) & 0xfffff);
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash (the xxHash-based one since 3.8) */
export function hashTupleLanes(lanes: (number | bigint)[]): number | bigint {
  let acc = XXPRIME_5;
  for (const l of lanes) {
    const lane = BigInt.asUintN(64, BigInt(l));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  const signed = BigInt.asIntN(64, acc);
  return Number.isSafeInteger(Number(signed)) ? Number(signed) : signed;
}

export function addressOf(o: { id: number }): number {
  return 0x7f3a00000000 + o.id * 0x30;
}

/** _Py_HashPointer for objects hashed by identity */
export function hashPointer(o: { id: number }): number {
  return Math.floor(addressOf(o) / 16);
}

export const NONE_HASH = 0x6f1b2c0;

/** hash of an atom; undefined for objects that need the protocol */
export function hashAtom(v: unknown): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
      return hashInt(v);
    case 'bigint':
      return hashInt(v);
    case 'string':
      return hashStr(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'object':
      if (v === null) return NONE_HASH;
      if (v instanceof PyFloat) return hashFloat(v.v);
  }
  return undefined;
}

/** for tuples of atoms: computed without the protocol */
export function isPlainTuple(t: PyTuple): boolean {
  for (const v of t.items) {
    if (typeof v === 'object' && v !== null && !(v instanceof PyFloat)) {
      if (!(v instanceof PyTuple) || !isPlainTuple(v)) return false;
    }
  }
  return true;
}

export function isObject(v: unknown): v is PyObject {
  return v instanceof PyObject;
}
