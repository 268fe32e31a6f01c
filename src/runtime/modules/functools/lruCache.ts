// functools.lru_cache (Modules/_functoolsmodule.c's _lru_cache_wrapper, with Lib/functools.py's
// lru_cache and update_wrapper around it). The wrapper is GC-tracked and holds: func, the cache
// dict, and its __dict__ (cache_parameters, a lambda over two cells; what update_wrapper copies).
// Keys are the call's args tuple (or the single int/str argument itself), so a cached method
// keeps `self` alive. Bounded caches map key -> _lru_list_elem (not GC objects) holding key and
// result; lru_cache_tp_traverse visits each link's result but never its key, so whatever a key
// holds always looks referenced from outside to the collector.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, isHeap, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyDict, newDict } from '../../objects/dict';
import { newCell } from '../../objects/function';
import { method, newBoundMethod, type Kw } from '../../objects/function';
import { gcNew, plainNew } from '../../gc/heap';
import { typeOf } from '../../objects/typeobject/typeOf';
import { callObject } from '../../eval/call';
import { hexAddr } from '../../eval/repr';
import { makeNamedTupleClass, newNamedTuple } from '../collections/namedtuple';

export const T_lru_cache_wrapper = new PyType('_lru_cache_wrapper', [BT.T_object], true, 'functools');
const T_lru_list_elem = new PyType('_lru_list_elem', [BT.T_object], true, 'functools');
/** the `function` objects lru_cache makes for cache_parameters (a lambda with a closure) */
const T_lambda = new PyType('function', [BT.T_object], true);
export const T_CacheInfo = makeNamedTupleClass('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], [], 'functools', true);

/** functools' _lru_cache_wrapper kwd_mark: a plain object() shared by every cache */
class KwdMark extends PyObject {
  readonly immortal = true;
  constructor() {
    super();
    this.rc = 1 << 28;
  }
  get type(): PyType {
    return BT.T_object;
  }
}
const KWD_MARK = new KwdMark();

/** a node of the bounded cache's list: holds its key and result */
class LruLink extends PyObject {
  constructor(public key: unknown, public result: unknown) {
    super();
  }
  get type(): PyType {
    return T_lru_list_elem;
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('key', this.key);
    out('result', this.result);
  }
  releaseContents(): void {
    const { key, result } = this;
    this.key = null;
    this.result = null;
    decref(key);
    decref(result);
  }
}

/** `lambda: {'maxsize': maxsize, 'typed': typed}`: a function whose closure holds two cells */
class CacheParameters extends PyObject {
  constructor(public closure: PyTuple) {
    super();
  }
  get type(): PyType {
    return T_lambda;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    visit(this.closure);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('__closure__', this.closure);
  }
  clear(): void {
    const c = this.closure;
    this.closure = null as unknown as PyTuple;
    decref(c);
  }
  releaseContents(): void {
    if (this.closure !== null) this.clear();
  }
  pyRepr(): string {
    return `<function lru_cache.<locals>.decorating_function.<locals>.<lambda> at ${hexAddr(this)}>`;
  }
  pyGetAttr(name: string): unknown {
    if (name === '__closure__') return incref(this.closure);
    if (name === '__name__') return '<lambda>';
    if (name === '__qualname__') return 'lru_cache.<locals>.decorating_function.<locals>.<lambda>';
    return undefined;
  }
}
method(T_lambda, '__call__', (self: CacheParameters) => {
  const d = newDict();
  const [m, t] = self.closure.items as { contents: unknown }[];
  d.set('maxsize', m.contents);
  d.set('typed', t.contents);
  return d;
});

export class PyLruWrapper extends PyObject {
  cache: PyDict;
  dict: PyDict | null = null;
  hits = 0;
  misses = 0;
  /** the bounded cache's links, least recently used first */
  links: LruLink[] = [];
  constructor(public func: unknown, public maxsize: number | null, public typed: boolean) {
    super();
    this.cache = newDict();
  }
  get type(): PyType {
    return T_lru_cache_wrapper;
  }
  get isGC(): boolean {
    return true;
  }
  /** lru_cache_tp_traverse: each link's result (not its key), the cache, func, the __dict__ */
  traverse(visit: (o: PyObject) => void): void {
    for (const l of this.links) if (isHeap(l.result)) visit(l.result);
    if (this.cache !== null) visit(this.cache);
    if (isHeap(this.func)) visit(this.func);
    if (this.dict !== null) visit(this.dict);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('__wrapped__ (func)', this.func);
    out('cache', this.cache);
    if (this.dict !== null) out('__dict__', this.dict);
  }
  /** lru_cache_tp_clear: unlink the list, drop cache, func, dict, then the links */
  clear(): void {
    const links = this.links;
    this.links = [];
    const { cache, func, dict } = this;
    this.cache = null as unknown as PyDict;
    this.func = null;
    this.dict = null;
    decref(cache);
    decref(func);
    decref(dict);
    for (const l of links) decref(l);
  }
  releaseContents(): void {
    this.clear();
  }
  pyDescrGet(obj: unknown): unknown {
    if (obj === null) return incref(this);
    return newBoundMethod(incref(this), incref(obj));
  }
  pyGetAttr(name: string): unknown {
    if (name === '__dict__') {
      if (this.dict === null) this.dict = newDict();
      return incref(this.dict);
    }
    if (this.dict !== null) {
      const v = this.dict.getStr(name);
      if (v !== undefined) return incref(v);
    }
    return undefined;
  }
  pySetAttr(name: string, v: unknown): boolean {
    if (this.dict === null) this.dict = newDict();
    this.dict.set(name, v);
    if (obs !== null) obs.mutate(this);
    return true;
  }
  /** lru_cache_make_key: the args tuple itself, the lone int/str argument, or a new flat tuple */
  makeKey(args: PyTuple, kw: Kw): unknown {
    const kwn = kw === null ? 0 : kw.size;
    if (!this.typed && kwn === 0) {
      if (args.items.length === 1) {
        const k = args.items[0];
        if (typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint') return k;
      }
      return incref(args);
    }
    const items: unknown[] = args.items.map(incref);
    if (kwn > 0) {
      items.push(KWD_MARK);
      for (const [k, v] of kw!) items.push(k, incref(v));
    }
    if (this.typed) {
      for (const a of args.items) items.push(typeOf(a));
      if (kw !== null) for (const v of kw.values()) items.push(typeOf(v));
    }
    return newTuple(items);
  }
  callFunc(args: PyTuple, kw: Kw): unknown {
    let k2: Kw = null;
    if (kw !== null) {
      k2 = new Map();
      for (const [k, v] of kw) k2.set(k, incref(v));
    }
    return callObject(this.func, args.items.map(incref), k2);
  }
  call(argv: unknown[], kw: Kw): unknown {
    // tp_call receives its positional arguments as a tuple
    const args = newTuple(argv.map(incref));
    try {
      if (this.maxsize === 0) {
        this.misses++;
        return this.callFunc(args, kw);
      }
      const key = this.makeKey(args, kw);
      try {
        if (this.maxsize === null) return this.callInfinite(key, args, kw);
        return this.callBounded(key, args, kw);
      } finally {
        decref(key);
      }
    } finally {
      decref(args);
    }
  }
  /** infinite_lru_cache_wrapper: key -> result in the dict */
  private callInfinite(key: unknown, args: PyTuple, kw: Kw): unknown {
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      this.hits++;
      return incref(hit);
    }
    this.misses++;
    const result = this.callFunc(args, kw);
    if (this.cache.get(key) !== undefined) return result;
    this.cache.set(key, result);
    if (obs !== null) obs.mutate(this);
    return result;
  }
  /** bounded_lru_cache_wrapper: key -> link; a full cache reuses its oldest link */
  private callBounded(key: unknown, args: PyTuple, kw: Kw): unknown {
    const hit = this.cache.get(key) as LruLink | undefined;
    if (hit !== undefined) {
      this.links.splice(this.links.indexOf(hit), 1);
      this.links.push(hit);
      this.hits++;
      return incref(hit.result);
    }
    this.misses++;
    const result = this.callFunc(args, kw);
    if (this.cache.get(key) !== undefined) return result;
    if (this.cache.used < (this.maxsize as number) || this.links.length === 0) {
      const link = plainNew(new LruLink(incref(key), result));
      this.cache.set(key, link);
      this.links.push(link);
      if (obs !== null) obs.mutate(this);
      return incref(result);
    }
    const link = this.links.shift()!;
    const i = this.cache.find(link.key);
    if (i < 0) {
      decref(link);
      return result;
    }
    const [ok, popped] = this.cache.takeAt(i);
    decref(ok);
    const oldKey = link.key;
    const oldResult = link.result;
    link.key = incref(key);
    link.result = result;
    this.cache.set(key, link);
    this.links.push(link);
    if (obs !== null) obs.mutate(this);
    incref(result);
    decref(popped);
    decref(oldKey);
    decref(oldResult);
    return result;
  }
  cacheClear(): void {
    const links = this.links;
    this.links = [];
    this.hits = this.misses = 0;
    PyDict.prototype.clear.call(this.cache);
    for (const l of links) decref(l);
  }
}

/** _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo) with cache_parameters and update_wrapper */
export function makeLruWrapper(func: unknown, maxsize: number | null, typed: boolean, updateWrapper: (wrapper: PyObject, wrapped: unknown) => void): PyLruWrapper {
  const w = gcNew(new PyLruWrapper(incref(func), maxsize, typed));
  const closure = newTuple([newCell(maxsize), newCell(typed)]);
  const params = gcNew(new CacheParameters(closure));
  w.pySetAttr('cache_parameters', params);
  decref(params);
  updateWrapper(w, func);
  return w;
}

const lw = (self: unknown) => self as PyLruWrapper;
method(T_lru_cache_wrapper, '__call__', (self, args, kw) => lw(self).call(args, kw));
method(T_lru_cache_wrapper, 'cache_info', (self) => {
  const w = lw(self);
  return newNamedTuple(T_CacheInfo, [w.hits, w.misses, w.maxsize, w.cache.used]);
});
method(T_lru_cache_wrapper, 'cache_clear', (self) => {
  lw(self).cacheClear();
  return null;
});
method(T_lru_cache_wrapper, '__copy__', (self) => incref(self));
method(T_lru_cache_wrapper, '__deepcopy__', (self) => incref(self));
