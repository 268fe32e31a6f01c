// The methods @dataclass adds (Lib/dataclasses.py's _init_fn, _repr_fn with _recursive_repr,
// _cmp_fn, _hash_fn, _frozen_get_del_attr) as real function objects: each a PyFunction with
// its own code, qualname `Cls.name`, the module's globals and, for __init__, the defaults tuple
// CPython's generated signature has (a field's default, or the <factory> sentinel).

import { PyObject, decref, incref } from '../../objects/object';
import { PyFunction, newCell } from '../../objects/function';
import { newSet } from '../../objects/set';
import * as BT from '../../objects/builtinTypes';
import { newTuple } from '../../objects/tuple';
import { newDict, type PyDict } from '../../objects/dict';
import { PyInstance } from '../../objects/instance';
import type { PyType } from '../../objects/typeobject/type';
import type { Code } from '../../objects/code';
import type { Frame } from '../../eval/frame';
import { gcNew } from '../../gc/heap';
import { getAttr, genericSetAttr, setAttr } from '../../eval/attr';
import { callObject } from '../../eval/call';
import { richCompare } from '../../eval/compare';
import { NotImplemented, pyHash } from '../../eval/protocols';
import { pyRepr, idOf } from '../../eval/repr';
import { attributeError, raise, typeError } from '../../eval/errors';
import { typeOf } from '../../objects/typeobject/typeOf';
import { S } from '../../eval/state';
import { HAS_DEFAULT_FACTORY, MISSING, T_FrozenInstanceError, type PyField } from './field';

interface Sig {
  names: string[];
  argcount: number;
  kwonlycount: number;
}

/** a function object whose code runs natively */
function nativeFunction(cls: PyType, name: string, sig: Sig, defaults: unknown[], kwdefaults: Map<string, unknown> | null, globals: PyDict, body: (L: unknown[]) => unknown, free: [string, unknown][] = [], qualname?: string): PyFunction {
  // _create_fn's locals the body names become free variables: cells, in co_freevars' sorted order
  free.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const code: Code = {
    name,
    qualname: qualname ?? classQualname(cls) + '.' + name,
    firstLine: S.frame?.line ?? 1,
    varnames: sig.names,
    argcount: sig.argcount,
    kwonlycount: sig.kwonlycount,
    hasVarargs: false,
    hasKwargs: false,
    cellSlots: [],
    freevars: free.map((f) => f[0]),
    run: (f: Frame) => {
      f.retval = body(f.locals);
    },
    scopeKind: 'function',
  };
  let kwd: PyDict | null = null;
  if (kwdefaults !== null && kwdefaults.size > 0) {
    kwd = newDict();
    for (const [k, v] of kwdefaults) kwd.set(k, v);
  }
  const closure = free.length > 0 ? newTuple(free.map((f) => newCell(incref(f[1])))) : null;
  const fn = new PyFunction(code, incref(globals), defaults.length > 0 ? newTuple(defaults.map(incref)) : null, kwd, closure);
  return gcNew(fn);
}

function classQualname(cls: PyType): string {
  return cls.qualname;
}

function fieldName(f: PyField): string {
  return f.name as string;
}

/** _init_fn: parameters in init order, then each field's _field_init, then __post_init__ */
export function initFn(cls: PyType, fields: PyField[], stdFields: PyField[], kwFields: PyField[], frozen: boolean, hasPostInit: boolean, globals: PyDict): PyFunction {
  let seenDefault = false;
  for (const f of stdFields) {
    if (!f.init) continue;
    if (!(f.dflt === MISSING && f.factory === MISSING)) seenDefault = true;
    else if (seenDefault) typeError(`non-default argument '${fieldName(f)}' follows default argument`);
  }
  const initStd = stdFields.filter((f) => f.init);
  const initKw = kwFields.filter((f) => f.init);
  const names = ['self', ...initStd.map(fieldName), ...initKw.map(fieldName)];
  const defaultOf = (f: PyField) => (f.factory !== MISSING ? HAS_DEFAULT_FACTORY : f.dflt);
  const defaults: unknown[] = [];
  for (const f of initStd) if (defaultOf(f) !== MISSING) defaults.push(defaultOf(f));
  const kwdefaults = new Map<string, unknown>();
  for (const f of initKw) if (defaultOf(f) !== MISSING) kwdefaults.set(fieldName(f), defaultOf(f));
  const slotOf = new Map<string, number>();
  names.forEach((n, i) => slotOf.set(n, i));
  const free = new Map<string, unknown>();
  for (const f of fields) {
    if (f.kind !== '_FIELD') continue;
    if (f.factory !== MISSING) {
      free.set(`__dataclass_dflt_${fieldName(f)}__`, f.factory);
      if (f.init) free.set('__dataclass_HAS_DEFAULT_FACTORY__', HAS_DEFAULT_FACTORY);
    } else if (!f.init) continue;
    if (frozen) free.set('__dataclass_builtins_object__', BT.T_object);
  }
  return nativeFunction(cls, '__init__', { names, argcount: 1 + initStd.length, kwonlycount: initKw.length }, defaults, kwdefaults, globals, (L) => {
    const self = L[0] as PyInstance;
    for (const f of fields) {
      if (f.kind !== '_FIELD') continue;
      const name = fieldName(f);
      let value: unknown;
      if (f.factory !== MISSING) {
        const p = f.init ? L[slotOf.get(name)!] : HAS_DEFAULT_FACTORY;
        value = p === HAS_DEFAULT_FACTORY ? callObject(incref(f.factory), [], null) : incref(p);
      } else if (f.init) value = incref(L[slotOf.get(name)!]);
      else continue; // init=False without a factory: reads fall back to the class attribute
      try {
        if (frozen) genericSetAttr(self, name, value);
        else setAttr(self, name, value);
      } finally {
        decref(value);
      }
    }
    if (hasPostInit) {
      const m = getAttr(self, '__post_init__');
      decref(callObject(m, [], null));
    }
    return null;
  }, [...free]);
}

/** _repr_fn under _recursive_repr: "Cls(a=1, b='x')", "..." when it reaches itself. As in
 * CPython, __repr__ is functools.wraps' wrapper: a closure over (repr_running set, the generated
 * function), with __wrapped__ in its __dict__ */
export function reprFn(cls: PyType, fields: PyField[], globals: PyDict): PyFunction {
  const inner = nativeFunction(cls, '__repr__', { names: ['self'], argcount: 1, kwonlycount: 0 }, [], null, globals, (L) => {
    const self = L[0];
    const qn = getAttr(typeOf(self), '__qualname__') as string;
    const parts = fields.map((f) => {
      const v = getAttr(self, fieldName(f));
      try {
        return `${fieldName(f)}=${pyRepr(v)}`;
      } finally {
        decref(v);
      }
    });
    return `${qn}(${parts.join(', ')})`;
  }, [], '__create_fn__.<locals>.__repr__');
  const running = new Set<number>();
  const runningSet = newSet();
  const wrapper = nativeFunction(cls, '__repr__', { names: ['self'], argcount: 1, kwonlycount: 0 }, [], null, globals, (L) => {
    const self = L[0];
    const key = idOf(self);
    if (running.has(key)) return '...';
    running.add(key);
    try {
      return callObject(incref(inner), [incref(self)], null);
    } finally {
      running.delete(key);
    }
  }, [['repr_running', runningSet], ['user_function', inner]]);
  decref(runningSet);
  wrapper.dict = newDict();
  wrapper.dict.set('__wrapped__', inner);
  decref(inner);
  return wrapper;
}

function fieldTuple(o: unknown, fields: PyField[]): PyObject {
  return newTuple(fields.map((f) => getAttr(o, fieldName(f))));
}

/** _cmp_fn: compare the fields as tuples when other is of the very same class */
export function cmpFn(cls: PyType, name: string, op: '==' | '<' | '<=' | '>' | '>=', fields: PyField[], globals: PyDict): PyFunction {
  return nativeFunction(cls, name, { names: ['self', 'other'], argcount: 2, kwonlycount: 0 }, [], null, globals, (L) => {
    const [self, other] = L;
    if (typeOf(other) !== typeOf(self)) return incref(NotImplemented);
    const a = fieldTuple(self, fields);
    const b = fieldTuple(other, fields);
    try {
      return richCompare(a, b, op);
    } finally {
      decref(a);
      decref(b);
    }
  });
}

/** _hash_fn: hash of the fields' tuple */
export function hashFn(cls: PyType, fields: PyField[], globals: PyDict): PyFunction {
  return nativeFunction(cls, '__hash__', { names: ['self'], argcount: 1, kwonlycount: 0 }, [], null, globals, (L) => {
    const t = fieldTuple(L[0], fields);
    try {
      return pyHash(t);
    } finally {
      decref(t);
    }
  });
}

/** _frozen_get_del_attr: __setattr__ and __delattr__ that refuse the fields */
export function frozenFns(cls: PyType, fields: PyField[], globals: PyDict): [PyFunction, PyFunction] {
  const names = new Set(fields.map(fieldName));
  const setattr = nativeFunction(cls, '__setattr__', { names: ['self', 'name', 'value'], argcount: 3, kwonlycount: 0 }, [], null, globals, (L) => {
    const [self, name, value] = L;
    if (typeOf(self) === cls || names.has(name as string)) raise(T_FrozenInstanceError, `cannot assign to field ${pyRepr(name)}`);
    genericSetAttr(self as PyInstance, name as string, value);
    return null;
  }, [['cls', cls], ['FrozenInstanceError', T_FrozenInstanceError]]);
  const delattr = nativeFunction(cls, '__delattr__', { names: ['self', 'name'], argcount: 2, kwonlycount: 0 }, [], null, globals, (L) => {
    const [self, name] = L;
    if (typeOf(self) === cls || names.has(name as string)) raise(T_FrozenInstanceError, `cannot delete field ${pyRepr(name)}`);
    // super(cls, self).__delattr__(name): object's own deletion
    const a = (self as PyInstance).attrs;
    if (a === null || !a.delete(name as string)) attributeError(`'${typeOf(self).name}' object has no attribute '${name as string}'`);
    return null;
  }, [['cls', cls], ['FrozenInstanceError', T_FrozenInstanceError]]);
  return [setattr, delattr];
}
