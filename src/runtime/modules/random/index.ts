// The random module: Lib/random.py's algorithms (randrange and _randbelow by rejection on
// getrandbits, randint, choice, shuffle, sample, choices, uniform, gauss...) on the Mersenne
// Twister of Modules/_randommodule.c (./mersenne.ts), so a seeded program draws exactly what
// CPython draws. seed(None) and Random() seed from the host's entropy, honestly non-deterministic.

import * as BT from '../../objects/builtinTypes';
import { PyModule, PyRange } from '../../objects/descriptors';
import { builtin, method, type Kw } from '../../objects/function';
import { PyObject, decref, incref } from '../../objects/object';
import { PyFloat, mkFloat } from '../../objects/float';
import { PyList, newList } from '../../objects/list';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyType } from '../../objects/typeobject/type';
import { gcNew } from '../../gc/heap';
import { registerModule } from '../registry';
import { parseArgs } from '../../eval/args';
import { raise, typeError, valueError } from '../../eval/errors';
import { getItem, setItem, pyLen, pyHash } from '../../eval/protocols';
import { iterToArray } from '../../objects/iter';
import { typeOf, normInt } from '../../objects/typeobject/typeOf';
import { binaryOp } from '../../eval/ops';
import { pyLt } from '../../eval/compare';
import { hexAddr } from '../../eval/repr';
import { toDouble, toIndex } from '../math';
import { MersenneTwister, MT_N } from './mersenne';
import { sha512 } from './sha512';

export const T_Random = new PyType('Random', [BT.T_object], true, 'random');

type Int = number | bigint;
const big = (v: Int): bigint => (typeof v === 'bigint' ? v : BigInt(v));

export class PyRandom extends PyObject {
  mt = new MersenneTwister();
  gaussNext: number | null = null;
  get type(): PyType {
    return T_Random;
  }
  get isGC(): boolean {
    return true;
  }
  pyRepr(): string {
    return `<random.Random object at ${hexAddr(this)}>`;
  }

  /** Random.seed (Lib/random.py, version 2) then random_seed (C) */
  seed(a: unknown): void {
    this.gaussNext = null;
    if (a === null || a === undefined) {
      this.mt.initByArray(entropyWords());
      return;
    }
    if (typeof a === 'string') {
      const bytes = new TextEncoder().encode(a);
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      let n = 0n;
      for (const b of all) n = (n << 8n) | BigInt(b);
      this.mt.seedInt(n);
      return;
    }
    if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') {
      const n = big(typeof a === 'boolean' ? (a ? 1 : 0) : a);
      this.mt.seedInt(n < 0n ? -n : n);
      return;
    }
    if (!(a instanceof PyFloat)) {
      typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    }
    // random_seed hashes anything else and takes the hash as an unsigned size_t
    const h = big(pyHash(a) as Int);
    this.mt.seedInt(h < 0n ? h + (1n << 64n) : h);
  }

  random(): number {
    return this.mt.random();
  }

  getrandbits(k: number): Int {
    if (k < 0) valueError('number of bits must be non-negative');
    if (k === 0) return 0;
    const r = this.mt.getrandbits(k);
    return typeof r === 'bigint' ? normInt(r) : r;
  }

  /** _randbelow_with_getrandbits */
  randbelow(n: Int): Int {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (cmpInt(r, n) >= 0) r = this.getrandbits(k);
    return r;
  }
}

function bitLength(n: Int): number {
  if (typeof n === 'number') return n <= 0 ? 0 : n.toString(2).length;
  return n === 0n ? 0 : n.toString(2).length;
}

function cmpInt(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function entropyWords(): number[] {
  const words = new Uint32Array(MT_N);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => void } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(words);
  else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 2 ** 32) >>> 0;
  return Array.from(words);
}

function newRandom(seed: unknown): PyRandom {
  const r = gcNew(new PyRandom());
  r.seed(seed);
  return r;
}

T_Random.construct = (args, kw) => {
  const [x] = parseArgs('Random', args, kw, ['x?']);
  return newRandom(x === undefined ? null : x);
};

const rnd = (self: unknown): PyRandom => self as PyRandom;
const addInt = (a: Int, b: Int): Int => normInt(big(a) + big(b));

function intArgOf(v: unknown, what: string): Int {
  if (v instanceof PyFloat) {
    // 3.11: a float with an integral value is accepted (with a DeprecationWarning)
    if (!Number.isInteger(v.v)) valueError(`non-integer ${what} for randrange()`);
    return v.v;
  }
  return toIndex(v);
}

/** Random.randrange */
function randrange(r: PyRandom, start: unknown, stop: unknown, step: unknown): Int {
  const istart = intArgOf(start, 'arg 1');
  if (stop === undefined || stop === null) {
    if (step !== undefined) typeError('Missing a non-None stop argument');
    if (cmpInt(istart, 0) > 0) return r.randbelow(istart);
    return valueError('empty range for randrange()');
  }
  const istop = intArgOf(stop, 'stop');
  const width = normInt(big(istop) - big(istart));
  const istep = step === undefined ? 1 : intArgOf(step, 'step');
  if (istep === 1 || istep === 1n) {
    if (cmpInt(width, 0) > 0) return addInt(istart, r.randbelow(width));
    return valueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
  }
  const bs = big(istep);
  const bw = big(width);
  let n: bigint;
  if (bs > 0n) n = floorDiv(bw + bs - 1n, bs);
  else if (bs < 0n) n = floorDiv(bw + bs + 1n, bs);
  else return valueError('zero step for randrange()');
  if (n <= 0n) return valueError('empty range for randrange()');
  return normInt(big(istart) + bs * big(r.randbelow(normInt(n))));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** isinstance(x, collections.abc.Sequence) for the builtin sequences */
function isSequence(x: unknown): boolean {
  if (typeof x === 'string' || x instanceof PyList || x instanceof PyTuple || x instanceof PyRange) return true;
  return false;
}

method(T_Random, 'seed', (self, args, kw) => {
  const [a] = parseArgs('seed', args, kw, ['a?', 'version?']);
  rnd(self).seed(a === undefined ? null : a);
  return null;
});
method(T_Random, 'random', (self) => mkFloat(rnd(self).random()));
method(T_Random, 'getrandbits', (self, args) => {
  if (args.length !== 1) typeError(`getrandbits() takes exactly one argument (${args.length} given)`);
  const k = toIndex(args[0]);
  return rnd(self).getrandbits(Number(k));
});
method(T_Random, 'randrange', (self, args, kw) => {
  const [start, stop, step] = parseArgs('randrange', args, kw, ['start', 'stop?', 'step?']);
  return randrange(rnd(self), start, stop, step);
});
method(T_Random, 'randint', (self, args, kw) => {
  const [a, b] = parseArgs('randint', args, kw, ['a', 'b']);
  const bb = intArgOf(b, 'stop');
  return randrange(rnd(self), a, addInt(bb, 1), undefined);
});
method(T_Random, 'choice', (self, args, kw) => {
  const [seq] = parseArgs('choice', args, kw, ['seq']);
  const n = pyLen(seq);
  if (n === 0) raise(BT.T_IndexError, 'Cannot choose from an empty sequence');
  return getItem(seq, rnd(self).randbelow(n));
});
method(T_Random, 'shuffle', (self, args, kw) => {
  const [x] = parseArgs('shuffle', args, kw, ['x']);
  const r = rnd(self);
  for (let i = pyLen(x) - 1; i >= 1; i--) {
    const j = r.randbelow(i + 1) as number;
    const xj = getItem(x, j);
    const xi = getItem(x, i);
    try {
      setItem(x, i, xj);
      setItem(x, j, xi);
    } finally {
      decref(xj);
      decref(xi);
    }
  }
  return null;
});
method(T_Random, 'sample', (self, args, kw) => {
  const [population, kv, counts] = parseArgs('sample', args, kw, ['population', 'k', 'counts?'], { maxPos: 2 });
  if (counts !== undefined && counts !== null) raise(BT.T_NotImplementedError, 'random.sample(counts=...) is not supported in RefScope');
  if (!isSequence(population)) typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  const r = rnd(self);
  const n = pyLen(population);
  const k = Number(toIndex(kv));
  if (!(k >= 0 && k <= n)) valueError('Sample larger than population or is negative');
  const result: unknown[] = new Array(k).fill(null);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  try {
    if (n <= setsize) {
      const pool = iterToArray(population);
      try {
        for (let i = 0; i < k; i++) {
          const j = r.randbelow(n - i) as number;
          result[i] = incref(pool[j]);
          const moved = incref(pool[n - i - 1]);
          decref(pool[j]);
          pool[j] = moved;
        }
      } finally {
        for (const v of pool) decref(v);
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = r.randbelow(n) as number;
        while (selected.has(j)) j = r.randbelow(n) as number;
        selected.add(j);
        result[i] = getItem(population, j);
      }
    }
  } catch (e) {
    for (const v of result) decref(v);
    throw e;
  }
  return newList(result);
});
method(T_Random, 'choices', (self, args, kw) => {
  const [population, weights, cumWeights, kv] = parseArgs('choices', args, kw, ['population', 'weights?', 'cum_weights?', 'k?'], { maxPos: 2 });
  const r = rnd(self);
  const n = pyLen(population);
  const k = kv === undefined ? 1 : Number(toIndex(kv));
  const out: unknown[] = [];
  const noCum = cumWeights === undefined || cumWeights === null;
  if (noCum && (weights === undefined || weights === null)) {
    for (let i = 0; i < k; i++) out.push(getItem(population, Math.floor(r.random() * n)));
    return newList(out);
  }
  if (!noCum && weights !== undefined && weights !== null) typeError('Cannot specify both weights and cumulative weights');
  // cum_weights as Python objects: accumulate() over weights, compared with bisect_right
  const cum: unknown[] = [];
  if (noCum) {
    const ws = iterToArray(weights);
    let acc: unknown = undefined;
    for (const w of ws) {
      const next: unknown = acc === undefined ? incref(w) : binaryOp('+', acc, w);
      if (acc !== undefined) cum.push(acc);
      acc = next;
    }
    if (acc !== undefined) cum.push(acc);
    for (const w of ws) decref(w);
  } else cum.push(...iterToArray(cumWeights));
  try {
    if (cum.length !== n) valueError('The number of weights does not match the population');
    const total = toDouble(cum[n - 1]) + 0.0;
    if (total <= 0.0) valueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) valueError('Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) {
      const x = mkFloat(r.random() * total);
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (pyLt(x, cum[mid])) h = mid;
        else lo = mid + 1;
      }
      out.push(getItem(population, lo));
    }
  } finally {
    for (const c of cum) decref(c);
  }
  return newList(out);
});
method(T_Random, 'uniform', (self, args, kw) => {
  const [a, b] = parseArgs('uniform', args, kw, ['a', 'b']);
  const x = toDouble(a);
  return mkFloat(x + (toDouble(b) - x) * rnd(self).random());
});
method(T_Random, 'triangular', (self, args, kw) => {
  const [lo, hi, mode] = parseArgs('triangular', args, kw, ['low?', 'high?', 'mode?']);
  const r = rnd(self);
  let low = lo === undefined ? 0.0 : toDouble(lo);
  let high = hi === undefined ? 1.0 : toDouble(hi);
  let u = r.random();
  let c: number;
  try {
    c = mode === undefined || mode === null ? 0.5 : (toDouble(mode) - low) / (high - low);
  } catch {
    return mkFloat(low);
  }
  if (high - low === 0) return mkFloat(low);
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [low, high] = [high, low];
  }
  return mkFloat(low + (high - low) * Math.sqrt(u * c));
});
method(T_Random, 'gauss', (self, args, kw) => {
  const [mu, sigma] = parseArgs('gauss', args, kw, ['mu?', 'sigma?']);
  const r = rnd(self);
  let z = r.gaussNext;
  r.gaussNext = null;
  if (z === null) {
    const x2pi = r.random() * (2 * Math.PI);
    const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - r.random()));
    z = Math.cos(x2pi) * g2rad;
    r.gaussNext = Math.sin(x2pi) * g2rad;
  }
  return mkFloat((mu === undefined ? 0.0 : toDouble(mu)) + z * (sigma === undefined ? 1.0 : toDouble(sigma)));
});
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
method(T_Random, 'normalvariate', (self, args, kw) => {
  const [mu, sigma] = parseArgs('normalvariate', args, kw, ['mu?', 'sigma?']);
  const r = rnd(self);
  let z: number;
  for (;;) {
    const u1 = r.random();
    const u2 = 1.0 - r.random();
    z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -Math.log(u2)) break;
  }
  return mkFloat((mu === undefined ? 0.0 : toDouble(mu)) + z * (sigma === undefined ? 1.0 : toDouble(sigma)));
});
method(T_Random, 'expovariate', (self, args, kw) => {
  const [lambd] = parseArgs('expovariate', args, kw, ['lambd']);
  return mkFloat(-Math.log(1.0 - rnd(self).random()) / toDouble(lambd));
});
method(T_Random, 'getstate', (self) => {
  const r = rnd(self);
  const inner = newTuple(r.mt.getState());
  return newTuple([3, inner, r.gaussNext === null ? null : mkFloat(r.gaussNext)]);
});
method(T_Random, 'setstate', (self, args) => {
  if (args.length !== 1) typeError(`setstate() takes 2 positional arguments but ${args.length + 1} were given`);
  const st = args[0];
  if (!(st instanceof PyTuple) || st.items.length !== 3 || st.items[0] !== 3) {
    return valueError(`state with version ${st instanceof PyTuple ? String(st.items[0]) : '?'} passed to Random.setstate() of version 3`);
  }
  const inner = st.items[1];
  if (!(inner instanceof PyTuple) || inner.items.length !== MT_N + 1) return valueError('state vector is the wrong size');
  const words = inner.items.map((v) => Number(toIndex(v)));
  const idx = words[MT_N];
  if (idx < 0 || idx > MT_N) valueError('invalid state');
  const r = rnd(self);
  r.mt.setState(words.slice(0, MT_N), idx);
  const g = st.items[2];
  r.gaussNext = g === null ? null : toDouble(g);
  return null;
});

/** the names Lib/random.py binds to its hidden instance, _inst */
const MODULE_FUNCS = [
  'seed', 'random', 'getrandbits', 'randrange', 'randint', 'choice', 'shuffle', 'sample', 'choices',
  'uniform', 'triangular', 'gauss', 'normalvariate', 'expovariate', 'getstate', 'setstate',
];

registerModule('random', () => {
  const m = new PyModule('random');
  const inst = new PyRandom(); // the module's own instance, outside the traced heap like the module
  (inst as { immortal?: boolean }).immortal = true;
  inst.rc = 1 << 28;
  inst.seed(null);
  for (const name of MODULE_FUNCS) {
    const d = T_Random.methods.get(name) as { fn: (s: unknown, a: unknown[], k: Kw) => unknown };
    m.attrs.set(name, builtin(name, (args, kw) => d.fn(inst, args, kw), 'random'));
  }
  m.attrs.set('Random', T_Random);
  void typeOf;
  return m;
});
