// The functools module (Lib/functools.py over Modules/_functoolsmodule.c): partial, reduce,
// lru_cache and cache, update_wrapper and wraps, total_ordering, cached_property, cmp_to_key.

import { methVarargs } from '../../builtins/methVarargs';
import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, isHeap, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { newTuple } from '../../objects/tuple';
import { PyDict, materialize } from '../../objects/dict';
import { PyInstance } from '../../objects/instance';
import { PyModule } from '../../objects/descriptors';
import { builtin, method, type Kw } from '../../objects/function';
import { gcNew } from '../../gc/heap';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { registerModule } from '../registry';
import { argRange, exactArgs, parseArgs } from '../../eval/args';
import { PyError, raise, typeError, valueError } from '../../eval/errors';
import { NotImplemented, pyTruthy } from '../../eval/protocols';
import { pyEq, richCompare } from '../../eval/compare';
import { callObject } from '../../eval/call';
import { delAttr, getAttr, setAttr } from '../../eval/attr';
import { pyRepr } from '../../eval/repr';
import { typeOf } from '../../objects/typeobject/typeOf';
import { T_partial, newPartial, PyPartial } from './partial';
import { T_lru_cache_wrapper, makeLruWrapper } from './lruCache';
import { callable } from '../collections/util';

method(T_partial, '__call__', (self: PyPartial, args, kw) => self.call(args, kw));

// ---------- update_wrapper, wraps ----------

const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];
const WRAPPER_UPDATES = ['__dict__'];
/** the module's WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES tuples (made at import) */
const consts = { assigned: null as unknown, updated: null as unknown };

function isAttrError(e: unknown): boolean {
  return e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError);
}

/** update_wrapper(wrapper, wrapped, assigned, updated): borrowed arguments */
function updateWrapper(wrapper: unknown, wrapped: unknown, assigned = WRAPPER_ASSIGNMENTS, updated = WRAPPER_UPDATES): void {
  for (const attr of assigned) {
    let v: unknown;
    try {
      v = getAttr(wrapped, attr);
    } catch (e) {
      if (!isAttrError(e)) throw e;
      decref((e as PyError).exc);
      continue;
    }
    try {
      setAttr(wrapper, attr, v);
    } finally {
      decref(v);
    }
  }
  for (const attr of updated) {
    const target = getAttr(wrapper, attr);
    let src: unknown = undefined;
    try {
      src = getAttr(wrapped, attr);
    } catch (e) {
      if (!isAttrError(e)) throw e;
      decref((e as PyError).exc);
    }
    try {
      if (src instanceof PyDict && target instanceof PyDict) for (const i of src.positions()) target.set(src.ks[i], src.vs[i]);
    } finally {
      decref(src);
      decref(target);
    }
  }
  setAttr(wrapper, '__wrapped__', wrapped);
}

function namesArg(v: unknown, dflt: string[]): string[] {
  if (v === undefined) return dflt;
  const it = getIter(v);
  const out: string[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) break;
      out.push(String(x));
      decref(x);
    }
  } finally {
    decref(it);
  }
  return out;
}

const updateWrapperFn = builtin('update_wrapper', (args, kw) => {
  const [wrapper, wrapped, assigned, updated] = parseArgs('update_wrapper', args, kw, ['wrapper', 'wrapped', 'assigned?', 'updated?']);
  updateWrapper(wrapper, wrapped, namesArg(assigned, WRAPPER_ASSIGNMENTS), namesArg(updated, WRAPPER_UPDATES));
  return incref(wrapper);
}, 'functools');

/** wraps(wrapped, assigned, updated) = partial(update_wrapper, wrapped=..., assigned=..., updated=...) */
const wrapsFn = builtin('wraps', (args, kw) => {
  const [wrapped, assigned, updated] = parseArgs('wraps', args, kw, ['wrapped', 'assigned?', 'updated?']);
  const k = new Map<string, unknown>();
  k.set('wrapped', wrapped);
  k.set('assigned', assigned ?? consts.assigned);
  k.set('updated', updated ?? consts.updated);
  return newPartial([updateWrapperFn], k);
}, 'functools');

// ---------- lru_cache, cache ----------

function decorate(fn: unknown, maxsize: number | null, typed: boolean): unknown {
  if (!callable(fn)) typeError('the first argument must be callable');
  return makeLruWrapper(fn, maxsize, typed, (w, f) => updateWrapper(w, f));
}

const lruCacheFn = builtin('lru_cache', (args, kw) => {
  const [maxsizeArg, typedArg] = parseArgs('lru_cache', args, kw, ['maxsize?', 'typed?']);
  let maxsize: unknown = maxsizeArg === undefined ? 128 : maxsizeArg;
  const typed = typedArg === undefined ? false : typedArg;
  if (typeof maxsize === 'number' || typeof maxsize === 'boolean' || typeof maxsize === 'bigint') {
    maxsize = Math.max(0, Number(maxsize));
  } else if (callable(maxsize) && typeof typed === 'boolean') {
    return decorate(maxsize, 128, typed);
  } else if (maxsize !== null) {
    typeError('Expected first argument to be an integer, a callable, or None');
  }
  const ms = maxsize as number | null;
  const t = pyTruthy(typed);
  return builtin('decorating_function', (a) => {
    exactArgs('decorating_function', a, 1);
    return decorate(a[0], ms, t);
  }, 'functools');
}, 'functools');

const cacheFn = builtin('cache', (args) => {
  exactArgs('cache', args, 1);
  return decorate(args[0], null, false);
}, 'functools');

// ---------- reduce ----------

// functools_reduce is METH_VARARGS: a tuple holds its arguments while it runs
const reduceFn = builtin('reduce', methVarargs((args) => {
  argRange('reduce', args, 2, 3);
  const [fn, seq] = args;
  let it: PyObject;
  try {
    it = getIter(seq);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls === BT.T_TypeError) {
      decref(e.exc);
      typeError('reduce() arg 2 must support iteration');
    }
    throw e;
  }
  let result: unknown = args.length > 2 ? incref(args[2]) : undefined;
  // the (result, item) tuple functools_reduce makes once and refills: it holds the last call's
  // arguments until the next call replaces them, the function getting references of its own
  const held: unknown[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      if (result === undefined) result = v;
      else {
        const r = result;
        result = undefined;
        const old = held.splice(0, 2, r, v);
        for (const o of old) decref(o);
        result = callObject(fn, [incref(r), incref(v)], null);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    for (const o of held) decref(o);
    decref(it);
  }
  if (result === undefined) typeError('reduce() of empty iterable with no initial value');
  return result;
}), 'functools');

// ---------- total_ordering ----------

type Derive = (self: unknown, other: unknown) => unknown;

function callRoot(root: string, self: unknown, other: unknown): unknown {
  const f = typeOf(self).lookup(root);
  if (f === undefined) return NotImplemented;
  return callObject(f, [incref(self), incref(other)], null);
}
const eqBool = (a: unknown, b: unknown): boolean => pyEq(a, b);
const neResult = (a: unknown, b: unknown): unknown => richCompare(a, b, '!=');
const eqResult = (a: unknown, b: unknown): unknown => richCompare(a, b, '==');
void eqBool;

/** op_result or self == other */
function orEq(r: unknown, self: unknown, other: unknown): unknown {
  if (pyTruthy(r)) return r;
  decref(r);
  return eqResult(self, other);
}
/** not op_result and self != other */
function notAndNe(r: unknown, self: unknown, other: unknown): unknown {
  const t = pyTruthy(r);
  decref(r);
  if (t) return false;
  return neResult(self, other);
}
/** op_result and self != other */
function andNe(r: unknown, self: unknown, other: unknown): unknown {
  if (!pyTruthy(r)) return r;
  decref(r);
  return neResult(self, other);
}
/** not op_result or self == other */
function notOrEq(r: unknown, self: unknown, other: unknown): unknown {
  const t = pyTruthy(r);
  decref(r);
  if (!t) return true;
  return eqResult(self, other);
}
function not(r: unknown): unknown {
  const t = pyTruthy(r);
  decref(r);
  return !t;
}

function derived(name: string, root: string, combine: (r: unknown, self: unknown, other: unknown) => unknown): [string, PyObject] {
  const fn: Derive = (self, other) => {
    const r = callRoot(root, self, other);
    if (r === NotImplemented) return r;
    return combine(r, self, other);
  };
  return [name, builtin(`_${name.slice(2, 4)}_from_${root.slice(2, 4)}`, (a) => {
    exactArgs(name, a, 2);
    return fn(a[0], a[1]);
  }, 'functools')];
}

const CONVERT: Record<string, [string, PyObject][]> = {
  __lt__: [derived('__gt__', '__lt__', notAndNe), derived('__le__', '__lt__', orEq), derived('__ge__', '__lt__', (r) => not(r))],
  __le__: [derived('__ge__', '__le__', notOrEq), derived('__lt__', '__le__', andNe), derived('__gt__', '__le__', (r) => not(r))],
  __gt__: [derived('__lt__', '__gt__', notAndNe), derived('__ge__', '__gt__', orEq), derived('__le__', '__gt__', (r) => not(r))],
  __ge__: [derived('__le__', '__ge__', notOrEq), derived('__gt__', '__ge__', andNe), derived('__lt__', '__ge__', (r) => not(r))],
};

const totalOrderingFn = builtin('total_ordering', (args) => {
  exactArgs('total_ordering', args, 1);
  const cls = args[0];
  if (!(cls instanceof PyType)) return typeError('total_ordering expects a class');
  const roots = Object.keys(CONVERT).filter((op) => {
    const v = cls.lookup(op);
    return v !== undefined && v !== BT.T_object.lookup(op);
  });
  if (roots.length === 0) valueError('must define at least one ordering operation: < > <= >=');
  const root = roots.sort()[roots.length - 1];
  for (const [name, fn] of CONVERT[root]) if (!roots.includes(name)) setAttr(cls, name, fn);
  return incref(cls);
}, 'functools');

// ---------- cached_property ----------

export const T_cached_property = new PyType('cached_property', [BT.T_object], true, 'functools');

export class PyCachedProperty extends PyObject {
  attrname: string | null = null;
  doc: unknown;
  constructor(public func: unknown) {
    super();
    this.doc = null;
  }
  get type(): PyType {
    return T_cached_property;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.func)) visit(this.func);
    if (isHeap(this.doc)) visit(this.doc);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('.func', this.func);
  }
  clear(): void {
    const f = this.func;
    const d = this.doc;
    this.func = null;
    this.doc = null;
    decref(f);
    decref(d);
  }
  releaseContents(): void {
    this.clear();
  }
  pyGetAttr(name: string): unknown {
    if (name === 'func') return incref(this.func);
    if (name === 'attrname') return this.attrname;
    if (name === '__doc__') return incref(this.doc);
    return undefined;
  }
  /** cached_property.__get__: computed once, then stored in (and read from) the instance's __dict__ */
  pyDescrGet(obj: unknown): unknown {
    if (obj === null) return incref(this);
    if (this.attrname === null) typeError('Cannot use cached_property instance without calling __set_name__ on it.');
    const name = this.attrname!;
    if (!(obj instanceof PyInstance) || obj.attrs === null) {
      return typeError(`No '__dict__' attribute on ${pyRepr(typeOf(obj).name)} instance to cache ${pyRepr(name)} property.`);
    }
    const cache = obj.attrs;
    if (cache.inline) {
      // `instance.__dict__` makes the instance's dict an object of its own (3.11)
      materialize(cache);
      if (obs !== null) obs.mutate(obj);
    }
    const have = cache.getStr(name);
    if (have !== undefined) return incref(have);
    const val = callObject(this.func, [incref(obj)], null);
    cache.set(name, val);
    return val;
  }
}

T_cached_property.construct = (args, kw) => {
  const [func] = parseArgs('cached_property', args, kw, ['func']);
  const p = gcNew(new PyCachedProperty(incref(func)));
  try {
    p.doc = getAttr(func, '__doc__');
  } catch (e) {
    if (!isAttrError(e)) throw e;
    decref((e as PyError).exc);
  }
  return p;
};
method(T_cached_property, '__set_name__', (self: PyCachedProperty, args) => {
  exactArgs('__set_name__', args, 2);
  const name = args[1] as string;
  if (self.attrname === null) self.attrname = name;
  else if (name !== self.attrname) {
    typeError(`Cannot assign the same cached_property to two different names (${pyRepr(self.attrname)} and ${pyRepr(name)}).`);
  }
  return null;
});
method(T_cached_property, '__get__', (self: PyCachedProperty, args) => {
  argRange('__get__', args, 1, 2);
  return self.pyDescrGet(args[0]);
});

// ---------- cmp_to_key ----------

const T_KeyWrapper = new PyType('KeyWrapper', [BT.T_object], true, 'functools');
class PyKeyWrapper extends PyObject {
  constructor(public cmp: unknown, public obj: unknown) {
    super();
  }
  get type(): PyType {
    return T_KeyWrapper;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.cmp)) visit(this.cmp);
    if (isHeap(this.obj)) visit(this.obj);
  }
  releaseContents(): void {
    const { cmp, obj } = this;
    this.cmp = null;
    this.obj = null;
    decref(cmp);
    decref(obj);
  }
  pyRichCompare(other: unknown, op: '<' | '<=' | '==' | '!=' | '>' | '>='): unknown {
    if (!(other instanceof PyKeyWrapper)) return typeError('other argument must be K instance');
    const r = callObject(this.cmp, [incref(this.obj), incref(other.obj)], null);
    try {
      return richCompare(r, 0, op);
    } finally {
      decref(r);
    }
  }
}
method(T_KeyWrapper, '__call__', (self: PyKeyWrapper, args, kw: Kw) => {
  const [obj] = parseArgs('K', args, kw, ['obj']);
  return gcNew(new PyKeyWrapper(incref(self.cmp), incref(obj)));
});
const cmpToKeyFn = builtin('cmp_to_key', (args, kw) => {
  const [cmp] = parseArgs('cmp_to_key', args, kw, ['mycmp']);
  return gcNew(new PyKeyWrapper(incref(cmp), null));
}, 'functools');

registerModule('functools', () => {
  const m = new PyModule('functools');
  const a = m.attrs;
  a.set('partial', T_partial);
  a.set('reduce', reduceFn);
  a.set('lru_cache', lruCacheFn);
  a.set('cache', cacheFn);
  a.set('update_wrapper', updateWrapperFn);
  a.set('wraps', wrapsFn);
  a.set('total_ordering', totalOrderingFn);
  a.set('cached_property', T_cached_property);
  a.set('cmp_to_key', cmpToKeyFn);
  a.set('_lru_cache_wrapper', T_lru_cache_wrapper);
  consts.assigned = newTuple(WRAPPER_ASSIGNMENTS.slice());
  consts.updated = newTuple(WRAPPER_UPDATES.slice());
  a.set('WRAPPER_ASSIGNMENTS', consts.assigned);
  a.set('WRAPPER_UPDATES', consts.updated);
  return m;
});
void raise;
void delAttr;
