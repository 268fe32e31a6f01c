// type_call: calling a class makes an instance (object.__new__) then runs __init__.

import * as BT from '../builtinTypes';
import { decref, incref } from '../object';
import { PyFunction, type Kw } from '../function';
import { newInstance, type PyInstance } from '../instance';
import { newTuple } from '../tuple';
import type { PyType } from './type';
import { callObject, releaseArgs } from '../../eval/call';
import { typeError } from '../../eval/errors';
import { OBJECT_INIT } from '../../eval/special';
import { typeOf } from './typeOf';
import { transientAlloc } from '../../gc/heap';
import { subclassHooks } from './subInstance';
import { PyMethodWrapper } from '../descriptors';
import { typeHooks as H } from './typeHooks';

/** builtin types CPython 3.11 calls through vectorcall, without packing an args tuple */
const VECTORCALL = new Set<PyType>([BT.T_type, BT.T_bool, BT.T_float, BT.T_list, BT.T_tuple, BT.T_dict, BT.T_set, BT.T_frozenset, BT.T_range]);

export function callType(t: PyType, args: unknown[], kw: Kw): unknown {
  if (!t.builtin) {
    // a class whose metaclass defines __call__ (slot_tp_call on the metatype)
    const mc = H.metaCallOverride(t);
    if (mc !== undefined) {
      args.unshift(incref(t));
      return callObject(mc instanceof PyMethodWrapper ? mc.func : mc, args, kw);
    }
  }
  return callTypePlain(t, args, kw);
}

/** type_call: the class's __new__, then its __init__ (below any metaclass __call__) */
export function callTypePlain(t: PyType, args: unknown[], kw: Kw): unknown {
  // a class of a native metatype (an Enum): the metatype's __call__
  const metaCall = (t as { pyCall?: (args: unknown[], kw: Kw) => unknown }).pyCall;
  if (metaCall !== undefined) return metaCall.call(t, args, kw);
  // type_call receives its arguments as a tuple (_PyObject_MakeTpCall)
  if (args.length > 0 && !VECTORCALL.has(t)) transientAlloc('tuple' + Math.min(args.length, 21));
  if (t === BT.T_type && args.length === 1 && kw === null) {
    const r = incref(typeOf(args[0]));
    releaseArgs(args, kw);
    return r;
  }
  if (t.builtin && !t.isSubtypeOf(BT.T_BaseException)) {
    if (t.construct === null) {
      releaseArgs(args, kw);
      return typeError(`cannot create '${t.module === 'builtins' ? '' : t.module + '.'}${t.name}' instances`);
    }
    try {
      return t.construct(args, kw);
    } finally {
      releaseArgs(args, kw);
    }
  }
  if (t.construct !== null) {
    // a class a module made natively (namedtuple's): its own __new__
    try {
      return t.construct(args, kw);
    } finally {
      releaseArgs(args, kw);
    }
  }
  if (t.mro.includes(BT.T_type)) {
    return H.callMetaclass(t, args, kw);
  }
  const userNew = H.userNewOf(t);
  if (userNew !== undefined) return H.callWithNew(t, userNew, args, kw);
  const vbase = H.valueBaseOf(t);
  if (vbase !== null) return H.callValueSub(t, vbase, args, kw);
  const cbase = subclassHooks.containerBase(t);
  if (cbase !== null) return subclassHooks.call(t, cbase, args, kw);
  const obj = newInstance(t);
  const isExc = t.isSubtypeOf(BT.T_BaseException);
  if (isExc) obj.excArgs = newTuple(args.map((a) => incref(a)));
  const init = t.lookup('__init__');
  if (init === OBJECT_INIT || init === undefined) {
    if (!isExc && (args.length > 0 || (kw !== null && kw.size > 0))) {
      releaseArgs(args, kw);
      decref(obj);
      return typeError(`${t.name}() takes no arguments`);
    }
    releaseArgs(args, kw);
    return obj;
  }
  if (init instanceof PyFunction || !(init as { fn?: unknown }).fn) {
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
  // a builtin __init__ (BaseException.__init__): sets args
  try {
    (init as { fn: (s: unknown, a: unknown[], k: Kw) => unknown }).fn(obj, args, kw);
  } finally {
    releaseArgs(args, kw);
  }
  return obj as PyInstance;
}

