// __new__ (Objects/typeobject.c: slot_tp_new, object_new, type_new's staticmethod wrapping and
// solid_base's layout check; the tp_new of int, str, float, tuple, list, dict and set for their
// subclasses). A class statement wraps a plain `def __new__` in a staticmethod, as type_new does;
// type_call calls the class's __new__ with (cls, *args) and runs __init__ only when the result is
// an instance of the class. Subclasses of str, int, float and tuple get their instances from the
// base's tp_new (valueSub.ts holds them).

import * as BT from '../builtinTypes';
import { decref, incref } from '../object';
import { PyType } from './type';
import type { PyDict } from '../dict';
import { PyTuple } from '../tuple';
import { newList } from '../list';
import { newDict } from '../dict';
import { newSet } from '../set';
import { builtin, BuiltinMethodDescr, PyFunction, type Kw, type PyBuiltin } from '../function';
import { PyMethodWrapper } from '../descriptors';
import { newInstance } from '../instance';
import { gcNew } from '../../gc/heap';
import { typeOf } from './typeOf';
import { raise, typeError } from '../../eval/errors';
import { initReturned } from './typeCall';
import { callObject, releaseArgs } from '../../eval/call';
import { OBJECT_INIT } from '../../eval/special';
import { nativeSubclassAlloc } from './subInstance';
import { containerBase, newContainerSub } from './subclass';
import { newTupleSub, newValueSub, valueOf } from './valueSub';
import { typeHooks } from './typeHooks';

/** the builtin bases whose subclass instances valueSub.ts lays out */
const VALUE_BASES = [BT.T_str, BT.T_int, BT.T_float, BT.T_tuple];

/** a class a module made whose subclasses it knows how to construct (namedtuple's) */
export interface ConstructFor {
  constructFor?: (cls: PyType, args: unknown[], kw: Kw) => unknown;
}

/** builtin (or module-made) types a class statement may derive from, besides the containers */
export function subclassableBuiltin(t: PyType): boolean {
  return VALUE_BASES.includes(t) || t === BT.T_type || nativeSubclassAlloc.has(t) || (t as ConstructFor).constructFor !== undefined;
}

/** the builtin str/int/float/tuple whose instances t's instances extend, if any */
export function valueBaseOf(t: PyType): PyType | null {
  for (const b of t.mro) {
    if (!b.builtin) continue;
    if (VALUE_BASES.includes(b)) return b;
    if (b !== BT.T_object) return null;
  }
  return null;
}

/** the instance layout a base imposes (solid_base), or null for object's */
function layoutOf(t: PyType): PyType | null {
  if (t.isSubtypeOf(BT.T_type)) return BT.T_type;
  return valueBaseOf(t) ?? containerBase(t);
}

/** best_base: bases with incompatible instance layouts cannot be combined */
export function checkLayouts(bases: PyType[]): void {
  let solid: PyType | null = null;
  for (const b of bases) {
    if (!(b instanceof PyType)) continue;
    const l = layoutOf(b);
    if (l === null) continue;
    if (solid === null || l.isSubtypeOf(solid)) solid = l;
    else if (!solid.isSubtypeOf(l)) typeError('multiple bases have instance lay-out conflict');
  }
}

/** type_new: a plain function __new__ in the namespace becomes a staticmethod */
export function wrapNew(ns: PyDict): void {
  const f = ns.getStr('__new__');
  if (!(f instanceof PyFunction)) return;
  const sm = gcNew(new PyMethodWrapper(incref(f), false));
  ns.set('__new__', sm);
  decref(sm);
}

/** what every class dict may hold: the compiler's and type_new's own entries */
const CLASS_DICT_NAMES = ['__module__', '__qualname__', '__doc__', '__firstlineno__', '__static_attributes__', '__dict__', '__weakref__'];

const NT_SUB_NAMES = new Set([...CLASS_DICT_NAMES, '__slots__', '__repr__']);

/** the special methods a metaclass may define: the protocols do not yet consult a metaclass for
 * the others (repr(C), len(C), C[k], C + x, isinstance hooks, __getattr__ on classes) */
const META_NAMES = new Set([...CLASS_DICT_NAMES, '__new__', '__init__', '__call__', '__prepare__', '__annotations__']);

function checkMetaclassNamespace(cls: PyType): void {
  if (cls.dict === null) return;
  for (const i of cls.dict.positions()) {
    const k = cls.dict.ks[i];
    if (typeof k === 'string' && /^__.*__$/.test(k) && !META_NAMES.has(k)) {
      raise(BT.T_NotImplementedError, `${k} in a metaclass (a subclass of type) is not supported in RefScope`);
    }
  }
}

/** special methods of a str/int/float/tuple subclass that the base's slots here do not consult
 * (int(), float(), indexing and divmod() read the base value directly) */
const VALUE_SUB_UNSUPPORTED = new Set(['__int__', '__float__', '__index__', '__complex__', '__trunc__', '__floor__', '__ceil__', '__divmod__', '__rdivmod__', '__reversed__', '__getattribute__']);

function checkValueSubNamespace(cls: PyType): void {
  if (cls.dict === null) return;
  for (const i of cls.dict.positions()) {
    const k = cls.dict.ks[i];
    if (typeof k === 'string' && VALUE_SUB_UNSUPPORTED.has(k)) {
      raise(BT.T_NotImplementedError, `${k} in a subclass of '${valueBaseOf(cls)!.name}' is not supported in RefScope`);
    }
  }
}

/** a class derived from a namedtuple class: constructed by the namedtuple's own __new__ */
export function inheritConstruct(cls: PyType): void {
  if (cls.isSubtypeOf(BT.T_type)) checkMetaclassNamespace(cls);
  if (valueBaseOf(cls) !== null) checkValueSubNamespace(cls);
  // instances of a str/int/float/tuple subclass hash and compare as their values
  if (valueBaseOf(cls) !== null) cls.identityHash = false;
  for (const b of cls.mro) {
    const cf = (b as ConstructFor).constructFor;
    if (cf === undefined) continue;
    if (cls.dict !== null && cls.dict.getStr('__new__') !== undefined) {
      raise(BT.T_NotImplementedError, `a __new__ in a subclass of the namedtuple class '${b.name}' is not supported in RefScope`);
    }
    if (cls.hasInstanceDict) {
      raise(BT.T_NotImplementedError, `a subclass of the namedtuple class '${b.name}' without __slots__ = () is not supported in RefScope`);
    }
    // the namedtuple's instances dispatch only __repr__ to the program's class
    const own = cls.dict === null ? [] : [...cls.dict.positions()].map((i) => cls.dict!.ks[i]);
    const special = own.find((k) => typeof k === 'string' && /^__.*__$/.test(k) && !NT_SUB_NAMES.has(k));
    if (special !== undefined) {
      raise(BT.T_NotImplementedError, `${special as string} in a subclass of the namedtuple class '${b.name}' is not supported in RefScope`);
    }
    (cls as ConstructFor).constructFor = cf;
    cls.construct = (a, kw) => cf(cls, a, kw);
    return;
  }
}

/** the __new__ a class statement defined (a staticmethod's function), if any */
export function userNewOf(t: PyType): unknown {
  const v = t.lookup('__new__');
  if (v instanceof PyMethodWrapper && !v.isClassMethod) return v.func;
  if (v instanceof PyFunction) return v;
  return undefined;
}

function copyKw(kw: Kw): Kw {
  return kw === null ? null : new Map([...kw].map(([n, v]) => [n, incref(v)]));
}

/** type_call with the class's own __new__: new(cls, *args), then __init__ on an instance of cls */
export function callWithNew(t: PyType, fn: unknown, args: unknown[], kw: Kw): unknown {
  let obj: unknown;
  try {
    obj = callObject(fn, [incref(t) as unknown, ...args.map(incref)], copyKw(kw));
  } catch (e) {
    releaseArgs(args, kw);
    throw e;
  }
  return initIfInstance(t, obj, args, kw);
}

/** the __init__ half of type_call; consumes args */
function initIfInstance(t: PyType, obj: unknown, args: unknown[], kw: Kw): unknown {
  if (!typeOf(obj).isSubtypeOf(t)) {
    releaseArgs(args, kw);
    return obj;
  }
  const init = t.lookup('__init__');
  if (init === OBJECT_INIT || init === undefined) {
    releaseArgs(args, kw);
    return obj;
  }
  if (init instanceof BuiltinMethodDescr) {
    // a builtin base's __init__ (list.__init__, defaultdict.__init__)
    try {
      decref(init.fn(obj, args, kw));
    } catch (e) {
      decref(obj);
      throw e;
    } finally {
      releaseArgs(args, kw);
    }
    return obj;
  }
  args.unshift(incref(obj));
  let r: unknown;
  try {
    r = callObject(init, args, kw);
  } catch (e) {
    decref(obj);
    throw e;
  }
  if (r !== null) return initReturned(r, obj);
  return obj;
}

/** type_call for a subclass of str/int/float/tuple without a __new__ of its own */
export function callValueSub(t: PyType, base: PyType, args: unknown[], kw: Kw): unknown {
  let obj: unknown;
  try {
    obj = baseNew(base, t, args, kw);
  } catch (e) {
    releaseArgs(args, kw);
    throw e;
  }
  return initIfInstance(t, obj, args, kw);
}

/** base.__new__(cls, *args): the base's value, then a cls instance holding it; args borrowed */
function baseNew(base: PyType, cls: PyType, args: unknown[], kw: Kw): unknown {
  const conv = base === BT.T_str ? args : args.map(valueOf);
  const v = base.construct!(conv, kw);
  if (cls === base) return v;
  if (base === BT.T_tuple) {
    const tu = v as PyTuple;
    const items = tu.items.map(incref);
    decref(tu);
    return newTupleSub(cls, items);
  }
  return newValueSub(cls, v as string | number | bigint);
}

function clsArg(owner: string, args: unknown[]): PyType {
  if (args.length < 1) typeError(`${owner}.__new__(): not enough arguments`);
  const c = args[0];
  if (!(c instanceof PyType)) typeError(`${owner}.__new__(X): X is not a type object (${typeOf(c).name})`);
  return c as PyType;
}

/** object_new */
export const OBJECT_NEW: PyBuiltin = builtin('__new__', (args, kw) => {
  const cls = clsArg('object', args);
  if (args.length > 1 || (kw !== null && kw.size > 0)) {
    if (cls.lookup('__new__') !== OBJECT_NEW) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.lookup('__init__') === OBJECT_INIT) typeError(`${cls.name}() takes no arguments`);
  }
  const unsafe = cls.isSubtypeOf(BT.T_type) ? BT.T_type : valueBaseOf(cls) ?? containerBase(cls) ?? (cls.construct !== null && !cls.builtin ? BT.T_tuple : null);
  if (unsafe !== null || (cls.builtin && cls !== BT.T_object)) {
    return typeError(`object.__new__(${cls.name}) is not safe, use ${(unsafe ?? cls).name}.__new__()`);
  }
  if (cls.isSubtypeOf(BT.T_BaseException)) return raise(BT.T_NotImplementedError, 'object.__new__ of an exception class is not supported in RefScope');
  const o = newInstance(cls);
  if (cls === BT.T_object) o.attrs = null;
  return o;
});
BT.T_object.methods.set('__new__', OBJECT_NEW);

for (const base of VALUE_BASES) {
  base.methods.set('__new__', builtin('__new__', (args, kw) => {
    const cls = clsArg(base.name, args);
    if (!cls.isSubtypeOf(base)) typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
    return baseNew(base, cls, args.slice(1), kw);
  }));
}

for (const base of [BT.T_list, BT.T_dict, BT.T_set]) {
  base.methods.set('__new__', builtin('__new__', (args) => {
    const cls = clsArg(base.name, args);
    if (!cls.isSubtypeOf(base)) typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
    if (cls === base) return base === BT.T_list ? newList([]) : base === BT.T_dict ? newDict() : newSet();
    return newContainerSub(cls, containerBase(cls)!);
  }));
}

Object.assign(typeHooks, { subclassableBuiltin, valueBaseOf, checkLayouts, wrapNew, inheritConstruct, userNewOf, callWithNew, callValueSub });
