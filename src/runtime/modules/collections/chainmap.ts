// collections.ChainMap (Lib/collections/__init__.py, a MutableMapping): an instance whose one
// attribute, `maps`, is a list of the mappings searched in order; writes go to maps[0].

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyDict, newDict } from '../../objects/dict';
import { PyList, newList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { method, type Kw } from '../../objects/function';
import { gcNew } from '../../gc/heap';
import { getIter } from '../../objects/iter';
import { argRange, exactArgs } from '../../eval/args';
import { PyError, raise, typeError } from '../../eval/errors';
import { pyRepr } from '../../eval/repr';
import { contains, delItem, getItem, pyTruthy, setItem, NotImplemented } from '../../eval/protocols';
import { richCompare, type CmpOp } from '../../eval/compare';
import { callObject } from '../../eval/call';
import { getAttr } from '../../eval/attr';
import { dictIter } from '../../objects/iter';

export const T_ChainMap = new PyType('ChainMap', [BT.T_object], true, 'collections');
T_ChainMap.identityHash = false;

export class PyChainMap extends PyObject {
  constructor(public maps: PyList) {
    super();
  }
  get type(): PyType {
    return T_ChainMap;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    visit(this.maps);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('.maps', this.maps);
  }
  /** subtype_clear: the instance dict (and so `maps`) goes */
  clear(): void {
    const m = this.maps;
    this.maps = null as unknown as PyList;
    decref(m);
  }
  releaseContents(): void {
    if (this.maps !== null) this.clear();
  }
  get first(): unknown {
    if (this.maps.items.length === 0) raise(BT.T_IndexError, 'list index out of range');
    return this.maps.items[0];
  }
  pyGetItem(k: unknown): unknown {
    for (const m of this.maps.items.slice()) {
      try {
        return getItem(m, k);
      } catch (e) {
        if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_KeyError)) {
          decref(e.exc);
          continue;
        }
        throw e;
      }
    }
    return raise(BT.T_KeyError, [k]);
  }
  pySetItem(k: unknown, v: unknown): void {
    setItem(this.first, k, v);
  }
  pyDelItem(k: unknown): void {
    try {
      delItem(this.first, k);
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_KeyError)) {
        decref(e.exc);
        raise(BT.T_KeyError, `Key not found in the first mapping: ${pyRepr(k)}`);
      }
      throw e;
    }
  }
  pyContains(k: unknown): boolean {
    return this.maps.items.slice().some((m) => contains(m, k));
  }
  /** the keys in ChainMap order: d = {}; for m in reversed(maps): d.update(dict.fromkeys(m)) */
  keyDict(): PyDict {
    const d = newDict();
    for (const m of this.maps.items.slice().reverse()) {
      const it = getIter(m);
      try {
        for (const k of iterKeys(it)) {
          d.set(k, null);
          decref(k);
        }
      } finally {
        decref(it);
      }
    }
    return d;
  }
  pyLen(): number {
    const d = this.keyDict();
    const n = d.used;
    decref(d);
    return n;
  }
  pyIter(): PyObject {
    const d = this.keyDict();
    const it = dictIter(d, 'keys');
    decref(d);
    return it;
  }
  pyRepr(): string {
    return `ChainMap(${this.maps.items.map(pyRepr).join(', ')})`;
  }
  pyGetAttr(name: string): unknown {
    if (name === 'maps') return incref(this.maps);
    if (name === 'parents') return newChainMap(this.maps.items.slice(1));
    return undefined;
  }
  pySetAttr(name: string, v: unknown): boolean {
    if (name !== 'maps') return false;
    if (!(v instanceof PyList)) return typeError('RefScope: ChainMap.maps must be a list');
    const old = this.maps;
    this.maps = incref(v);
    if (obs !== null) obs.mutate(this);
    decref(old);
    return true;
  }
  pyRichCompare(other: unknown, op: CmpOp): unknown {
    if (op !== '==' && op !== '!=') return NotImplemented;
    if (!(other instanceof PyChainMap) && !(other instanceof PyDict)) return NotImplemented;
    const a = asDict(this);
    const b = other instanceof PyChainMap ? asDict(other) : incref(other);
    try {
      return richCompare(a, b, op);
    } finally {
      decref(a);
      decref(b);
    }
  }
}

function* iterKeys(it: PyObject): Generator<unknown> {
  for (;;) {
    const k = iterNextOf(it);
    if (k === DONE) return;
    yield k;
  }
}
import { iterNext, STOP } from '../../objects/iter';
const DONE = STOP;
function iterNextOf(it: PyObject): unknown {
  return iterNext(it);
}

/** dict(self.items()) */
function asDict(c: PyChainMap): PyDict {
  const d = newDict();
  const keys = c.keyDict();
  try {
    for (const k of keys.keysArray()) {
      const v = c.pyGetItem(k);
      d.setSteal(incref(k), v);
    }
  } finally {
    decref(keys);
  }
  return d;
}

/** ChainMap(*maps): steals nothing */
export function newChainMap(maps: unknown[]): PyChainMap {
  const list = newList(maps.length > 0 ? maps.map(incref) : [newDict()]);
  return gcNew(new PyChainMap(list));
}

T_ChainMap.construct = (args: unknown[], kw: Kw) => {
  if (kw !== null && kw.size > 0) typeError(`ChainMap.__init__() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
  return newChainMap(args);
};

const cm = (self: unknown) => self as PyChainMap;
method(T_ChainMap, 'new_child', (self, args, kw) => {
  argRange('new_child', args, 0, 1);
  let m = args.length > 0 ? args[0] : null;
  let made = false;
  if (m === null) {
    const d = newDict();
    if (kw !== null) for (const [k, v] of kw) d.set(k, v);
    m = d;
    made = true;
  } else if (kw !== null && kw.size > 0) {
    for (const [k, v] of kw) setItem(m, k, v);
  }
  const c = newChainMap([m, ...cm(self).maps.items]);
  if (made) decref(m);
  return c;
});
method(T_ChainMap, 'get', (self, args) => {
  argRange('get', args, 1, 2);
  const c = cm(self);
  if (c.pyContains(args[0])) return c.pyGetItem(args[0]);
  return incref(args.length > 1 ? args[1] : null);
});
method(T_ChainMap, 'keys', (self) => cm(self).pyIter());
method(T_ChainMap, 'values', (self) => {
  const c = cm(self);
  const keys = c.keyDict();
  const vals = keys.keysArray().map((k) => c.pyGetItem(k));
  decref(keys);
  return getIterOwned(newList(vals));
});
method(T_ChainMap, 'items', (self) => {
  const c = cm(self);
  const keys = c.keyDict();
  const pairs = keys.keysArray().map((k) => newTuple([incref(k), c.pyGetItem(k)]));
  decref(keys);
  return getIterOwned(newList(pairs));
});
function getIterOwned(l: PyList): PyObject {
  const it = getIter(l);
  decref(l);
  return it;
}
const copyCm = (self: unknown) => {
  const c = cm(self);
  const first = callObject(getAttr(c.first, 'copy'), [], null);
  const r = newChainMap([first, ...c.maps.items.slice(1)]);
  decref(first);
  return r;
};
method(T_ChainMap, 'copy', copyCm);
method(T_ChainMap, '__copy__', copyCm);
method(T_ChainMap, 'pop', (self, args) => {
  argRange('pop', args, 1, 2);
  const c = cm(self);
  try {
    return callObject(getAttr(c.first, 'pop'), args.map(incref), null);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_KeyError)) {
      decref(e.exc);
      return raise(BT.T_KeyError, `Key not found in the first mapping: ${pyRepr(args[0])}`);
    }
    throw e;
  }
});
method(T_ChainMap, 'popitem', (self) => {
  const c = cm(self);
  try {
    return callObject(getAttr(c.first, 'popitem'), [], null);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_KeyError)) {
      decref(e.exc);
      return raise(BT.T_KeyError, 'No keys found in the first mapping.');
    }
    throw e;
  }
});
method(T_ChainMap, 'clear', (self) => {
  decref(callObject(getAttr(cm(self).first, 'clear'), [], null));
  return null;
});
method(T_ChainMap, '__bool__', (self) => cm(self).maps.items.some((m) => pyTruthy(m)));
method(T_ChainMap, '__getitem__', (self, args) => {
  exactArgs('__getitem__', args, 1);
  return cm(self).pyGetItem(args[0]);
});
method(T_ChainMap, '__len__', (self) => cm(self).pyLen());
method(T_ChainMap, '__iter__', (self) => cm(self).pyIter());
method(T_ChainMap, '__contains__', (self, args) => cm(self).pyContains(args[0]));
T_ChainMap.methods.set('__hash__', null);
