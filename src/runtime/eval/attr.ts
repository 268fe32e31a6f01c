// Attribute access (PyObject_GenericGetAttr / type_getattro / module attributes) and the
// LOAD_METHOD shortcut that calls a method without making a bound method object.

import * as BT from '../objects/builtinTypes';
import { PyObject, decref, incref, obs } from '../objects/object';
import { PyInstance } from '../objects/instance';
import { PyType } from '../objects/typeobject/type';
import { PyDict, materialize } from '../objects/dict';
import { profile } from '../versions';
import { newTuple } from '../objects/tuple';
import {
  BuiltinMethodDescr, PyBoundMethod, PyBuiltin, PyBuiltinBound, PyCell, PyFunction,
  newBoundMethod, newBuiltinBound,
} from '../objects/function';
import { PyMethodWrapper, PyModule, PyProperty } from '../objects/descriptors';
import { callObject } from './call';
import { callSpecial } from './special';
import { PyError, attributeError, raise, typeError, valueError } from './errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { PyWeakRef } from '../objects/weakref';
import { proxyTarget } from './protocols';
import { suggestPart } from '../parts';
import { newExc } from './errors';
import { withHint } from '../objects/instance';
import { isSubInstance, type SubInstance } from '../objects/typeobject/subInstance';
import { isSystemExit, systemExitCode } from './systemExit';
import { setExceptionAttr } from './exceptionAttrs';

function noAttr(o: unknown, name: string): never {
  const t = typeOf(o);
  const base = o instanceof PyType ? `type object '${o.name}' has no attribute '${name}'` : o instanceof PyModule ? `module '${o.name}' has no attribute '${name}'` : `'${t.name}' object has no attribute '${name}'`;
  throw new PyError(withHint(newExc(BT.T_AttributeError, base), () => suggestPart().calculateSuggestion(suggestPart().dirOf(o), name)));
}

/** what a class attribute becomes when read through an instance (descriptor __get__) */
/** a type's attribute bound to an instance (tp_descr_get; _PyObject_LookupSpecial's binding): a new reference */
export function bindToInstance(v: unknown, o: unknown): unknown {
  const dg = v instanceof PyObject ? (v as DescrGet).pyDescrGet : undefined;
  if (dg !== undefined) return dg.call(v, o, typeOf(o));
  if (v instanceof PyFunction) return newBoundMethod(incref(v), incref(o));
  if (v instanceof BuiltinMethodDescr) return newBuiltinBound(v, incref(o));
  if (v instanceof PyMethodWrapper) {
    if (v.isClassMethod) return newBoundMethod(incref(v.func), incref(typeOf(o)));
    return incref(v.func);
  }
  if (v instanceof PyProperty) {
    if (v.fget === null) return attributeError(`property of '${typeOf(o).name}' object has no getter`);
    return callObject(v.fget, [incref(o)], null);
  }
  return incref(v);
}

/**
 * slot_tp_getattr_hook's call_attribute: __getattr__(self, name). 3.11 binds the function first
 * (a method object holding self while it runs); 3.12 calls a function as it is (getattrHookUnbound).
 */
function callAttribute(ga: unknown, o: unknown, name: string): unknown {
  if (profile.getattrHookUnbound || !(ga instanceof PyFunction)) return callSpecial(ga, o, [name]);
  return callBoundSpecial(ga, o, [name]);
}

/** a special method looked up and bound to self (_PyObject_LookupSpecial), called, then released */
export function callBoundSpecial(f: unknown, self: unknown, args: unknown[]): unknown {
  const m = bindToInstance(f, self);
  try {
    return callObject(m, args.map((a) => incref(a)), null);
  } finally {
    decref(m);
  }
}

/** a native type's tp_descr_get (lru_cache wrappers, cached_property, tuplegetter): obj is null when read through the class */
type DescrGet = { pyDescrGet?: (obj: unknown, owner: PyType) => unknown };

/** o.name: a new reference */
export function getAttr(o: unknown, name: string): unknown {
  if (o instanceof PyInstance) return instanceGetAttr(o, name);
  if (isSubInstance(o)) return subGetAttr(o, name);
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (o instanceof PyModule) {
    const v = o.attrs.get(name);
    if (v === undefined) {
      if (name === '__name__') return o.name;
      return noAttr(o, name);
    }
    return incref(v);
  }
  if (o instanceof PyFunction) return functionAttr(o, name);
  if (o instanceof PyBoundMethod) {
    if (name === '__self__') return incref(o.self);
    if (name === '__func__') return incref(o.func);
    return getAttr(o.func, name);
  }
  if (o instanceof PyCell) {
    if (name === 'cell_contents') {
      if (o.contents === undefined) return valueError('Cell is empty');
      return incref(o.contents);
    }
  }
  if (o instanceof PyWeakRef && o.kind === 'proxy') return getAttr(proxyTarget(o), name);
  if (o instanceof PyBuiltin || o instanceof PyBuiltinBound) {
    if (name === '__name__') return o instanceof PyBuiltin ? o.name : o.descr.name;
    if (name === '__self__' && o instanceof PyBuiltinBound) return incref(o.self);
  }
  if (o instanceof PyObject) {
    const custom = (o as { pyGetAttr?: (n: string) => unknown }).pyGetAttr;
    if (custom) {
      const r = custom.call(o, name);
      if (r !== undefined) return r;
    }
  }
  if (name === '__class__') return incref(typeOf(o));
  const num = realNumberAttr(o, name);
  if (num !== undefined) return num;
  const t = typeOf(o);
  const v = t.lookup(name);
  if (v !== undefined) return bindToInstance(v, o);
  if (name === '__doc__') return null;
  return noAttr(o, name);
}

function instanceGetAttr(o: PyInstance, name: string): unknown {
  const gab = o.cls.lookup('__getattribute__');
  if (gab instanceof PyFunction) return getAttributeHook(o, gab, name);
  return instanceGenericGetAttr(o, name, true);
}

/** slot_tp_getattr_hook with a Python __getattribute__: it first (call_attribute), then __getattr__ if it raised AttributeError */
function getAttributeHook(o: PyInstance, gab: PyFunction, name: string): unknown {
  // no __getattr__: slot_tp_getattr_hook installs slot_tp_getattro, whose vectorcall_method
  // calls __getattribute__ unbound with (self, name) in a C array (no method object)
  if (o.cls.lookup('__getattr__') === undefined) return callSpecial(gab, o, [name]);
  try {
    return callAttribute(gab, o, name);
  } catch (e) {
    const ga = o.cls.lookup('__getattr__');
    if (ga === undefined || !(e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError))) throw e;
    decref(e.exc);
    return callAttribute(ga, o, name);
  }
}

/** PyObject_GenericGetAttr on a class instance (object.__getattribute__), then (`hook`) __getattr__ */
export function instanceGenericGetAttr(o: PyInstance, name: string, hook: boolean): unknown {
  const t = o.cls;
  const tv = t.lookup(name);
  if (tv instanceof PyProperty) return bindToInstance(tv, o);
  const slots = t.slots;
  if (slots !== null) {
    const i = slotIndex(t, name);
    if (i >= 0) {
      const v = o.slotVals![i];
      if (v === undefined) return attributeError(`'${t.name}' object has no attribute '${name}'`);
      return incref(v);
    }
  }
  const a = o.attrs;
  if (a !== null) {
    const v = a.getStr(name);
    if (v !== undefined) return incref(v);
    if (name === '__dict__') {
      materialize(a);
      if (obs !== null) obs.mutate(o);
      return incref(a);
    }
  }
  if (tv !== undefined) return bindToInstance(tv, o);
  if (name === '__class__') return incref(t);
  if (o.excArgs !== null || t.isSubtypeOf(BT.T_BaseException)) {
    const r = exceptionAttr(o, name);
    if (r !== undefined) return r;
  }
  const ga = hook ? t.lookup('__getattr__') : undefined;
  if (ga !== undefined) return callAttribute(ga, o, name);
  return noAttr(o, name);
}

/** PyObject_GenericGetAttr on a builtin-subclass instance: data descriptors, the instance's
 * attributes, then the class (the base's methods bind to the instance) */
function subGetAttr(o: PyObject & SubInstance, name: string): unknown {
  const t = o.heapType;
  const tv = t.lookup(name);
  if (tv instanceof PyProperty) return bindToInstance(tv, o);
  const si = slotIndex(t, name);
  if (si >= 0) {
    const v = o.slotVals![si];
    if (v === undefined) return attributeError(`'${t.name}' object has no attribute '${name}'`);
    return incref(v);
  }
  const a = o.attrs;
  if (a !== null) {
    const v = a.getStr(name);
    if (v !== undefined) return incref(v);
  }
  if (name === '__dict__' && t.hasInstanceDict) return incref(subDict(o));
  if (tv !== undefined) return bindToInstance(tv, o);
  if (name === '__class__') return incref(t);
  const custom = (o as { pyGetAttr?: (n: string) => unknown }).pyGetAttr;
  if (custom) {
    const r = custom.call(o, name);
    if (r !== undefined) return r;
  }
  const ga = t.lookup('__getattr__');
  if (ga !== undefined) return callAttribute(ga, o, name);
  return noAttr(o, name);
}

/** PyObject_GenericSetAttr on a builtin-subclass instance */
function subSetAttr(o: PyObject & SubInstance, name: string, v: unknown): void {
  const t = o.heapType;
  const sa = t.lookup('__setattr__');
  if (sa !== undefined && !(sa as { owner?: unknown }).owner) {
    decref(callSpecial(sa, o, [name, v]));
    return;
  }
  const tv = t.lookup(name);
  if (tv instanceof PyProperty) {
    if (tv.fset === null) attributeError(`property '${propName(tv)}' of '${t.name}' object has no setter`);
    decref(callObject(tv.fset, [incref(o), incref(v)], null));
    return;
  }
  const si = slotIndex(t, name);
  if (si >= 0) {
    const old = o.slotVals![si];
    o.slotVals![si] = incref(v);
    if (obs !== null) obs.mutate(o);
    decref(old);
    return;
  }
  if (!t.hasInstanceDict) attributeError(`'${t.name}' object has no attribute '${name}'`);
  if (name === '__dict__') typeError('__dict__ assignment is not supported in RefScope');
  subDict(o).set(name, v);
}

/** _PyObject_GetDictPtr: the instance dict, made (untracked, like PyDict_New) on first use */
function subDict(o: PyObject & SubInstance): PyDict {
  if (o.attrs === null) {
    o.attrs = newDict();
    if (obs !== null) obs.mutate(o);
  }
  return o.attrs;
}

function exceptionAttr(e: PyInstance, name: string): unknown {
  switch (name) {
    case 'args':
      return incref(e.excArgs ?? newTuple([]));
    case '__cause__':
      return e.excCause === undefined ? null : incref(e.excCause);
    case '__context__':
      return e.excContext === undefined ? null : incref(e.excContext);
    case '__traceback__':
      return e.tb === null ? null : incref(e.tb);
    case '__suppress_context__':
      return e.suppressContext;
    case 'value':
      // StopIteration.value: the first argument (what a generator returned), else None
      if (e.cls.isSubtypeOf(BT.T_StopIteration)) {
        const a = e.excArgs !== null ? e.excArgs.items : [];
        return incref(a.length > 0 ? a[0] : null);
      }
      break;
    case 'code':
      if (isSystemExit(e)) return systemExitCode(e);
  }
  return undefined;
}

function slotIndex(t: PyType, name: string): number {
  return t.slots === null ? -1 : t.slots.indexOf(name);
}

function typeGetAttr(t: PyType, name: string): unknown {
  const nativeAttr = (t as { pyGetAttr?: (n: string) => unknown }).pyGetAttr;
  if (nativeAttr !== undefined) {
    const r = nativeAttr.call(t, name);
    if (r !== undefined) return r;
  }
  // a data descriptor (property) of the program's metaclass comes before the class's own attributes
  if (t.metaType !== null && t.metaType.lookup(name) instanceof PyProperty) return metaAttr(t, name);
  switch (name) {
    case '__name__':
      return t.name;
    case '__qualname__':
      return t.qualname;
    case '__module__':
      return t.module;
    case '__mro__':
      return t.mroTuple !== null ? incref(t.mroTuple) : newTuple(t.mro.map(incref));
    case '__bases__':
      return t.basesTuple !== null ? incref(t.basesTuple) : newTuple(t.bases.map(incref));
    case '__base__':
      return t.bases.length > 0 ? incref(t.bases[0]) : null;
    case '__dict__':
      if (t.dict !== null) return incref(t.dict);
      break;
    case '__class__':
      return incref(t.type);
    case '__doc__':
      if (t.lookup('__doc__') === undefined) return null;
      break;
    case '__annotations__':
      return typeAnnotations(t);
  }
  const v = t.lookup(name);
  if (v !== undefined) {
    const dg = v instanceof PyObject ? (v as DescrGet).pyDescrGet : undefined;
    if (dg !== undefined) return dg.call(v, null, t);
    if (v instanceof PyMethodWrapper) {
      if (v.isClassMethod) return newBoundMethod(incref(v.func), incref(t));
      return incref(v.func);
    }
    return incref(v);
  }
  // attributes of the metaclass (type, or the program's): C.mro(), C.__subclasses__(), M's methods
  const mv = metaAttr(t, name);
  if (mv !== undefined) return mv;
  return noAttr(t, name);
}

/** type_getattro's last step: an attribute of the class's metatype, bound to the class */
function metaAttr(t: PyType, name: string): unknown {
  const meta = t.type;
  const mv = meta.lookup(name);
  if (mv === undefined) return undefined;
  if (mv instanceof PyFunction) return newBoundMethod(incref(mv), incref(t));
  if (mv instanceof BuiltinMethodDescr) return newBuiltinBound(mv, incref(t));
  if (mv instanceof PyMethodWrapper) return mv.isClassMethod ? newBoundMethod(incref(mv.func), incref(meta)) : incref(mv.func);
  if (mv instanceof PyProperty) {
    if (mv.fget === null) return attributeError(`property of '${meta.name}' object has no getter`);
    return callObject(mv.fget, [incref(t)], null);
  }
  return incref(mv);
}

function functionAttr(f: PyFunction, name: string): unknown {
  switch (name) {
    case '__name__':
      return f.name;
    case '__qualname__':
      return f.qualname;
    case '__module__':
      return incref(f.module);
    case '__closure__':
      return f.closure === null ? null : incref(f.closure);
    case '__defaults__':
      return f.defaults === null ? null : incref(f.defaults);
    case '__kwdefaults__':
      return f.kwdefaults === null ? null : incref(f.kwdefaults);
    case '__globals__':
      return incref(f.globals);
    case '__code__':
      return codeObjectOf(f.code);
    case '__doc__':
      return incref(f.doc);
    case '__dict__':
      if (f.dict === null) f.dict = newDictLazy();
      return incref(f.dict);
    case '__annotations__':
      return functionAnnotations(f);
  }
  if (f.dict !== null) {
    const v = f.dict.getStr(name);
    if (v !== undefined) return incref(v);
  }
  const v = BT.T_function.lookup(name);
  if (v !== undefined) return bindToInstance(v, f);
  return noAttr(f, name);
}

import { newDict } from '../objects/dict';
import { codeObjectOf } from '../objects/codeObject';
import { functionAnnotations, typeAnnotations } from './annotations';
import { realNumberAttr } from '../objects/complex';
function newDictLazy(): PyDict {
  return newDict();
}

/** o.name = v (v borrowed) */
export function setAttr(o: unknown, name: string, v: unknown): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    const sa = t.lookup('__setattr__');
    if (sa !== undefined && !(sa as { owner?: unknown }).owner) {
      decref(callSpecial(sa, o, [name, v]));
      return;
    }
    if ((o.excArgs !== null || t.isSubtypeOf(BT.T_BaseException)) && setExceptionAttr(o, name, v)) return;
    return genericSetAttr(o, name, v);
  }
  if (isSubInstance(o)) return subSetAttr(o, name, v);
  if (o instanceof PyType) {
    if (o.builtin) typeError(`cannot set '${name}' attribute of immutable type '${o.name}'`);
    o.dict!.set(name, v);
    if (name === '__del__') o.hasFinalizer = true;
    return;
  }
  if (o instanceof PyFunction) {
    if (setFunctionField(o, name, v)) return;
    if (o.dict === null) o.dict = newDict();
    o.dict.set(name, v);
    return;
  }
  if (o instanceof PyModule) {
    const old = o.attrs.get(name);
    o.attrs.set(name, incref(v));
    decref(old);
    return;
  }
  if (o instanceof PyWeakRef && o.kind === 'proxy') return setAttr(proxyTarget(o), name, v);
  if (o instanceof PyObject) {
    const custom = (o as { pySetAttr?: (n: string, v: unknown) => boolean }).pySetAttr;
    if (custom && custom.call(o, name, v)) return;
  }
  const t = typeOf(o);
  if (t.lookup(name) !== undefined) attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  attributeError(`'${t.name}' object has no attribute '${name}'`);
}

/** func_set_name, func_set_qualname, __doc__, __module__ and __annotations__: fields of the function, not its __dict__ */
function setFunctionField(f: PyFunction, name: string, v: unknown): boolean {
  if (name === '__name__' || name === '__qualname__') {
    if (typeof v !== 'string') typeError(`${name} must be set to a string object`);
    if (name === '__name__') f.name = v as string;
    else f.qualname = v as string;
    return true;
  }
  if (name === '__annotations__') {
    // func_set_annotations: a dict (or None, which empties it), kept as the function's own
    if (v !== null && !(v instanceof PyDict)) typeError('__annotations__ must be set to a dict object');
    const old = f.annotations;
    f.annotations = v === null ? null : (incref(v) as PyDict);
    decref(old);
    return true;
  }
  if (name !== '__doc__' && name !== '__module__') return false;
  const old = name === '__doc__' ? f.doc : f.module;
  if (name === '__doc__') f.doc = incref(v);
  else f.module = incref(v);
  decref(old);
  return true;
}

/** object.__setattr__ */
export function genericSetAttr(o: PyInstance, name: string, v: unknown): void {
  const t = o.cls;
  const tv = t.lookup(name);
  if (tv instanceof PyProperty) {
    if (tv.fset === null) attributeError(`property '${propName(tv)}' of '${t.name}' object has no setter`);
    decref(callObject(tv.fset, [incref(o), incref(v)], null));
    return;
  }
  const i = slotIndex(t, name);
  if (i >= 0) {
    const old = o.slotVals![i];
    o.slotVals![i] = incref(v);
    if (obs !== null) obs.mutate(o);
    decref(old);
    return;
  }
  if (o.attrs === null) attributeError(`'${t.name}' object has no attribute '${name}'`);
  if (name === '__dict__') typeError('__dict__ assignment is not supported in RefScope');
  // before 3.11's inline values, the first attribute stored makes the instance's own dict
  if (!profile.inlineInstanceValues && o.attrs!.inline) materialize(o.attrs!);
  o.attrs!.set(name, v);
}

/** object.__delattr__ on a class instance: a property's deleter, a slot, the instance's attributes */
export function genericDelAttr(o: PyInstance, name: string): void {
  const t = o.cls;
  const tv = t.lookup(name);
  if (tv instanceof PyProperty) {
    if (tv.fdel === null) attributeError(`property '${propName(tv)}' of '${t.name}' object has no deleter`);
    decref(callObject(tv.fdel, [incref(o)], null));
    return;
  }
  const i = slotIndex(t, name);
  if (i >= 0 && o.slotVals![i] !== undefined) {
    const old = o.slotVals![i];
    o.slotVals![i] = undefined;
    if (obs !== null) obs.mutate(o);
    decref(old);
    return;
  }
  if (o.attrs !== null && o.attrs.delete(name)) return;
  return noAttr(o, name);
}

function propName(p: PyProperty): string {
  return p.fget instanceof PyFunction ? p.fget.name : '?';
}

/** del o.name */
export function delAttr(o: unknown, name: string): void {
  if (o instanceof PyInstance) {
    const t = o.cls;
    const da = t.lookup('__delattr__');
    if (da !== undefined && !(da as { owner?: unknown }).owner) {
      decref(callSpecial(da, o, [name]));
      return;
    }
    return genericDelAttr(o, name);
  }
  if (isSubInstance(o)) {
    const si = slotIndex(o.heapType, name);
    if (si >= 0 && o.slotVals![si] !== undefined) {
      const old = o.slotVals![si];
      o.slotVals![si] = undefined;
      decref(old);
      return;
    }
    if (o.attrs !== null && o.attrs.delete(name)) return;
    return noAttr(o, name);
  }
  if (o instanceof PyType && !o.builtin && o.dict !== null) {
    if (!o.dict.delete(name)) attributeError(`type object '${o.name}' has no attribute '${name}'`);
    return;
  }
  if (o instanceof PyFunction && o.dict !== null && o.dict.delete(name)) return;
  if (o instanceof PyWeakRef && o.kind === 'proxy') return delAttr(proxyTarget(o), name);
  noAttr(o, name);
}

/**
 * _PyObject_GetMethod's fast path needs tp_getattro == PyObject_GenericGetAttr: a class defining
 * `__getattr__` or a Python `__getattribute__` gets slot_tp_getattr_hook, whose lookup returns a
 * bound method (LOAD_ATTR then pushes no self)
 */
function genericGetattro(t: PyType): boolean {
  return t.lookup('__getattr__') === undefined && !(t.lookup('__getattribute__') instanceof PyFunction);
}

/**
 * LOAD_METHOD: for `o.name(...)`. Consumes the reference to `o`.
 * Returns [callable, self]: self is undefined when the callable is already bound;
 * otherwise the caller passes self (the moved reference) as the first argument.
 */
export function loadMethod(o: unknown, name: string): [unknown, unknown] {
  if (o instanceof PyInstance) {
    const t = o.cls;
    const tv = t.lookup(name);
    if (tv instanceof PyFunction && (o.attrs === null || o.attrs.getStr(name) === undefined) && genericGetattro(t)) {
      return [incref(tv), o];
    }
  } else if (isSubInstance(o)) {
    const tv = o.heapType.lookup(name);
    if ((tv instanceof PyFunction || tv instanceof BuiltinMethodDescr) && (o.attrs === null || o.attrs.getStr(name) === undefined) && genericGetattro(o.heapType)) {
      return [tv instanceof PyFunction ? incref(tv) : tv, o];
    }
  } else if (!(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PyFunction) && !(o instanceof PyWeakRef) && !(o as { pyGetAttr?: unknown })?.pyGetAttr) {
    const tv = typeOf(o).lookup(name);
    if (tv instanceof BuiltinMethodDescr) return [tv, o];
  }
  try {
    return [getAttr(o, name), undefined];
  } finally {
    decref(o);
  }
}

export function hasAttr(o: unknown, name: string): boolean {
  try {
    decref(getAttr(o, name));
    return true;
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError)) {
      decref(e.exc);
      return false;
    }
    throw e;
  }
}

export { raise };
