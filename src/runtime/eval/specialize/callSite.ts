// CALL's inline cache (3.13+): what a call site is specialised for, as far as it decides whether a
// class call is CALL_ALLOC_AND_ENTER_INIT (its arguments moved into `__init__`'s frame) or the
// generic call (_PyObject_MakeTpCall's tuple). Python/specialize.c _Py_Specialize_Call's outcome
// for each kind of callable, measured with dis.get_instructions(adaptive=True) under 3.13.0 and
// 3.14: a class whose `__init__` is a simple Python function → CALL_ALLOC_AND_ENTER_INIT, guarded
// by the class's version tag (specialize_class_call, get_init_for_simple_managed_python_class);
// a Python function or bound method → CALL_PY_EXACT_ARGS / CALL_PY_GENERAL /
// CALL_BOUND_METHOD_EXACT_ARGS (guarded by the function); str/type/tuple of one argument and
// other builtin types → CALL_STR_1... / CALL_BUILTIN_CLASS (which a class of the program misses);
// a METH_O or METH_FASTCALL builtin function or method → CALL_BUILTIN_O / _FAST / CALL_LEN... (one
// kind here), a METH_VARARGS or METH_NOARGS one (`vars`, `dir`, `gc.get_count`...) → CALL_NON_PY_GENERAL;
// any other callable (a class with its own __new__, a metaclass or `__slots__`, an instance's
// __call__) → CALL_NON_PY_GENERAL, whose guard admits every callable but a Python function or
// bound method, so a class called there later takes the generic call without a miss. 3.13 fails
// to specialise a class whose `__init__` takes another number of arguments (the counter backs
// off); 3.14 specialises it to CALL_ALLOC_AND_ENTER_INIT, which binds the arguments as any call
// does (defaults filled in; too few or too many raise TypeError there).

import { BuiltinMethodDescr, PyBoundMethod, PyBuiltin, PyBuiltinBound, PyFunction } from '../../objects/function';
import { PyType } from '../../objects/typeobject/type';
import * as BT from '../../objects/builtinTypes';
import { enterInitCandidate } from '../../objects/typeobject/typeCall';
import { initHasStackSpace } from '../ceval/dataStack';
import type { Frame } from '../frame';
import { S } from '../state';
import { profile } from '../../versions';
import { FAIL, adaptiveMiss, adaptiveRun, newSpecSite, type SpecSite } from './cache';

/** CALL_NON_PY_GENERAL: any callable but a Python function or a bound method passes its guard */
const NON_PY_GENERAL: unique symbol = Symbol('CALL_NON_PY_GENERAL');
/** CALL_BUILTIN_CLASS: a builtin type with vectorcall (a class of the program misses) */
const BUILTIN_CLASS: unique symbol = Symbol('CALL_BUILTIN_CLASS');
/** CALL_BUILTIN_O / _FAST / _FAST_WITH_KEYWORDS, CALL_METHOD_DESCRIPTOR_*: a builtin function or method */
const BUILTIN_FUNCTION: unique symbol = Symbol('CALL_BUILTIN');

/** a compiled CALL site's inline cache (3.13+; null before: the class call does not specialise) */
export function newCallSpecSite(): SpecSite | null {
  return profile.callAllocAndEnterInit ? newSpecSite() : null;
}

/** what _Py_Specialize_Call specialises the site to for `callee` with `nargs` positional arguments */
function callKey(callee: unknown, nargs: number): unknown {
  if (callee instanceof PyFunction) return callee;
  if (callee instanceof PyType) {
    if (callee.builtin) return nargs === 1 && (callee === BT.T_str || callee === BT.T_type || callee === BT.T_tuple) ? callee : BUILTIN_CLASS;
    const init = enterInitCandidate(callee);
    if (init === null) return NON_PY_GENERAL;
    // 3.13: an `__init__` of another argument count fails (SPEC_FAIL_WRONG_NUMBER_ARGUMENTS)
    return init.code.argcount === nargs + 1 || profile.classCallSpecialisesAnyArgcount ? callee : FAIL;
  }
  if (callee instanceof PyBoundMethod) return callee.func instanceof PyFunction ? callee.func : FAIL;
  if (callee instanceof PyBuiltin) return specializeCCall(callee.module + '.' + callee.name, callee.fn);
  // a bound slot (method-wrapper) and a slot wrapper are neither PyCFunction nor method_descriptor
  if (callee instanceof PyBuiltinBound) return callee.descr.slot ? NON_PY_GENERAL : specializeCCall('', callee.descr.fn);
  if (callee instanceof BuiltinMethodDescr) return callee.slot ? NON_PY_GENERAL : specializeCCall('', callee.fn);
  return NON_PY_GENERAL;
}

/**
 * The builtin functions that are neither METH_O nor METH_FASTCALL(| METH_KEYWORDS): METH_VARARGS,
 * METH_VARARGS | METH_KEYWORDS and METH_NOARGS, read from each function's PyMethodDef.ml_flags under
 * CPython 3.13.0 (ctypes), of the modules RefScope has. specialize_c_call makes their sites
 * CALL_NON_PY_GENERAL (measured with dis.get_instructions(adaptive=True), 3.13.0 and 3.14).
 */
const NOT_FAST = new Set([
  'builtins.dir', 'builtins.vars', 'builtins.globals', 'builtins.locals',
  'sys.exc_info', 'sys.exception', 'sys.getrecursionlimit', 'sys.getsizeof', 'sys.getdefaultencoding',
  'sys.getswitchinterval', 'sys.is_finalizing', 'sys.gettrace', 'sys.getprofile', 'sys.get_int_max_str_digits',
  'sys.getallocatedblocks', 'sys.getfilesystemencoding', 'sys._clear_type_cache',
  'gc.set_threshold', 'gc.disable', 'gc.enable', 'gc.freeze', 'gc.unfreeze', 'gc.get_count', 'gc.get_debug',
  'gc.get_freeze_count', 'gc.get_stats', 'gc.get_threshold', 'gc.isenabled',
  'time.asctime', 'time.ctime', 'time.gmtime', 'time.localtime', 'time.strftime', 'time.strptime',
  'time.monotonic', 'time.monotonic_ns', 'time.perf_counter', 'time.perf_counter_ns', 'time.process_time',
  'time.process_time_ns', 'time.thread_time', 'time.thread_time_ns', 'time.time', 'time.time_ns',
  'random.random', 'functools.reduce', 'functools.get_cache_token',
]);

/**
 * specialize_c_call / specialize_method_descriptor by the callable's calling convention:
 * METH_O and METH_FASTCALL ones → CALL_BUILTIN_O / _FAST, CALL_LEN, CALL_METHOD_DESCRIPTOR_*...;
 * the others → CALL_NON_PY_GENERAL (`id`: module.name of a builtin function, '' for a method; a
 * method is METH_VARARGS when RefScope packs its arguments, methVarargs.ts)
 */
function specializeCCall(id: string, fn: unknown): unknown {
  return NOT_FAST.has(id) || (fn as { raw?: unknown }).raw !== undefined ? NON_PY_GENERAL : BUILTIN_FUNCTION;
}

/**
 * One run of a CALL site with `callee` (no keywords): true when it runs as CALL_ALLOC_AND_ENTER_INIT
 * for the class `callee` (its guards pass: the class's version tag, `__init__`'s argument count,
 * room on the data stack). Every run of the site goes through here, whatever it calls, so the
 * adaptive counter sees what CPython's sees.
 */
export function callSiteRun(site: SpecSite, f: Frame, callee: unknown, nargs: number): boolean {
  const key = callKey(callee, nargs);
  const version = key instanceof PyType ? key.versionTag : 0;
  const hit = site.spec === NON_PY_GENERAL ? !(callee instanceof PyFunction || callee instanceof PyBoundMethod) : site.spec === key && site.version === version;
  if (!adaptiveRun(site, f, key, version, hit) || site.spec !== key || !(key instanceof PyType) || key.builtin) return false;
  // CALL_ALLOC_AND_ENTER_INIT's later guards: a miss when they fail
  const init = enterInitCandidate(key)!;
  // (3.14 binds the arguments as any call does, _PyEvalFramePushAndInit: no argument-count guard)
  if ((init.code.argcount !== nargs + 1 && !profile.classCallSpecialisesAnyArgcount) || !initHasStackSpace(init.code, S.frame)) {
    adaptiveMiss(site);
    return false;
  }
  return true;
}
