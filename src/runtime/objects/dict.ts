// dict: insertion-ordered table of key/value references (Objects/dictobject.c).
// Entries live in two parallel arrays in insertion order (like CPython's compact dict); an
// index maps a normalised key to its entry. Keys whose type defines __hash__/__eq__ are found
// through their hash and compared with __eq__ (the slow path).

import { profile } from '../versions';
import { PyObject, decref, incref, isHeap, obs } from './object';
import { T_dict } from './builtinTypes';
import { gcState, gcNew } from '../gc/heap';
import { mayBeTracked } from './tuple';
import { typeModified, type PyType } from './typeobject/type';
import { keyOf, pyEq, slowHashKey } from './keys';
import { DK_UNKNOWN, dkClear, dkInsertNew, dkStoreKey } from './storage/dictKeys';

const HOLE: unique symbol = Symbol('deleted');

export class PyDict extends PyObject {
  ks: unknown[] = [];
  vs: unknown[] = [];
  idx = new Map<unknown, number | number[]>();
  used = 0;
  holes = 0;
  /** bumped when keys are added or removed, so iterators can detect a size change */
  version = 0;
  /** instance attributes not yet materialised as a dict object of their own (3.11 inline values) */
  inline = false;
  /**
   * 3.13+: a materialised instance __dict__ whose values are still the instance's inline values
   * (ma_values->embedded): the instance visits them, the dict's traverse visits nothing
   */
  embedded = false;
  /** for inline attribute storage: the instance it belongs to */
  owner: PyObject | null = null;
  /** the keys table's size as dictKeys.ts follows it (sys.getsizeof) */
  dk = DK_UNKNOWN;
  dkUsable = 0;
  dkNentries = 0;
  dkGeneral = false;

  get type(): PyType {
    return T_dict;
  }
  get isGC(): boolean {
    return true;
  }

  // ---------- lookup ----------

  /** entry index of key k, or -1 */
  find(k: unknown): number {
    const nk = keyOf(k);
    if (nk !== undefined) return this.findAtom(k, nk);
    return this.findHashed(k, slowHashKey(k));
  }

  /**
   * an atom key (int, str, float, tuple...): its own entry, else, when keys that hash through
   * Python code are stored, one of those with its hash that compares equal (lookdict compares
   * every entry of the hash: a K whose __eq__ says it equals 7 is the key 7)
   */
  private findAtom(k: unknown, nk: unknown): number {
    const i = this.idx.get(nk);
    if (i !== undefined) return i as number;
    if (this.slowHashes === null || this.slowHashes.size === 0) return -1;
    return this.findInBucket(k, slowHashKey(k));
  }

  /** lookdict: the entries of k's hash compared with it, each stored key held while compared */
  private findHashed(k: unknown, hk: string): number {
    const i = this.findInBucket(k, hk);
    return i >= 0 || this.used === (this.slowHashes?.size ?? 0) ? i : this.findAtomOfHash(k, hk);
  }

  /** the atom keys of each hash, built when first needed (a key with a Python __hash__ looked up
   * in a dict that also holds atoms), kept while entries are added and removed, dropped on compaction */
  private atomHashes: Map<string, number[]> | null = null;

  private findAtomOfHash(k: unknown, hk: string): number {
    if (this.atomHashes === null) {
      this.atomHashes = new Map();
      for (let i = 0; i < this.ks.length; i++) {
        const sk = this.ks[i];
        if (sk !== HOLE && keyOf(sk) !== undefined) this.noteAtomHash(sk, i);
      }
    }
    const list = this.atomHashes.get(hk);
    if (list === undefined) return -1;
    for (const i of list) if (this.storedEquals(i, k)) return i;
    return -1;
  }

  private noteAtomHash(k: unknown, i: number): void {
    const hk = slowHashKey(k);
    const list = this.atomHashes!.get(hk);
    if (list) list.push(i);
    else this.atomHashes!.set(hk, [i]);
  }

  /** the stored key of entry i compared with k (held while compared, as lookdict's startkey) */
  private storedEquals(i: number, k: unknown): boolean {
    const sk = this.ks[i];
    if (sk === k) return true;
    incref(sk);
    try {
      return pyEq(sk, k);
    } finally {
      decref(sk);
    }
  }

  /** the entries stored under hash key hk that hash through Python code, compared with k */
  private findInBucket(k: unknown, hk: string): number {
    const bucket = this.idx.get(hk) as number[] | undefined;
    if (bucket === undefined) return -1;
    for (const i of bucket) if (this.storedEquals(i, k)) return i;
    return -1;
  }

  /** PyDict_SetItem's lookup of a key that is not a str: held (Py_INCREF before the hash) while
   * its hash and the comparisons run; the hash computed once (or `known`), for the insertion too */
  private findForInsert(k: unknown, known?: string): [number, string | undefined] {
    if (known === undefined) {
      const nk = keyOf(k);
      if (nk !== undefined) return [this.findAtom(k, nk), undefined];
    }
    incref(k);
    try {
      const hk = known ?? slowHashKey(k);
      return [this.findHashed(k, hk), hk];
    } finally {
      decref(k);
    }
  }

  /** entry index for an already-normalised key */
  findNorm(nk: unknown): number {
    const i = this.idx.get(nk);
    return i === undefined ? -1 : (i as number);
  }

  /** borrowed value or undefined */
  get(k: unknown): unknown {
    if (typeof k === 'string') return this.getStr(k);
    const i = this.find(k);
    return i < 0 ? undefined : this.vs[i];
  }

  getStr(k: string): unknown {
    const i = this.strIndex(k);
    return i < 0 ? undefined : this.vs[i];
  }

  has(k: unknown): boolean {
    return this.find(k) >= 0;
  }

  // ---------- mutation (borrowing, like PyDict_SetItem: the dict takes its own references) ----------

  set(k: unknown, v: unknown): void {
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    if (typeof k === 'string') return this.store(k, v, this.strIndex(k), undefined);
    if (this.dk > 0) dkStoreKey(this, false);
    const [i, hk] = this.findForInsert(k);
    this.store(k, v, i, hk);
  }

  /** PyDict_SetDefault: the key hashed once (not held while hashed), looked up, and a missing key
   * inserted with that hash; returns the (borrowed) value now stored */
  setDefault(k: unknown, dv: unknown): unknown {
    if (typeof k === 'string') {
      const i = this.strIndex(k);
      if (i >= 0) return this.vs[i];
      if (this.typeOwner !== null) typeModified(this.typeOwner);
      this.store(k, dv, -1, undefined);
      return dv;
    }
    const nk = keyOf(k);
    const hk = nk === undefined ? slowHashKey(k) : undefined;
    const i = hk === undefined ? this.findAtom(k, nk) : this.findHashed(k, hk);
    if (i >= 0) return this.vs[i];
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    if (this.dk > 0) dkStoreKey(this, false);
    this.store(k, dv, -1, hk);
    return dv;
  }

  /** the stored hash of one of this dict's keys that hashes through Python code (me_hash) */
  knownHash(k: unknown): string | undefined {
    return this.slowHashes === null ? undefined : this.slowHashes.get(k);
  }

  /** insertdict with the hash another dict stored (dict_merge, PyDict_Copy): no __hash__ call */
  setKnown(k: unknown, v: unknown, hk: string | undefined): void {
    if (hk === undefined) return this.set(k, v);
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    if (this.dk > 0) dkStoreKey(this, false);
    this.store(k, v, this.findForInsert(k, hk)[0], hk);
  }

  /** a subclass's per-step work while an iterator passes key k (OrderedDict's node lookups) */
  iterStep?: (k: unknown, value: boolean) => void;

  /** clone_combined_dict_keys: an entry copied into a fresh table as it is (no lookup, no __eq__); borrows k and v */
  appendClone(k: unknown, v: unknown, hk: string | undefined): void {
    if (typeof k === 'string' || hk === undefined) return this.set(k, v);
    this.append(incref(k), incref(v), hk);
  }

  /** _Py_dict_lookup with a hash already known (dict_equal): borrowed value or undefined */
  getKnown(k: unknown, hk: string | undefined): unknown {
    if (hk === undefined) return this.get(k);
    const i = this.findHashed(k, hk);
    return i < 0 ? undefined : this.vs[i];
  }

  /** insertdict's store once the key's entry (or its absence, -1) is known; borrows k and v */
  private store(k: unknown, v: unknown, i: number, hk: string | undefined): void {
    if (i >= 0) {
      const old = this.vs[i];
      this.vs[i] = incref(v);
      if (obs !== null) obs.mutate(this, k);
      this.maintainTracking(k, v);
      decref(old);
      return;
    }
    this.append(incref(k), incref(v), hk);
  }

  /** set, stealing the caller's references to k and v */
  setSteal(k: unknown, v: unknown): void {
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    let i: number;
    let hk: string | undefined;
    if (typeof k === 'string') i = this.strIndex(k);
    else {
      if (this.dk > 0) dkStoreKey(this, false);
      [i, hk] = this.findForInsert(k);
    }
    if (i >= 0) {
      const old = this.vs[i];
      this.vs[i] = v;
      if (obs !== null) obs.mutate(this, k);
      this.maintainTracking(k, v);
      decref(k);
      decref(old);
      return;
    }
    this.append(k, v, hk);
  }

  private strIndex(k: string): number {
    const i = this.idx.get(k);
    if (i !== undefined) return i as number;
    return this.slowHashes === null ? -1 : this.findAtom(k, k);
  }

  /** the hash of each entry whose key hashes through Python code (stored, as me_hash is: never recomputed) */
  private slowHashes: Map<unknown, string> | null = null;

  private append(k: unknown, v: unknown, knownHash?: string): void {
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    const pos = this.ks.length;
    if (this.dk !== DK_UNKNOWN) dkInsertNew(this, typeof k === 'string');
    this.ks.push(k);
    this.vs.push(v);
    const nk = keyOf(k);
    if (nk !== undefined) {
      this.idx.set(nk, pos);
      if (this.atomHashes !== null) this.noteAtomHash(k, pos);
    } else {
      const hk = knownHash ?? slowHashKey(k);
      (this.slowHashes ??= new Map()).set(k, hk);
      const b = this.idx.get(hk) as number[] | undefined;
      if (b) b.push(pos);
      else this.idx.set(hk, [pos]);
    }
    this.used++;
    this.version++;
    if (obs !== null) obs.mutate(this, k);
    this.maintainTracking(k, v);
  }

  /** MAINTAIN_TRACKING: an untracked dict starts being tracked once it may hold a container */
  private maintainTracking(k: unknown, v: unknown): void {
    if (this.gen === -1 && !this.inline && this.registered && (mayBeTracked(v) || mayBeTracked(k))) gcState.track(this);
  }

  /** true once the dict is a heap object of its own (not instance inline values) */
  registered = false;
  /** a class namespace, the class's: changing it invalidates the method caches and the class's version tag */
  typeOwner: PyType | null = null;

  /** remove entry i; returns [key, value] owned by the caller */
  takeAt(i: number): [unknown, unknown] {
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    const k = this.ks[i];
    const v = this.vs[i];
    this.ks[i] = HOLE;
    this.vs[i] = undefined;
    const nk = keyOf(k);
    if (nk !== undefined) {
      this.idx.delete(nk);
      if (this.atomHashes !== null) {
        const list = this.atomHashes.get(slowHashKey(k))!;
        list.splice(list.indexOf(i), 1);
      }
    } else {
      const hk = this.slowHashes!.get(k)!;
      this.slowHashes!.delete(k);
      const b = this.idx.get(hk) as number[];
      const j = b.indexOf(i);
      b.splice(j, 1);
      if (b.length === 0) this.idx.delete(hk);
    }
    this.used--;
    this.holes++;
    this.version++;
    if (obs !== null) obs.mutate(this, k);
    if (this.holes > 16 && this.holes > this.used) this.compact();
    return [k, v];
  }

  /** delete k; false if missing */
  /** _PyDict_DelItem_KnownHash: the entry found with a stored hash (no __hash__ call), then removed */
  deleteKnown(k: unknown, hk: string | undefined): boolean {
    if (hk === undefined) return this.delete(k);
    const i = this.findHashed(k, hk);
    if (i < 0) return false;
    const [ok, ov] = this.takeAt(i);
    decref(ov);
    decref(ok);
    return true;
  }

  delete(k: unknown): boolean {
    const i = this.find(k);
    if (i < 0) return false;
    const [ok, ov] = this.takeAt(i);
    decref(ov);
    decref(ok);
    return true;
  }

  private compact(): void {
    const ks: unknown[] = [];
    const vs: unknown[] = [];
    for (let i = 0; i < this.ks.length; i++) {
      if (this.ks[i] !== HOLE) {
        ks.push(this.ks[i]);
        vs.push(this.vs[i]);
      }
    }
    this.ks = ks;
    this.vs = vs;
    this.holes = 0;
    this.idx = new Map();
    this.atomHashes = null;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      const nk = keyOf(k);
      if (nk !== undefined) this.idx.set(nk, i);
      else {
        const hk = this.slowHashes!.get(k)!;
        const b = this.idx.get(hk) as number[] | undefined;
        if (b) b.push(i);
        else this.idx.set(hk, [i]);
      }
    }
  }

  // ---------- iteration ----------

  /** live entry positions in order (snapshot) */
  positions(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.ks.length; i++) if (this.ks[i] !== HOLE) out.push(i);
    return out;
  }

  isLive(i: number): boolean {
    return i < this.ks.length && this.ks[i] !== HOLE;
  }

  keysArray(): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < this.ks.length; i++) if (this.ks[i] !== HOLE) out.push(this.ks[i]);
    return out;
  }

  valuesArray(): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < this.ks.length; i++) if (this.ks[i] !== HOLE) out.push(this.vs[i]);
    return out;
  }

  /** the storage length (entries including holes), for iterators */
  get capacity(): number {
    return this.ks.length;
  }

  static isHole(k: unknown): boolean {
    return k === HOLE;
  }

  // ---------- the collector's view ----------

  /** dict_traverse: values only for str-keyed dicts, else value then key */
  traverse(visit: (o: PyObject) => void): void {
    if (!this.embedded) this.traverseEntries(visit);
  }

  /** the entries' references (dict_traverse's loop; an instance visits its embedded values with it) */
  traverseEntries(visit: (o: PyObject) => void): void {
    const ks = this.ks;
    const vs = this.vs;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === HOLE) continue;
      const v = vs[i];
      if (isHeap(v)) visit(v);
      if (isHeap(k)) visit(k);
    }
  }

  edges(out: (label: string, o: unknown) => void): void {
    for (let i = 0; i < this.ks.length; i++) {
      const k = this.ks[i];
      if (k === HOLE) continue;
      const label = labelOfKey(k, i);
      out(`[${label}]`, this.vs[i]);
      if (isHeap(k)) out(`key ${label}`, k);
    }
  }

  /** PyDict_Clear: entries released in order, key then value */
  clear(): void {
    if (this.typeOwner !== null) typeModified(this.typeOwner);
    const ks = this.ks;
    const vs = this.vs;
    this.ks = [];
    this.vs = [];
    this.idx = new Map();
    this.slowHashes = null;
    this.atomHashes = null;
    this.used = 0;
    this.holes = 0;
    dkClear(this);
    this.version++;
    if (obs !== null) obs.mutate(this);
    for (let i = 0; i < ks.length; i++) {
      if (ks[i] === HOLE) continue;
      decref(ks[i]);
      decref(vs[i]);
    }
  }

  releaseContents(): void {
    this.clear();
  }
}

function labelOfKey(k: unknown, i: number): string {
  if (typeof k === 'string') return `'${k}'`;
  if (typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean') return String(k === true ? 'True' : k === false ? 'False' : k);
  if (k === null) return 'None';
  return `#${i}`;
}

/** A new dict object on the heap (untracked until it may hold a container, like PyDict_New). */
export function newDict(): PyDict {
  const d = new PyDict();
  d.registered = true;
  return gcNew(d, profile.dictsAlwaysTracked, 'dict');
}

/** PyDict_New for a dict whose table size RefScope follows (displays, dict(), copies...) */
export function newDictSized(): PyDict {
  const d = newDict();
  d.dk = 0;
  return d;
}

/** dict(): dict_new allocates with type->tp_alloc, never from the free list */
export function newDictGenericAlloc(): PyDict {
  const d = new PyDict();
  d.registered = true;
  gcNew(d, profile.dictsAlwaysTracked, null);
  d.dk = 0;
  return d;
}

/** Instance attribute storage: not an object of its own until `__dict__` asks for it. */
export function newInlineDict(): PyDict {
  const d = new PyDict();
  d.inline = true;
  return d;
}

/** make_dict_from_instance_attributes: the inline values become a real dict (3.11) */
export function materialize(d: PyDict): void {
  if (!d.inline) return;
  d.inline = false;
  d.registered = true;
  d.rc = 1;
  let track = profile.dictsAlwaysTracked;
  for (let i = 0; i < d.ks.length; i++) if (!PyDict.isHole(d.ks[i]) && mayBeTracked(d.vs[i])) track = true;
  // 3.13 (_PyObject_MaterializeManagedDict): the values stay inline, the dict only points at them
  d.embedded = profile.inlineValuesAfterDict;
  gcNew(d, track, 'dict');
}
