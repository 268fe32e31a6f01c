// Type objects: the builtin types (immortal, methods in a JS map) and classes defined by the
// program (heap objects with a count, a namespace dict, an MRO).

import { PyObject, decref } from '../object';
import type { PyDict } from '../dict';
import type { PyTuple } from '../tuple';
import { typeDeallocHidden } from './typeNewAllocs';

/** big enough never to reach zero, small enough to stay a V8 small integer (Smi): a larger
 * value would turn every object's `rc` field into a boxed double */
export const IMMORTAL_RC = 1 << 28;

export class PyType extends PyObject {
  name: string;
  module: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** builtin types: their methods and class attributes */
  methods = new Map<string, unknown>();
  /** classes made by a class statement: the namespace (a real dict on the heap) */
  dict: PyDict | null = null;
  builtin: boolean;
  /** the tuples a heap type holds: __bases__ and __mro__ (the latter contains the type itself) */
  basesTuple: PyTuple | null = null;
  mroTuple: PyTuple | null = null;
  /** ht_qualname: the class statement's __qualname__ (type_new takes it out of the dict) */
  qualname: string;
  /** __slots__ names, when the class declares them (and no __dict__ then) */
  slots: string[] | null = null;
  hasInstanceDict = true;
  weakrefable = true;
  /** the builtin type whose instances this class's instances extend (e.g. Exception) */
  solidBase: PyType | null = null;
  /** set for types with a __del__ somewhere in the MRO: cached by the class statement */
  hasFinalizer = false;
  /** hash and == by identity (no __hash__/__eq__ of its own anywhere in the MRO) */
  identityHash = true;
  immortal: boolean;
  /** builtin constructor: type(...)(args) for builtin types */
  construct: ((args: unknown[], kw: Map<string, unknown> | null) => unknown) | null = null;
  /** a class made by a metaclass the program defined (class C(metaclass=M)): M, counted */
  metaType: PyType | null = null;
  /** tp_subclasses: the classes made with this one as a direct base, in creation order */
  subclassList: PyType[] | null = null;
  /** tp_version_tag, as far as a specialised site's guard reads it: renewed by typeModified */
  versionTag = 0;

  constructor(name: string, bases: PyType[], builtin: boolean, module = builtin ? 'builtins' : '__main__') {
    super();
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.builtin = builtin;
    this.immortal = builtin;
    this.module = module;
    if (builtin) this.rc = IMMORTAL_RC;
    this.mro = computeMro(this);
  }

  get type(): PyType {
    return this.metaType ?? typeType!;
  }

  get isGC(): boolean {
    return !this.builtin;
  }

  /** the method cache (CPython's type attribute cache), valid while typeVersion is unchanged */
  private cache: Map<string, unknown> | null = null;
  private cacheVersion = -1;

  /** _PyType_Lookup: the attribute from the first class in the MRO that defines it */
  lookup(name: string): unknown {
    if (this.cacheVersion !== typeVersion.v) {
      this.cache = new Map();
      this.cacheVersion = typeVersion.v;
    }
    const c = this.cache!;
    const hit = c.get(name);
    if (hit !== undefined || c.has(name)) return hit;
    const v = this.lookupUncached(name);
    c.set(name, v);
    return v;
  }

  private lookupUncached(name: string): unknown {
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const t = mro[i];
      if (t.dict !== null) {
        const v = t.dict.getStr(name);
        if (v !== undefined) return v;
      } else {
        const v = t.methods.get(name);
        if (v !== undefined) return v;
      }
    }
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  traverse(visit: (o: PyObject) => void): void {
    if (this.dict !== null) visit(this.dict);
    if (this.basesTuple !== null) visit(this.basesTuple);
    if (this.mroTuple !== null) visit(this.mroTuple);
    for (const b of this.bases) if (!b.builtin) visit(b);
    if (this.metaType !== null) visit(this.metaType);
  }

  edges(out: (label: string, o: unknown) => void): void {
    if (this.dict !== null) out('__dict__', this.dict);
    if (this.basesTuple !== null) out('__bases__', this.basesTuple);
    if (this.mroTuple !== null) out('__mro__', this.mroTuple);
    for (const b of this.bases) if (!b.builtin) out('__base__', b);
    if (this.metaType !== null) out('__class__', this.metaType);
  }

  clear(): void {
    const d = this.dict;
    const m = this.mroTuple;
    this.dict = null;
    this.mroTuple = null;
    decref(m);
    decref(d);
  }

  releaseContents(): void {
    this.clear();
    const b = this.basesTuple;
    this.basesTuple = null;
    decref(b);
    typeDeallocHidden(this);
    for (const base of this.bases) {
      const l = base.subclassList;
      if (l !== null && l.includes(this)) l.splice(l.indexOf(this), 1);
    }
    for (const base of this.bases) if (!base.builtin) decref(base);
    const m = this.metaType;
    this.metaType = null;
    decref(m);
  }
}

/** builtin types whose tp_subclasses list a run has added to (they outlive the run) */
const builtinsWithSubclasses = new Set<PyType>();

/** add_subclass: cls joins each base's __subclasses__() */
export function addSubclass(base: PyType, cls: PyType): void {
  (base.subclassList ??= []).push(cls);
  if (base.builtin) builtinsWithSubclasses.add(base);
}

/** a new run: the builtin types forget the previous run's classes */
export function resetBuiltinSubclasses(): void {
  for (const t of builtinsWithSubclasses) t.subclassList = null;
  builtinsWithSubclasses.clear();
}

/** bumped whenever any class namespace changes: invalidates every type's method cache */
export const typeVersion = { v: 0 };

/**
 * PyType_Modified (type_modified_unlocked): a class namespace changed, so the method caches are
 * invalid and the class and every subclass (tp_subclasses, recursively) lose their version tag:
 * a site specialised for one of them misses from now on (its guard reads another tag).
 */
export function typeModified(t: PyType): void {
  typeVersion.v++;
  renewVersionTag(t);
}

function renewVersionTag(t: PyType): void {
  t.versionTag++;
  const subs = t.subclassList;
  if (subs !== null) for (const s of subs) renewVersionTag(s);
}

let typeType: PyType | null = null;
export function setTypeType(t: PyType): void {
  typeType = t;
}

/** C3 linearization (mro_internal); falls back to depth-first for the simple cases. */
export function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) throw new MroError(t.bases.map((b) => b.name));
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

export class MroError extends Error {
  constructor(readonly baseNames: string[]) {
    super('mro');
  }
}
