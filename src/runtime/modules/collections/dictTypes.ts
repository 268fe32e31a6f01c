// The dict subclasses of collections: defaultdict (Modules/_collectionsmodule.c), OrderedDict
// (Objects/odictobject.c). Each is a PyDict whose type is a subclass of dict: allocated by
// tp_alloc (tracked from birth, counted in generation 0, never from the dict free list) and
// never untracked by the collector (untrack_dicts takes exact dicts only). OrderedDict keeps
// its entries in the dict's own storage in the linked list's order: move_to_end moves the entry.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, isHeap, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyDict } from '../../objects/dict';
import { keyOf, slowHashKey } from '../../objects/keys';
import { typeOf } from '../../objects/typeobject/typeOf';
import { getAttr } from '../../eval/attr';
import { getItem } from '../../eval/protocols';
import { newTuple } from '../../objects/tuple';
import { builtin, method, type Kw } from '../../objects/function';
import { PyMethodWrapper } from '../../objects/descriptors';
import { gcNew } from '../../gc/heap';
import { getIter, iterNext, iterToArray, newTypedIter, STOP } from '../../objects/iter';
import { argParserInitKw, argRange, exactArgs, parseArgs } from '../../eval/args';
import { keyError, raise, typeError } from '../../eval/errors';
import { pyRepr, withReprGuard } from '../../eval/repr';
import { profile } from '../../versions';
import { pyEq, type CmpOp } from '../../eval/compare';
import { NotImplemented, pyTruthy } from '../../eval/protocols';
import { callObject } from '../../eval/call';
import { dictMerge } from '../../builtins/methods/dict';
import { callable } from './util';

export const T_defaultdict = new PyType('defaultdict', [BT.T_dict], true, 'collections');
export const T_OrderedDict = new PyType('OrderedDict', [BT.T_dict], true, 'collections');
const T_odict_iterator = new PyType('odict_iterator', [BT.T_object], true);
T_defaultdict.identityHash = false;
T_OrderedDict.identityHash = false;

/** a new instance of a dict subclass: tp_alloc tracks it at once */
export function allocDictSubclass<T extends PyDict>(d: T): T {
  d.registered = true;
  return gcNew(d, true);
}

/** dict.update(*args, **kw) into d */
export function dictUpdate(d: PyDict, args: unknown[], kw: Kw, fname: string): void {
  if (args.length > 1) typeError(`${fname} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyDict || (src instanceof PyObject && hasKeys(src))) dictMerge(d, src);
    else {
      for (const pair of iterToArray(src)) {
        try {
          const kv = iterToArray(pair);
          if (kv.length !== 2) {
            for (const x of kv) decref(x);
            raise(BT.T_ValueError, `dictionary update sequence element #0 has length ${kv.length}; 2 is required`);
          }
          d.setSteal(kv[0], kv[1]);
        } finally {
          decref(pair);
        }
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
}

function hasKeys(o: PyObject): boolean {
  return o.type.lookup('keys') !== undefined;
}

// ---------- defaultdict ----------

export class PyDefaultDict extends PyDict {
  factory: unknown = null;
  get type(): PyType {
    return T_defaultdict;
  }
  /** defaultdict_traverse: the factory, then the dict */
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.factory)) visit(this.factory);
    super.traverse(visit);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.factory !== null) out('default_factory', this.factory);
    super.edges(out);
  }
  /** defdict_tp_clear / defdict_dealloc: the factory goes first */
  clear(): void {
    const f = this.factory;
    this.factory = null;
    decref(f);
    super.clear();
  }
  releaseContents(): void {
    this.clear();
  }
  /** defdict_missing */
  pyMissing(k: unknown): unknown {
    if (this.factory === null) return keyError(k);
    const v = callObject(this.factory, [], null);
    try {
      this.set(k, v);
    } catch (e) {
      decref(v);
      throw e;
    }
    return v;
  }
  pyRepr(): string {
    const base = withReprGuard(this, '{...}', () => plainDictRepr(this));
    const f = this.factory === null ? 'None' : withReprGuard(this.factory as PyObject, '...', () => pyRepr(this.factory));
    return `${this.type.name}(${f}, ${base})`;
  }
  pyGetAttr(name: string): unknown {
    if (name === 'default_factory') return incref(this.factory);
    return undefined;
  }
  pySetAttr(name: string, v: unknown): boolean {
    if (name !== 'default_factory') return false;
    const old = this.factory;
    this.factory = incref(v);
    if (obs !== null) obs.mutate(this);
    decref(old);
    return true;
  }
}

export function plainDictRepr(d: PyDict): string {
  const parts: string[] = [];
  for (const i of d.positions()) parts.push(pyRepr(d.ks[i]) + ': ' + pyRepr(d.vs[i]));
  return '{' + parts.join(', ') + '}';
}

function newDefaultDict(factory: unknown, args: unknown[], kw: Kw): PyDefaultDict {
  const d = allocDictSubclass(new PyDefaultDict());
  try {
    if (factory !== null && factory !== undefined && !callable(factory)) typeError('first argument must be callable or None');
    d.factory = factory === undefined ? null : incref(factory);
    dictUpdate(d, args, kw, 'defaultdict');
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

T_defaultdict.construct = (args, kw) => newDefaultDict(args[0], args.slice(1), kw);
const copyDefault = (self: unknown) => {
  const d = self as PyDefaultDict;
  return newDefaultDict(d.factory, [d], null);
};
method(T_defaultdict, 'copy', copyDefault);
method(T_defaultdict, '__copy__', copyDefault);
method(T_defaultdict, '__missing__', (self, args) => {
  exactArgs('__missing__', args, 1);
  return (self as PyDefaultDict).pyMissing(args[0]);
});

// ---------- OrderedDict ----------

/** move entry i of the dict's storage to the end (or the front): the odict's linked list */
function moveEntry(d: PyDict, i: number, last: boolean): void {
  const k = d.ks[i];
  const v = d.vs[i];
  d.ks.splice(i, 1);
  d.vs.splice(i, 1);
  if (last) {
    d.ks.push(k);
    d.vs.push(v);
  } else {
    d.ks.unshift(k);
    d.vs.unshift(v);
  }
  (d as unknown as { compact(): void }).compact();
  if (obs !== null) obs.mutate(d);
}

export class PyOrderedDict extends PyDict {
  /** dict_merge's fast path does not take it (its tp_iter is not dict_iter) */
  readonly odict = true;
  get type(): PyType {
    return T_OrderedDict;
  }
  /**
   * each key's node (_odictnode_KEY), holding a reference of its own to the key; in the order the
   * keys entered the dict's own table, which is the order CPython frees its entries in (not the list's)
   */
  private nodes: Map<unknown, unknown> | null = null;
  private noteNew(k: unknown, before: number): void {
    if (this.used === before) return;
    (this.nodes ??= new Map()).set(keyOf(k) ?? k, incref(k));
  }
  /** _odict_clear_node: the node's reference to its key released */
  private dropNode(k: unknown): void {
    const nk = keyOf(k) ?? k;
    const held = this.nodes?.get(nk);
    if (held === undefined) return;
    this.nodes!.delete(nk);
    decref(held);
  }
  /** odict_traverse: the nodes' keys in the list's order, then dict_traverse */
  traverse(visit: (o: PyObject) => void): void {
    const nodes = this.nodes;
    if (nodes !== null) {
      for (const i of this.positions()) {
        const held = nodes.get(keyOf(this.ks[i]) ?? this.ks[i]);
        if (isHeap(held)) visit(held);
      }
    }
    super.traverse(visit);
  }
  /** _odict_get_index: the key looked up again with its stored hash (its __eq__ with keys of the same hash) */
  odictGetIndex(k: unknown): void {
    if (typeof k === 'string') return;
    const hk = this.knownHash(k);
    if (hk !== undefined) this.getKnown(k, hk);
  }
  /** _odict_find_node: the key hashed again, then looked up */
  odictFindNode(k: unknown): void {
    if (keyOf(k) !== undefined) return;
    this.getKnown(k, slowHashKey(k));
  }
  /** PyODict_SetItem: one hash (the key held by the caller only), insertdict, then _odict_add_new_node's lookup */
  set(k: unknown, v: unknown): void {
    if (typeof k !== 'string' && keyOf(k) === undefined) return this.setKnown(k, v, slowHashKey(k));
    const before = this.used;
    super.set(k, v);
    this.noteNew(k, before);
    this.odictGetIndex(k);
  }
  setSteal(k: unknown, v: unknown): void {
    try {
      this.set(k, v);
    } finally {
      decref(k);
      decref(v);
    }
  }
  /** odict_setdefault (an exact OrderedDict): PyODict_GetItemWithError, then PyODict_SetItem (two hashes) */
  setDefault(k: unknown, dv: unknown): unknown {
    const v = this.get(k);
    if (v !== undefined) return v;
    // PyODict_SetItem: PyObject_Hash (the key not held), then _PyODict_SetItem_KnownHash
    this.setKnown(k, dv, keyOf(k) === undefined ? slowHashKey(k) : undefined);
    return dv;
  }
  /** _PyODict_SetItem_KnownHash */
  setKnown(k: unknown, v: unknown, hk: string | undefined): void {
    if (hk === undefined) return this.set(k, v);
    const before = this.used;
    super.setKnown(k, v, hk);
    this.noteNew(k, before);
    this.odictGetIndex(k);
  }
  /** PyODict_DelItem: one hash, _odict_clear_node's lookup, then the dict's */
  delete(k: unknown): boolean {
    const i = this.find(k);
    if (i < 0) return false;
    this.odictGetIndex(this.ks[i]);
    const [ok, ov] = this.takeAt(i);
    decref(ov);
    decref(ok);
    return true;
  }
  /** odictiter_iternext: _odict_find_node for each key (a hash), and PyODict_GetItem for its value (another) */
  iterStep = (k: unknown, value: boolean): void => {
    this.odictFindNode(k);
    if (value) this.odictFindNode(k);
  };
  takeAt(i: number): [unknown, unknown] {
    this.dropNode(this.ks[i]);
    return super.takeAt(i);
  }
  /** PyDict_Clear over the dict's table order (odict_dealloc, tp_clear, OrderedDict.clear) */
  clear(): void {
    const nodes = this.nodes;
    this.nodes = null;
    if (nodes !== null) {
      // the table's entries in the order they entered it
      const born = new Map<unknown, number>();
      for (const nk of nodes.keys()) born.set(nk, born.size);
      const pos = this.positions();
      const order = pos.map((i) => born.get(keyOf(this.ks[i]) ?? this.ks[i]) ?? 0);
      const idx = pos.map((_, j) => j).sort((a, b) => order[a] - order[b]);
      this.ks = idx.map((j) => this.ks[pos[j]]);
      this.vs = idx.map((j) => this.vs[pos[j]]);
      // _odict_clear_nodes, then PyDict_Clear
      for (const held of nodes.values()) decref(held);
    }
    super.clear();
  }
  pyRepr(): string {
    const name = this.type.name;
    if (this.used === 0) return name + '()';
    return withReprGuard(this, '...', () => {
      // 3.12 (gh-101446): the items shown as a dict
      if (profile.orderedDictReprAsDict) return name + '(' + plainDictRepr(this) + ')';
      const parts: string[] = [];
      for (const i of this.positions()) {
        this.odictFindNode(this.ks[i]); // odict_repr: PyObject_GetItem(self, key)
        parts.push('(' + pyRepr(this.ks[i]) + ', ' + pyRepr(this.vs[i]) + ')');
      }
      return name + '([' + parts.join(', ') + '])';
    });
  }
  /** odict_richcompare: order matters between two OrderedDicts */
  pyRichCompare(other: unknown, op: CmpOp): unknown {
    if ((op !== '==' && op !== '!=') || !(other instanceof PyDict)) return NotImplemented;
    let eq = this.used === other.used;
    if (eq) {
      for (const i of this.positions()) {
        const bv = other.getKnown(this.ks[i], this.knownHash(this.ks[i])); // dict_equal: the stored hash
        if (bv === undefined || (this.vs[i] !== bv && !pyEq(this.vs[i], bv))) {
          eq = false;
          break;
        }
      }
    }
    if (eq && other instanceof PyOrderedDict) {
      const a = this.keysArray();
      const b = other.keysArray();
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !pyEq(a[i], b[i])) eq = false;
    }
    return eq === (op === '==');
  }
}

/** mutablemapping_update (odict_init, OrderedDict.update): every key set with PyObject_SetItem (hashed) */
function mutablemappingUpdate(d: PyOrderedDict, args: unknown[], kw: Kw, fname: string): void {
  if (args.length > 1) typeError(`${fname} expected at most 1 argument, got ${args.length}`);
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyDict && typeOf(src) === BT.T_dict) {
      // PyDict_Items: a list of pairs first
      const pairs = src.positions().map((i) => [incref(src.ks[i]), incref(src.vs[i])]);
      try {
        for (const [k, v] of pairs) d.set(k, v);
      } finally {
        for (const [k, v] of pairs) {
          decref(k);
          decref(v);
        }
      }
    } else if (src instanceof PyObject && hasKeys(src)) {
      const keysFn = getAttr(src, 'keys');
      const keys = callObject(keysFn, [], null);
      decref(keysFn);
      // the keys iterated one at a time, each value read and set before the next key
      try {
        const it = getIter(keys);
        try {
          for (;;) {
            const k = iterNext(it);
            if (k === STOP) break;
            try {
              const v = getItem(src, k);
              try {
                d.set(k, v);
              } finally {
                decref(v);
              }
            } finally {
              decref(k);
            }
          }
        } finally {
          decref(it);
        }
      } finally {
        decref(keys);
      }
    } else dictUpdate(d, [src], null, fname);
  }
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
}

function newOrderedDict(args: unknown[], kw: Kw): PyOrderedDict {
  const d = allocDictSubclass(new PyOrderedDict());
  try {
    mutablemappingUpdate(d, args, kw, 'OrderedDict');
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

T_OrderedDict.construct = (args, kw) => newOrderedDict(args, kw);
const od = (self: unknown) => self as PyOrderedDict;
method(T_OrderedDict, 'move_to_end', (self, args, kw) => {
  argParserInitKw('OrderedDict.move_to_end', 2, kw);
  const [key, last] = parseArgs('move_to_end', args, kw, ['key', 'last?']);
  const d = od(self);
  const i = d.find(key);
  if (i < 0) return keyError(key);
  moveEntry(d, i, last === undefined ? true : pyTruthy(last));
  return null;
});
method(T_OrderedDict, 'popitem', (self, args, kw) => {
  argParserInitKw('OrderedDict.popitem', 1, kw);
  const [last] = parseArgs('popitem', args, kw, ['last?']);
  const d = od(self);
  if (d.used === 0) return keyError('dictionary is empty');
  const pos = d.positions();
  const i = last === undefined || pyTruthy(last) ? pos[pos.length - 1] : pos[0];
  // _odict_popkey_hash with the node's hash: _odict_find_node_hash, then _PyDict_Pop_KnownHash
  d.odictGetIndex(d.ks[i]);
  d.odictGetIndex(d.ks[i]);
  const [k, v] = d.takeAt(i);
  return newTuple([k, v]);
});
/** odict_copy of an exact OrderedDict: each value read with PyODict_GetItem (a hash), set with the node's hash */
const copyOd = (self: unknown): unknown => {
  const src = od(self);
  if (typeOf(src) !== T_OrderedDict) return newOrderedDict([self], null);
  const c = newOrderedDict([], null);
  try {
    for (const i of src.positions()) {
      const k = src.ks[i];
      src.odictFindNode(k);
      c.setKnown(k, src.vs[i], src.knownHash(k));
    }
  } catch (e) {
    decref(c);
    throw e;
  }
  return c;
};
method(T_OrderedDict, 'pop', (self, args) => {
  argRange('pop', args, 1, 2);
  const d = od(self);
  // _odict_popkey: one hash, _odict_find_node_hash, then _PyDict_Pop_KnownHash
  const i = d.find(args[0]);
  if (i < 0) {
    if (args.length > 1) return incref(args[1]);
    return keyError(args[0]);
  }
  d.odictGetIndex(d.ks[i]);
  const [k, v] = d.takeAt(i);
  decref(k);
  return v;
});
method(T_OrderedDict, 'update', (self, args, kw) => {
  mutablemappingUpdate(od(self), args, kw, 'update');
  return null;
});
method(T_OrderedDict, 'clear', (self) => {
  od(self).clear();
  return null;
});
method(T_OrderedDict, 'copy', copyOd);
method(T_OrderedDict, '__copy__', copyOd);
method(T_OrderedDict, '__reversed__', (self) => {
  const d = od(self);
  const keys = d.keysArray().reverse().map(incref);
  return newTypedIter(T_odict_iterator, [incref(d), ...keys], (it) => {
    if (it.i + 1 >= it.held.length) return STOP;
    const k = it.held[1 + it.i++];
    d.odictFindNode(k);
    return incref(k);
  });
});
T_OrderedDict.methods.set(
  'fromkeys',
  immortalClassMethod(builtin('fromkeys', (args) => {
    argRange('fromkeys', args, 2, 3);
    const d = newOrderedDict([], null);
    const v = args.length > 2 ? args[2] : null;
    for (const k of iterToArray(args[1])) {
      d.set(k, v);
      decref(k);
    }
    return d;
  })),
);

/** a classmethod around a builtin, shared by every run (never freed) */
export function immortalClassMethod(fn: unknown): PyMethodWrapper {
  const w = new PyMethodWrapper(fn, true);
  (w as unknown as { immortal: boolean }).immortal = true;
  w.rc = 1 << 28;
  return w;
}
