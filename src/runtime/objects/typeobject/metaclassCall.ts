// Calling a metaclass (Objects/typeobject.c: type_new, type_call; Python/bltinmodule.c's
// builtin___build_class__): a class statement whose metaclass is a class the program defined runs
// the metaclass's __prepare__, the body in that namespace, then calls the metaclass with (name,
// bases, namespace); type.__new__ copies the namespace and makes the class, which holds a
// reference to its metaclass (its ob_type). Also type(name, bases, dict). Fetched on first use
// (parts.ts: metaclassPart); the metaclass a class gets, and type's own methods, are metaclass.ts.

import * as BT from '../builtinTypes';
import { decref, incref } from '../object';
import { PyType } from './type';
import { PyDict, newDict } from '../dict';
import { PyTuple, newTuple } from '../tuple';
import { PyFunction, type Kw } from '../function';
import { PyMethodWrapper } from '../descriptors';
import { typeOf } from './typeOf';
import { raise, typeError } from '../../eval/errors';
import { initReturned } from './typeCall';
import { callObject, releaseArgs } from '../../eval/call';
import { getAttr } from '../../eval/attr';
import { buildClass } from './typeNewImpl';
import { calculateMetaclass } from './metaclass';

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
  if (r !== null) return initReturned(r, obj);
  return obj;
}

/** type(name, bases, dict) */
export function typeThreeArgs(args: unknown[], kw: Kw): unknown {
  const cls = typeNew(BT.T_type, args, kw);
  // type_call: the new class's own metatype's __init__ (a metaclass inherited from a base)
  const init = typeOf(cls).lookup('__init__');
  if (init instanceof PyFunction) {
    const r = callObject(init, [incref(cls), ...args.map(incref)], null);
    if (r !== null) return initReturned(r, cls);
  }
  return cls;
}
