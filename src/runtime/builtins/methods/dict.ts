// dict methods and views (Objects/dictobject.c).

import * as BT from '../../objects/builtinTypes';
import { method } from '../../objects/function';
import { methodVarargs } from '../methVarargs';
import { knownHashKey } from '../../objects/storage/setOps';
import { PyDict, newDict, newDictSized, newDictGenericAlloc } from '../../objects/dict';
import { DK_UNKNOWN, dictresize, dkClone, dkCopyClones, dkMergeStart, estimateLog2Keysize } from '../../objects/storage/dictKeys';
import { PyObject, decref, incref, isHeap } from '../../objects/object';
import { newTuple, PyTuple } from '../../objects/tuple';
import { gcNew } from '../../gc/heap';
import { dictIter, iterToArray } from '../../objects/iter';
import { pyEq } from '../../eval/compare';
import { pyRepr } from '../../eval/repr';
import { keyError, typeError } from '../../eval/errors';
import { argRange, exactArgs } from '../../eval/args';
import { typeOf } from '../../objects/typeobject/typeOf';
import { PySet } from '../../objects/set';
import { dictIterMergeable, dictMergeGeneric } from './dictMerge';
import type { PyType } from '../../objects/typeobject/type';

/** dict_merge (Objects/dictobject.c): dict(m), d.update(m) and {**m} */
export function dictMerge(d: PyDict, m: unknown): void {
  if (dictIterMergeable(m)) {
    const clone = dkMergeStart(d, m);
    // an empty target cloning the table copies the entries without lookups; otherwise insertdict
    // with the stored hash (comparing with the keys of the same hash)
    if (clone && d.used === 0) for (const i of m.positions()) d.appendClone(m.ks[i], m.vs[i], m.knownHash(m.ks[i]));
    else for (const i of m.positions()) d.setKnown(m.ks[i], m.vs[i], m.knownHash(m.ks[i]));
    if (clone) dkClone(d, m);
    return;
  }
  dictMergeGeneric({ has: (k) => d.has(k), put: (k, v) => d.set(k, v) }, m, 1);
}

/** PyDict_Copy: a clone of the table when at most a third of its entries are deleted, else a merge into a new dict */
export function dictCopy(src: PyDict): PyDict {
  const c = newDictSized();
  const clones = dkCopyClones(src);
  if (clones === true) {
    for (const i of src.positions()) c.appendClone(src.ks[i], src.vs[i], src.knownHash(src.ks[i]));
    dkClone(c, src);
  } else if (clones === false) dictMerge(c, src);
  else {
    for (const i of src.positions()) c.setKnown(src.ks[i], src.vs[i], src.knownHash(src.ks[i]));
    c.dk = DK_UNKNOWN;
  }
  return c;
}

type ViewKind = 'keys' | 'values' | 'items';

export class PyDictView extends PyObject {
  constructor(public dict: PyDict, public kind: ViewKind) {
    super();
  }
  get type(): PyType {
    return this.kind === 'keys' ? BT.T_dict_keys : this.kind === 'values' ? BT.T_dict_values : BT.T_dict_items;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    visit(this.dict);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('mapping', this.dict);
  }
  releaseContents(): void {
    const d = this.dict;
    this.dict = null as unknown as PyDict;
    decref(d);
  }
  pyIter(): PyObject {
    return dictIter(this.dict, this.kind);
  }
  pyLen(): number {
    return this.dict.used;
  }
  pyContains(k: unknown): boolean {
    if (this.kind === 'keys') return this.dict.has(k);
    if (this.kind === 'values') return this.dict.valuesArray().some((v) => v === k || pyEq(v, k));
    if (!(k instanceof PyTuple) || k.items.length !== 2) return false;
    const v = this.dict.get(k.items[0]);
    return v !== undefined && (v === k.items[1] || pyEq(v, k.items[1]));
  }
  pyRepr(): string {
    const d = this.dict;
    const parts = d.positions().map((i) =>
      this.kind === 'keys' ? pyRepr(d.ks[i]) : this.kind === 'values' ? pyRepr(d.vs[i]) : `(${pyRepr(d.ks[i])}, ${pyRepr(d.vs[i])})`,
    );
    return `${this.type.name}([${parts.join(', ')}])`;
  }
}

function view(d: PyDict, kind: ViewKind): PyDictView {
  return gcNew(new PyDictView(incref(d), kind));
}

method(BT.T_dict, 'keys', (d: PyDict, args) => {
  exactArgs('dict.keys', args, 0);
  return view(d, 'keys');
});
method(BT.T_dict, 'values', (d: PyDict, args) => {
  exactArgs('dict.values', args, 0);
  return view(d, 'values');
});
method(BT.T_dict, 'items', (d: PyDict, args) => {
  exactArgs('dict.items', args, 0);
  return view(d, 'items');
});

method(BT.T_dict, 'get', (d: PyDict, args) => {
  argRange('get', args, 1, 2);
  const v = d.get(args[0]);
  if (v !== undefined) return incref(v);
  return args.length > 1 ? incref(args[1]) : null;
});

method(BT.T_dict, 'setdefault', (d: PyDict, args) => {
  argRange('setdefault', args, 1, 2);
  return incref(d.setDefault(args[0], args.length > 1 ? args[1] : null));
});

method(BT.T_dict, 'pop', (d: PyDict, args) => {
  argRange('pop', args, 1, 2);
  const i = d.find(args[0]);
  if (i < 0) {
    if (args.length > 1) return incref(args[1]);
    return keyError(args[0]);
  }
  const [k, v] = d.takeAt(i);
  decref(k);
  return v;
});

method(BT.T_dict, 'popitem', (d: PyDict, args) => {
  exactArgs('dict.popitem', args, 0);
  const pos = d.positions();
  if (pos.length === 0) keyError("popitem(): dictionary is empty");
  const [k, v] = d.takeAt(pos[pos.length - 1]);
  d.dkNentries = -1; // popitem sets dk_nentries to the popped entry's index, which RefScope does not keep
  return newTuple([k, v]);
});

// dict_update is METH_VARARGS | METH_KEYWORDS: a tuple (and dict) hold its arguments
method(BT.T_dict, 'update', methodVarargs((d: PyDict, args, kw) => {
  argRange('update', args, 0, 1);
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyDict || (isHeap(src) && (src as PyObject).type.lookup('keys') !== undefined)) dictMerge(d, src);
    else {
      for (const item of iterToArray(src)) {
        const pair = iterToArray(item);
        decref(item);
        if (pair.length !== 2) {
          for (const x of pair) decref(x);
          typeError(`dictionary update sequence element has length ${pair.length}; 2 is required`);
        }
        d.setSteal(pair[0], pair[1]);
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
  return null;
}));

method(BT.T_dict, 'clear', (d: PyDict, args) => {
  exactArgs('dict.clear', args, 0);
  PyDict.prototype.clear.call(d); // dict's own clear, not a subclass's tp_clear (defaultdict's drops its factory)
  return null;
});

method(BT.T_dict, 'copy', (d: PyDict, args) => {
  exactArgs('dict.copy', args, 0);
  return dictCopy(d);
});

method(BT.T_dict, '__contains__', (d: PyDict, args) => {
  exactArgs('dict.__contains__', args, 1);
  return d.has(args[0]);
});
method(BT.T_dict, '__getitem__', (d: PyDict, args) => {
  exactArgs('dict.__getitem__', args, 1);
  const v = d.get(args[0]);
  if (v === undefined) return keyError(args[0]);
  return incref(v);
});


import { builtin } from '../../objects/function';
BT.T_dict.methods.set(
  'fromkeys',
  builtin('fromkeys', (args) => {
    argRange('fromkeys', args, 1, 2);
    // _PyDict_FromKeys: cls() (dict_new: tp_alloc, not the free list), then one resize up front
    // for an exact dict or set source
    const d = newDictGenericAlloc();
    const src = args[0];
    if (src instanceof PyDict && typeOf(src) === BT.T_dict) {
      if (src.dk === DK_UNKNOWN) d.dk = DK_UNKNOWN;
      else dictresize(d, estimateLog2Keysize(src.used), !src.dkGeneral);
    } else if (src instanceof PySet && (typeOf(src) === BT.T_set || typeOf(src) === BT.T_frozenset)) {
      dictresize(d, estimateLog2Keysize(src.used), false);
    }
    const v = args.length > 1 ? args[1] : null;
    // an exact dict or set source: insertdict with the hashes it stored (_PyDict_Next, _PySet_NextEntry)
    if (src instanceof PyDict && typeOf(src) === BT.T_dict && !src.inline) {
      for (const k of src.keysArray()) d.setKnown(k, v, src.knownHash(k));
      return d;
    }
    if (src instanceof PySet && (typeOf(src) === BT.T_set || typeOf(src) === BT.T_frozenset)) {
      for (const [k, h] of src.entries()) d.setKnown(k, v, knownHashKey(k, h));
      return d;
    }
    for (const k of iterToArray(args[0])) {
      d.set(k, v);
      decref(k);
    }
    return d;
  }),
);
