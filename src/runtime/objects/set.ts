// set: an open-addressing hash table laid out as CPython's (Objects/setobject.c), so that
// iteration order (and so repr) matches: linear probes of 9, then perturbation.

import { PyObject, decref, incref, isHeap, obs } from './object';
import { T_frozenset, T_set } from './builtinTypes';
import { gcNew } from '../gc/heap';
import type { PyType } from './typeobject/type';
import { pyHash } from '../eval/protocols';
import { pyEq } from '../eval/compare';
import { PyFloat } from './float';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const DUMMY: unique symbol = Symbol('dummy');
const EMPTY = undefined;

type Slot = unknown | typeof DUMMY | undefined;

/** hash as an unsigned 64-bit bigint when it does not fit the fast path */
function toUnsigned(h: number | bigint): bigint {
  return BigInt.asUintN(64, BigInt(h));
}

function fastEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' && typeof b === 'string') return false;
  // a str against another atom is never equal; against an object, its __eq__ decides (set_lookkey's
  // PyObject_RichCompare: str's NotImplemented, then the object's reflected __eq__)
  if ((ta === 'string' || typeof b === 'string') && !(a instanceof PyObject) && !(b instanceof PyObject)) return false;
  if ((ta === 'number' || ta === 'boolean' || ta === 'bigint' || a instanceof PyFloat) && (typeof b === 'number' || typeof b === 'boolean' || typeof b === 'bigint' || b instanceof PyFloat)) {
    const x = a instanceof PyFloat ? a.v : typeof a === 'boolean' ? +a : a;
    const y = b instanceof PyFloat ? b.v : typeof b === 'boolean' ? +b : b;
    // eslint-disable-next-line eqeqeq
    return x == y;
  }
  // set_lookkey / set_add_entry hold the stored key (startkey) while comparing
  incref(a);
  try {
    return pyEq(a, b);
  } finally {
    decref(a);
  }
}

export class PySet extends PyObject {
  keys: Slot[] = new Array(MINSIZE).fill(EMPTY);
  hashes: (number | bigint)[] = new Array(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  version = 0;
  frozen = false;
  /** false when RefScope built the table otherwise than CPython would (sys.getsizeof refuses) */
  sizeKnown = true;

  get type(): PyType {
    return this.frozen ? T_frozenset : T_set;
  }
  get isGC(): boolean {
    return true;
  }

  /** probe sequence start and step, shared by lookup and insert */
  findSlot(key: unknown, hash: number | bigint, clean = false): number {
    // returns index of the matching key, or -(index+1) of the first empty slot
    const mask = this.mask;
    const big = typeof hash === 'bigint' || hash < 0;
    let perturbN = big ? 0 : (hash as number);
    let perturbB = big ? toUnsigned(hash) : 0n;
    let i = big ? Number(perturbB & BigInt(mask)) : (hash as number) % (mask + 1);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = this.keys[j];
        if (k === EMPTY) return -(j + 1);
        // eslint-disable-next-line eqeqeq
        if (!clean && k !== DUMMY && this.hashes[j] == hash && fastEq(k, key)) return j;
        if (probes-- === 0) break;
        j++;
      }
      if (big) {
        perturbB >>= BigInt(PERTURB_SHIFT);
        i = Number((BigInt(i) * 5n + 1n + perturbB) & BigInt(mask));
      } else {
        perturbN = Math.floor(perturbN / 32);
        i = (i * 5 + 1 + perturbN) % (mask + 1);
      }
    }
  }

  has(key: unknown): boolean {
    return this.findSlot(key, pyHash(key)) >= 0;
  }

  /** set_add_entry; the set takes its own reference */
  add(key: unknown): void {
    this.addHashed(key, pyHash(key));
  }

  /** set_add_entry with the key's hash already known */
  addHashed(key: unknown, h: number | bigint): void {
    // set_add_entry's pre-increment: the key is held while the table is searched
    incref(key);
    let s: number;
    try {
      s = this.findSlot(key, h);
    } catch (x) {
      decref(key);
      throw x;
    }
    if (s >= 0) {
      decref(key);
      return;
    }
    const j = -s - 1;
    this.keys[j] = key;
    this.hashes[j] = h;
    this.fill++;
    this.used++;
    this.version++;
    if (obs !== null) obs.mutate(this);
    if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_discard_key: true if it was there; the set's reference is released */
  discard(key: unknown): boolean {
    return this.discardHashed(key, pyHash(key));
  }

  /** set_discard_entry with the key's hash already known */
  discardHashed(key: unknown, h: number | bigint): boolean {
    const s = this.findSlot(key, h);
    if (s < 0) return false;
    const k = this.keys[s];
    this.keys[s] = DUMMY;
    this.used--;
    this.version++;
    if (obs !== null) obs.mutate(this);
    decref(k);
    return true;
  }

  /** set_table_resize: re-insert in old table order (set_insert_clean) */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size <<= 1;
    const oldK = this.keys;
    const oldH = this.hashes;
    this.keys = new Array(size).fill(EMPTY);
    this.hashes = new Array(size).fill(0);
    this.mask = size - 1;
    this.fill = this.used;
    for (let i = 0; i < oldK.length; i++) {
      const k = oldK[i];
      if (k === EMPTY || k === DUMMY) continue;
      const j = -this.findSlot(k, oldH[i], true) - 1;
      this.keys[j] = k;
      this.hashes[j] = oldH[i];
    }
  }

  /** [key, hash] of the members in table order */
  entries(): [unknown, number | bigint][] {
    return tableEntries(this);
  }

  /** set_swap_bodies: the two sets exchange their tables */
  swapBodies(o: PySet): void {
    [this.keys, o.keys] = [o.keys, this.keys];
    [this.hashes, o.hashes] = [o.hashes, this.hashes];
    [this.mask, o.mask] = [o.mask, this.mask];
    [this.fill, o.fill] = [o.fill, this.fill];
    [this.used, o.used] = [o.used, this.used];
    this.version++;
    o.version++;
    if (obs !== null) {
      obs.mutate(this);
      obs.mutate(o);
    }
  }

  /** the members in table order */
  /** set_contains_entry: membership with a hash already known */
  hasHashed(key: unknown, h: number | bigint): boolean {
    return this.findSlot(key, h) >= 0;
  }

  items(): unknown[] {
    const out: unknown[] = [];
    for (const k of this.keys) if (k !== EMPTY && k !== DUMMY) out.push(k);
    return out;
  }

  traverse(visit: (o: PyObject) => void): void {
    for (const k of this.keys) if (k !== EMPTY && k !== DUMMY && isHeap(k)) visit(k);
  }
  edges(out: (label: string, o: unknown) => void): void {
    let i = 0;
    for (const k of this.keys) if (k !== EMPTY && k !== DUMMY) out(`{${i++}}`, k);
  }
  clear(): void {
    const old = this.items();
    this.keys = new Array(MINSIZE).fill(EMPTY);
    this.hashes = new Array(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.version++;
    if (obs !== null) obs.mutate(this);
    for (const k of old) decref(k);
  }
  releaseContents(): void {
    this.clear();
  }
}

/** the fields of a set's hash table (a PySet, or a table simulated without an object) */
export type SetTable = Pick<PySet, 'keys' | 'hashes' | 'mask' | 'fill' | 'used'>;

/** [key, hash] of a table's members in table order */
export function tableEntries(t: SetTable): [unknown, number | bigint][] {
  const out: [unknown, number | bigint][] = [];
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k !== EMPTY && k !== DUMMY) out.push([k, t.hashes[i]]);
  }
  return out;
}

/**
 * The constant frozenset of a set display, as a table made without an object or references:
 * PyFrozenSet_New(items) (set_add_key of each, with set_table_resize), which the compiler's
 * merge_consts_recursive then rebuilds from its own members in table order.
 */
export function simulatedTable(items: unknown[]): SetTable {
  return frozenTable(tableEntries(frozenTable(items)).map(([k]) => k));
}

function frozenTable(items: unknown[]): SetTable {
  // a bare table with PySet's probing and resizing, never registered as an object
  const t = Object.create(PySet.prototype) as PySet;
  t.keys = new Array(MINSIZE).fill(EMPTY);
  t.hashes = new Array(MINSIZE).fill(0);
  t.mask = MINSIZE - 1;
  t.fill = 0;
  t.used = 0;
  for (const k of items) {
    const h = pyHash(k);
    const s = t.findSlot(k, h);
    if (s >= 0) continue;
    t.keys[-s - 1] = k;
    t.hashes[-s - 1] = h;
    t.fill++;
    t.used++;
    if (t.fill * 5 >= t.mask * 3) t.resize(t.used > 50000 ? t.used * 2 : t.used * 4);
  }
  return t;
}

export function newSet(items: Iterable<unknown> = [], frozen = false): PySet {
  const s = gcNew(new PySet());
  s.frozen = frozen;
  for (const k of items) s.add(k);
  return s;
}
