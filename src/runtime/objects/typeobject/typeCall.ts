// type_call: calling a class makes an instance (object.__new__) then runs __init__.

import * as BT from '../builtinTypes';
import { decref, incref } from '../object';
import { PyFunction, type Kw } from '../function';
import { newInstance, type PyInstance } from '../instance';
import { newTuple, tupleFreeList, type PyTuple } from '../tuple';
import type { PyType } from './type';
import { callObject, clearFrame, endTpCall, enterTpCall, frameRaised, makeTpCall, pushFrame, pushFrameFromC, releaseArgs, tpCallPrepend, type TpCall } from '../../eval/call';
import { CR, WHERE_CALL, enterRecursiveCall, leaveEvalFromC, leaveRecursiveCall } from '../../eval/ceval/recursion';
import { initHasStackSpace } from '../../eval/ceval/dataStack';
import { S } from '../../eval/state';
import type { Frame } from '../../eval/frame';
import { profile } from '../../versions';
import { typeError } from '../../eval/errors';
import { OBJECT_INIT } from '../../eval/special';
import { typeOf } from './typeOf';
import { hiddenAlloc, hiddenFree, transientAlloc } from '../../gc/heap';
import { subclassHooks } from './subInstance';
import { PyMethodWrapper } from '../descriptors';
import { typeHooks as H } from './typeHooks';

/** builtin types CPython 3.11 calls through vectorcall, without packing an args tuple */
const VECTORCALL = new Set<PyType>([BT.T_type, BT.T_bool, BT.T_float, BT.T_list, BT.T_tuple, BT.T_dict, BT.T_set, BT.T_frozenset, BT.T_range]);

/**
 * Calling a class (type_call). A class whose __init__ is a Python function is made here:
 * object.__new__, then slot_tp_init with __init__'s frame run in this JS frame (recursion through
 * __init__ must fit the page's worker stack: issue #11). The generic CALL packs the arguments in
 * _PyObject_MakeTpCall's tuple (and dict), alive while they run, and __init__ gets references of
 * its own: an argument counts two more inside it than in a plain call. 3.13's
 * CALL_ALLOC_AND_ENTER_INIT, once the call site is specialised, moves the arguments from the
 * stack into __init__'s frame as a function call does. `viaMeta`: type.__call__ reached from a
 * metaclass's own __call__ (not consulted again); `ex`: CALL_FUNCTION_EX's tuple and dict, for a
 * class whose Python __init__ takes them as they are (compile/callEx.ts).
 */
export function callType(t: PyType, args: unknown[], kw: Kw, specialized = false, viaMeta = false, ex: TpCall | null = null): unknown {
  if (t.builtin) return vectorcalls(t, kw) || (specialized && t === BT.T_str && args.length === 1 && kw === null) ? callTypePlain(t, args, kw, specialized) : callTypeEntered(t, args, kw, specialized, ex);
  // a class whose metaclass defines __call__ (slot_tp_call on the metatype)
  const mc = viaMeta ? undefined : H.metaCallOverride(t);
  if (mc !== undefined) {
    enterTpCallEx(args, kw, ex);
    args.unshift(incref(t));
    try {
      return callObject(mc instanceof PyMethodWrapper ? mc.func : mc, args, kw);
    } finally {
      leaveRecursiveCall();
    }
  }
  const init = pythonInitOf(t);
  if (init === null || init.code.genBody !== undefined) return callTypeEntered(t, args, kw, specialized, ex);
  let tc: TpCall | null = null;
  let obj: PyInstance;
  // 3.13's CALL_ALLOC_AND_ENTER_INIT: no C level; its shim frame counts as a Python frame (tc stays
  // null). It deoptimises to the generic call when the data stack's chunk lacks room for the shim
  // and __init__'s frame.
  const shim = ex === null && specialized && profile.callAllocAndEnterInit && kw === null && simpleInit(t, init, args.length) && initHasStackSpace(init.code, S.frame);
  if (shim) {
    obj = newInstance(t);
    args.unshift(incref(obj));
    CR.shared++;
  } else {
    // _PyObject_MakeTpCall's (or PyObject_Call's) recursion check
    enterTpCallEx(args, kw, ex);
    // (f(*args): PyObject_Call hands type_call CALL_FUNCTION_EX's own tuple and dict)
    tc = ex ?? makeTpCall(args, kw);
    obj = newInstance(t);
    if (t.isSubtypeOf(BT.T_BaseException)) obj.excArgs = incref(tc.tuple);
    [args, kw] = tpCallPrepend(tc, obj);
  }
  const back = S.frame;
  let f: Frame;
  try {
    // slot_tp_init enters the evaluator from C (3.12+: two C units)
    f = tc === null ? pushFrame(init, back, args, kw, true) : pushFrameFromC(init, back, args, kw);
  } catch (x) {
    initFailed(tc, obj);
    throw x;
  }
  try {
    f.code.run(f);
  } catch (x) {
    const e = frameRaised(x, f);
    if (tc !== null) leaveEvalFromC();
    initFailed(tc, obj);
    throw e;
  }
  const r = f.retval;
  S.frame = back;
  clearFrame(f);
  if (tc !== null) {
    leaveEvalFromC();
    endTpCall(tc);
    leaveRecursiveCall();
  } else CR.shared--;
  if (r !== null) return initReturned(r, obj);
  return obj;
}

/** _PyObject_MakeTpCall's recursion check; on a RecursionError the arguments (or CALL_FUNCTION_EX's tuple and dict) are released */
function enterTpCallEx(args: unknown[], kw: Kw, ex: TpCall | null): void {
  if (ex === null) return enterTpCall(args, kw);
  try {
    enterRecursiveCall(WHERE_CALL);
  } catch (x) {
    endTpCall(ex);
    throw x;
  }
}

/** type_call through _PyObject_MakeTpCall: a class or builtin type without vectorcall */
function callTypeEntered(t: PyType, args: unknown[], kw: Kw, specialized: boolean, ex: TpCall | null): unknown {
  enterTpCallEx(args, kw, ex);
  try {
    return callTypePlain(t, args, kw, specialized);
  } finally {
    leaveRecursiveCall();
  }
}

/** __init__ raised: the tp_call's holdings and the new object released (and the C level left) */
function initFailed(tc: TpCall | null, obj: PyInstance): void {
  if (tc !== null) {
    endTpCall(tc);
    leaveRecursiveCall();
  } else CR.shared--;
  decref(obj);
}

/** __init__ returned something other than None */
export function initReturned(r: unknown, obj: unknown): unknown {
  decref(r);
  decref(obj);
  return typeError(`__init__() should return None, not '${typeOf(r).name}'`);
}

/** the class's __init__ when it is a Python function and type_call reaches it plainly
 * (object.__new__: no __new__ of its own, no metaclass, no builtin or module-made base) */
export function pythonInitOf(t: PyType): PyFunction | null {
  if ((t as { pyCall?: unknown }).pyCall !== undefined || t.builtin || t.construct !== null || t.mro.includes(BT.T_type)) return null;
  const init = t.lookup('__init__');
  if (!(init instanceof PyFunction) || H.userNewOf(t) !== undefined || H.valueBaseOf(t) !== null || subclassHooks.containerBase(t) !== null) return null;
  return init;
}

/**
 * get_init_for_simple_managed_python_class (3.13+): the class's `__init__` when CALL_ALLOC_AND_ENTER_INIT
 * may call it: a class of `type` (no metaclass) with object.__new__, instances with a `__dict__`
 * (3.14: or `__slots__`, enterInitWithoutManagedDict), and an `__init__` that is a simple Python
 * function (no `*args`, `**kw`, keyword-only)
 */
export function enterInitCandidate(t: PyType): PyFunction | null {
  if (t.metaType !== null || !managedDictOrAny(t)) return null;
  const init = pythonInitOf(t);
  if (init === null || init.code.genBody !== undefined) return null;
  const c = init.code;
  return c.hasVarargs || c.hasKwargs || c.kwonlycount !== 0 ? null : init;
}

/** type_call receives its arguments as a tuple (_PyObject_MakeTpCall): made and freed inside */
function packTransient(t: PyType, args: unknown[], kw: Kw): void {
  if (args.length > 0 && !vectorcalls(t, kw)) transientAlloc('tuple' + Math.min(args.length, 21));
}

/** the builtin types called through vectorcall (3.13 adds int and str: intStrVectorcall; called
 * with keywords, long_vectorcall and unicode_vectorcall hand over to _PyObject_MakeTpCall) */
function vectorcalls(t: PyType, kw: Kw): boolean {
  return VECTORCALL.has(t) || (profile.intStrVectorcall && (t === BT.T_int || t === BT.T_str) && (kw === null || kw.size === 0));
}

/** CALL_FUNCTION_EX's exact tuple, handed to type_call as it is (callTypeKeepingTuple) */
let givenArgsTuple: PyTuple | null = null;

/**
 * Does type_call keep the exact tuple `T(*t)` passes as the exception's args? BaseException_new
 * stores its argument tuple (and BaseException_init the same), so `T(*t).args is t`; 3.14's
 * builtin exception types are vectorcalled (gh-118702: BaseException_vectorcall makes the args
 * from the array), classes the program made are not.
 */
export function keepsExcArgsTuple(t: PyType): boolean {
  return (
    t.isSubtypeOf(BT.T_BaseException) &&
    !t.mro.includes(BT.T_type) &&
    t.construct === null &&
    (t as { pyCall?: unknown }).pyCall === undefined &&
    H.metaCallOverride(t) === undefined &&
    H.userNewOf(t) === undefined &&
    H.valueBaseOf(t) === null &&
    subclassHooks.containerBase(t) === null &&
    t.lookup('__init__') === BT.T_BaseException.lookup('__init__') &&
    !(profile.baseExceptionVectorcall && t.builtin)
  );
}

/** `T(*t)` for a class keepsExcArgsTuple accepts: type_call with `t` itself (borrowed; args are
 * the tuple's items as the call's own references) */
export function callTypeKeepingTuple(t: PyType, args: unknown[], tuple: PyTuple): unknown {
  givenArgsTuple = tuple;
  try {
    return callType(t, args, null);
  } finally {
    givenArgsTuple = null;
  }
}

/** type_call for what callType does not make itself: builtin types, classes a module made,
 * metaclasses, classes with their own __new__ or a builtin base, a builtin or absent __init__ */
export function callTypePlain(t: PyType, args: unknown[], kw: Kw, specialized = false): unknown {
  const given = givenArgsTuple;
  givenArgsTuple = null;
  // a class of a native metatype (an Enum): the metatype's __call__
  const metaCall = (t as { pyCall?: (args: unknown[], kw: Kw) => unknown }).pyCall;
  if (metaCall !== undefined) return metaCall.call(t, args, kw);
  if (t === BT.T_type && args.length === 1 && kw === null) {
    const r = incref(typeOf(args[0]));
    releaseArgs(args, kw);
    return r;
  }
  if (t.builtin && !t.isSubtypeOf(BT.T_BaseException)) {
    if (t.construct === null) {
      packTransient(t, args, kw);
      releaseArgs(args, kw);
      return typeError(`cannot create '${t.module === 'builtins' ? '' : t.module + '.'}${t.name}' instances`);
    }
    // the tuple's references to the arguments, held while the type's __new__ runs (not for a
    // specialised str(x): PRECALL_NO_KW_STR_1 / CALL_NO_KW_STR_1 call PyObject_Str directly)
    const packed = args.length > 0 && !vectorcalls(t, kw) && !(specialized && t === BT.T_str && args.length === 1 && kw === null);
    // (alive while __new__ runs: an argument parser's first keyword tuple is not its reuse)
    const tupleKey = tupleFreeList(args.length);
    if (packed) {
      hiddenAlloc(tupleKey);
      for (const a of args) incref(a);
    }
    try {
      return t.construct(args, kw);
    } finally {
      if (packed) {
        for (let i = args.length - 1; i >= 0; i--) decref(args[i]);
        hiddenFree(tupleKey);
      }
      releaseArgs(args, kw);
    }
  }
  if (t.construct !== null) {
    // a class a module made natively (namedtuple's): its own __new__, type_call's tuple alive
    const tupleKey = args.length > 0 && !vectorcalls(t, kw) ? tupleFreeList(args.length) : undefined;
    if (tupleKey !== undefined) hiddenAlloc(tupleKey);
    try {
      return t.construct(args, kw);
    } finally {
      if (tupleKey !== undefined) hiddenFree(tupleKey);
      releaseArgs(args, kw);
    }
  }
  const init = t.lookup('__init__');
  const userNew = t.mro.includes(BT.T_type) ? undefined : H.userNewOf(t);
  const isExc = t.isSubtypeOf(BT.T_BaseException);
  // BaseException_new keeps type_call's argument tuple as the exception's args, and
  // BaseException_init (the builtin __init__) stores that same tuple: then it is the one made
  // below, no other. (A Python __init__ calling super().__init__ is counted as before: the tuple
  // packed here, then the args made from the free list it went back to.)
  const excArgsPacked = isExc && userNew === undefined && !t.mro.includes(BT.T_type) && init === BT.T_BaseException.lookup('__init__');
  if (!excArgsPacked) packTransient(t, args, kw);
  if (t.mro.includes(BT.T_type)) {
    return H.callMetaclass(t, args, kw);
  }
  if (userNew !== undefined) return H.callWithNew(t, userNew, args, kw);
  const vbase = H.valueBaseOf(t);
  if (vbase !== null) return H.callValueSub(t, vbase, args, kw);
  const cbase = subclassHooks.containerBase(t);
  if (cbase !== null) return subclassHooks.call(t, cbase, args, kw);
  const excArgs = excArgsPacked ? (given !== null ? incref(given) : newTuple(args.map((a) => incref(a)))) : null;
  const obj = newInstance(t);
  if (excArgs !== null) obj.excArgs = excArgs;
  else if (isExc) obj.excArgs = newTuple(args.map((a) => incref(a)));
  if (init === OBJECT_INIT || init === undefined) {
    if (!isExc && (args.length > 0 || (kw !== null && kw.size > 0))) {
      releaseArgs(args, kw);
      decref(obj);
      return typeError(`${t.name}() takes no arguments`);
    }
    releaseArgs(args, kw);
    return obj;
  }
  if (!(init as { fn?: unknown }).fn) {
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
  // a builtin __init__ (BaseException.__init__): sets args, the tuple they already are when
  // type_call passes it on (BaseException_init stores the same tuple)
  if (excArgsPacked) {
    releaseArgs(args, kw);
    return obj as PyInstance;
  }
  try {
    (init as { fn: (s: unknown, a: unknown[], k: Kw) => unknown }).fn(obj, args, kw);
  } finally {
    releaseArgs(args, kw);
  }
  return obj as PyInstance;
}


/** get_init_for_simple_managed_python_class and the argument count specialize_class_call checks */
function simpleInit(t: PyType, init: PyFunction, nargs: number): boolean {
  const c = init.code;
  return managedDictOrAny(t) && !c.hasVarargs && !c.hasKwargs && c.kwonlycount === 0 && (c.argcount === nargs + 1 || profile.classCallSpecialisesAnyArgcount);
}

/** Py_TPFLAGS_MANAGED_DICT, which get_init_for_simple_managed_python_class asks for until 3.14 */
function managedDictOrAny(t: PyType): boolean {
  return t.hasInstanceDict || profile.enterInitWithoutManagedDict;
}
