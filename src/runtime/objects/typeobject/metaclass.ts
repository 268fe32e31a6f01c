// Metaclasses (Objects/typeobject.c: type_new, type_call, _PyType_CalculateMetaclass; and
// Python/bltinmodule.c's builtin___build_class__): a class statement whose metaclass is a class
// the program defined runs the metaclass's __prepare__, the body in that namespace, then calls
// the metaclass with (name, bases, namespace); type.__new__ copies the namespace and makes the
// class, which holds a reference to its metaclass (its ob_type). Also type(name, bases, dict),
// type.__call__ (what super().__call__ reaches from a metaclass's __call__), type.__init__ and
// type.__subclasses__().

import * as BT from '../builtinTypes';
import { decref, incref } from '../object';
import { PyType } from './type';
import { PyDict, newDict } from '../dict';
import { PyTuple, newTuple } from '../tuple';
import { newList } from '../list';
import { builtin, method, PyFunction, type Kw } from '../function';
import { PyMethodWrapper } from '../descriptors';
import { typeOf } from './typeOf';
import { raise, typeError } from '../../eval/errors';
import { callObject, releaseArgs } from '../../eval/call';
import { getAttr } from '../../eval/attr';
import { buildClass } from './typeNewImpl';
import { callTypePlain } from './typeCall';
import { typeHooks } from './typeHooks';

/** _PyType_CalculateMetaclass: the most derived of the given metaclass and the bases' types;
 * a metaclass that is not a type (a function) is returned as it is */
export function calculateMetaclass(metaArg: unknown, bases: unknown[]): unknown {
  if (metaArg !== undefined && !(metaArg instanceof PyType)) return metaArg;
  if (metaArg instanceof PyType && metaArg.builtin && metaArg !== BT.T_type) {
    return raise(BT.T_NotImplementedError, `metaclass=${metaArg.name} is not supported in RefScope`);
  }
  let winner: PyType = metaArg !== undefined ? (metaArg as PyType) : bases.length === 0 ? BT.T_type : typeOf(bases[0]);
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    return typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * __build_class__ with a metaclass the program defined (or a function as metaclass): bases are
 * owned (stolen), as is metaArg; runBody executes the class body into the namespace and returns
 * what sets the __class__ cell.
 */
export function buildWithMetaclass(
  meta: unknown,
  metaArg: unknown,
  name: string,
  bases: unknown[],
  runBody: (ns: PyDict) => (cls: PyType | null) => void,
  _qualname: string,
): unknown {
  const basesT = newTuple(bases);
  let ns: PyDict | null = null;
  try {
    const prep = meta instanceof PyType ? meta.lookup('__prepare__') : undefined;
    if (prep !== undefined) {
      const p = getAttr(meta, '__prepare__');
      let r: unknown;
      try {
        r = callObject(p, [name, incref(basesT)], null);
      } finally {
        decref(p);
      }
      if (!(r instanceof PyDict) || typeOf(r) !== BT.T_dict) {
        decref(r);
        return raise(BT.T_NotImplementedError, 'a __prepare__ returning anything but a dict is not supported in RefScope');
      }
      ns = r;
    } else ns = newDict();
    const setCell = runBody(ns);
    let cls: unknown = null;
    try {
      cls = callObject(meta, [name, incref(basesT), incref(ns)], null);
    } finally {
      setCell(cls instanceof PyType ? cls : null);
    }
    return cls;
  } finally {
    decref(ns);
    decref(basesT);
    decref(metaArg);
  }
}

/** type_new(metatype, name, bases, dict): a new class of that metatype; arguments borrowed */
export function typeNew(mcls: PyType, args: unknown[], kw: Kw): PyType {
  if (kw !== null && kw.size > 0) raise(BT.T_NotImplementedError, 'keyword arguments to type.__new__ are not supported in RefScope');
  if (args.length !== 3) typeError('type.__new__() takes exactly 3 arguments (' + args.length + ' given)');
  const [name, bases, dict] = args;
  if (typeof name !== 'string') typeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(dict instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeOf(dict).name}`);
  const items = (bases as PyTuple).items;
  const winner = calculateMetaclass(mcls, items) as PyType;
  if (winner !== mcls) {
    // type_new: a more derived metaclass with its own __new__ makes the class
    const nw = winner.lookup('__new__');
    if (nw instanceof PyMethodWrapper || nw instanceof PyFunction) {
      return callObject(nw instanceof PyMethodWrapper ? nw.func : nw, [incref(winner), name, incref(bases), incref(dict)], null) as PyType;
    }
  }
  // type_new_impl works on a copy of the namespace
  return buildClass(name as string, items, dict as PyDict, winner, bases as PyTuple);
}

/** type.__new__ as the class dict holds it: a static method taking the metatype first */
BT.T_type.methods.set('__new__', builtin('__new__', (args, kw) => {
  if (args.length < 1 || !(args[0] instanceof PyType)) return typeError('type.__new__(X): X is not a type object (' + (args.length < 1 ? 'NULL' : typeOf(args[0]).name) + ')');
  const mcls = args[0] as PyType;
  if (!mcls.isSubtypeOf(BT.T_type)) return typeError(`type.__new__(${mcls.name}): ${mcls.name} is not a subtype of type`);
  if (args.length === 2 && mcls === BT.T_type) return incref(typeOf(args[1]));
  return typeNew(mcls, args.slice(1), kw);
}));

method(BT.T_type, '__init__', (_self, args) => {
  if (args.length !== 1 && args.length !== 3) typeError('type.__init__() takes 1 or 3 arguments');
  return null;
});

/** type.__call__(cls, *args, **kw): type_call, below any metaclass __call__ */
method(BT.T_type, '__call__', (self: PyType, args, kw) => {
  const own = args.map(incref);
  const k = kw === null ? null : new Map([...kw].map(([n, v]) => [n, incref(v)]));
  return callTypePlain(self, own, k);
});

method(BT.T_type, '__subclasses__', (self: PyType) => {
  // a builtin type's list starts with CPython's own builtin and library subclasses
  if (self.builtin) return raise(BT.T_NotImplementedError, `${self.name}.__subclasses__() of a builtin type is not supported in RefScope`);
  return newList((self.subclassList ?? []).map((c) => incref(c)));
});
method(BT.T_type, 'mro', (self: PyType) => newList(self.mro.map((c) => incref(c))));

/** the metaclass's own __call__, when the program defined one (slot_tp_call on the metatype) */
export function metaCallOverride(t: PyType): unknown {
  const m = t.metaType;
  if (m === null) return undefined;
  const c = m.lookup('__call__');
  return c instanceof PyFunction || c instanceof PyMethodWrapper ? c : undefined;
}

/**
 * type_call on a metaclass the program defined: its __new__ (a user staticmethod or
 * type.__new__), then its __init__ when the result is an instance of it. Consumes args.
 */
export function callMetaclass(t: PyType, args: unknown[], kw: Kw): unknown {
  const nw = t.lookup('__new__');
  let obj: unknown;
  if (nw instanceof PyMethodWrapper || nw instanceof PyFunction) {
    const fn = nw instanceof PyMethodWrapper ? nw.func : nw;
    const a = [incref(t) as unknown, ...args.map(incref)];
    const k = kw === null ? null : new Map([...kw].map(([n, v]) => [n, incref(v)]));
    try {
      obj = callObject(fn, a, k);
    } catch (e) {
      releaseArgs(args, kw);
      throw e;
    }
  } else {
    try {
      obj = typeNew(t, args, kw);
    } catch (e) {
      releaseArgs(args, kw);
      throw e;
    }
  }
  if (!typeOf(obj).isSubtypeOf(t)) {
    releaseArgs(args, kw);
    return obj;
  }
  const init = t.lookup('__init__');
  if (!(init instanceof PyFunction)) {
    releaseArgs(args, kw);
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
  if (r !== null) {
    decref(r);
    decref(obj);
    return typeError(`__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

/** type(name, bases, dict) */
export function typeThreeArgs(args: unknown[], kw: Kw): unknown {
  const cls = typeNew(BT.T_type, args, kw);
  // type_call: the new class's own metatype's __init__ (a metaclass inherited from a base)
  const init = typeOf(cls).lookup('__init__');
  if (init instanceof PyFunction) {
    const r = callObject(init, [incref(cls), ...args.map(incref)], null);
    if (r !== null) {
      decref(r);
      decref(cls);
      return typeError(`__init__() should return None, not '${typeOf(r).name}'`);
    }
  }
  return cls;
}

Object.assign(typeHooks, { calculateMetaclass, buildWithMetaclass, metaCallOverride, callMetaclass, typeThreeArgs });
