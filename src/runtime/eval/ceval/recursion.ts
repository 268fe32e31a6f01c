// C-level recursion accounting: Include/internal/pycore_ceval.h's _Py_EnterRecursiveCall /
// _Py_LeaveRecursiveCall, Python/ceval.c's _Py_CheckRecursiveCall, and (3.12+) the C units
// _PyEval_EvalFrameDefault's entry costs (PY_EVAL_C_STACK_UNITS). CPython counts the C path
// (_PyObject_MakeTpCall, PyObject_Repr/Str, PyObject_RichCompare, cfunction_enter_call...) with
// the Python frames: 3.11 in one counter against sys.getrecursionlimit() (recursion_remaining),
// 3.12 and 3.13 in a counter of their own against Py_C_RECURSION_LIMIT (c_recursion_remaining).
// A counter per run (S.cShared / S.cUnits), one increment and one decrement per enter: the
// Python frames' own check is eval/call.ts newFrame's and genobject.ts genSendEx's.

import { S } from '../state';
import { profile } from '../../versions';
import { raise } from '../errors';
import { T_RecursionError } from '../../objects/builtinTypes';

/** the `where` of _Py_EnterRecursiveCall, which the RecursionError's message ends with */
export const WHERE_CALL = ' while calling a Python object';
export const WHERE_REPR = ' while getting the repr of an object';
export const WHERE_STR = ' while getting the str of an object';
export const WHERE_CMP = ' in comparison';

export const CR = {
  /** 3.11: C-level enters now active, counted with the Python frames against the recursion limit */
  shared: 0,
  /** 3.12+: C units now in use (each enter one, each evaluator entry from C two) */
  units: 0,
};

/** a new run: no C level entered but the module's evaluator (3.12+: its entry's C units) */
export function resetRecursion(): void {
  CR.shared = 0;
  CR.units = profile.evalEntryCUnits;
}

/** the Python frames' depth check (3.11 counts the C levels entered too): true when frame `depth` is too deep */
export function pyTooDeep(depth: number): boolean {
  return depth + CR.shared > S.recursionLimit;
}

/** _Py_EnterRecursiveCall(where): raises RecursionError when the C level is too deep */
export function enterRecursiveCall(where: string): void {
  const lim = profile.cRecursionLimit;
  if (lim === 0) {
    const f = S.frame;
    if ((f === null ? 0 : f.depth) + CR.shared >= S.recursionLimit) recursionError(where);
    CR.shared++;
  } else {
    if (CR.units >= lim) recursionError(where);
    CR.units++;
  }
}

/** _Py_LeaveRecursiveCall */
export function leaveRecursiveCall(): void {
  if (profile.cRecursionLimit === 0) CR.shared--;
  else CR.units--;
}

/**
 * 3.12+: _PyEval_EvalFrameDefault entered from C (a Python function a slot, a builtin or
 * type_call calls) costs PY_EVAL_C_STACK_UNITS (2) C units; none in 3.11 (and 3.14, whose C
 * stack check is not simulated). Pair with leaveEvalFromC.
 */
export function enterEvalFromC(): void {
  const n = profile.evalEntryCUnits;
  if (n === 0) return;
  if (CR.units + n > profile.cRecursionLimit) recursionError('');
  CR.units += n;
}

export function leaveEvalFromC(): void {
  CR.units -= profile.evalEntryCUnits;
}

export function recursionError(where: string): never {
  return raise(T_RecursionError, 'maximum recursion depth exceeded' + where);
}

// The builtins whose call enters a recursion check even when its CALL is specialised: METH_O
// functions (3.11's PRECALL_NO_KW_BUILTIN_O, 3.12's CALL_NO_KW_BUILTIN_O enter; len has its own
// CALL_NO_KW_LEN, which does not), METH_NOARGS and METH_VARARGS ones (never specialised:
// cfunction_enter_call / _PyObject_MakeTpCall). The METH_FASTCALL ones (print, sorted, sum,
// iter, next, getattr, format, isinstance...) enter only on the generic path.
const ENTERS_SPECIALISED = new Set([
  'builtins.abs', 'builtins.all', 'builtins.any', 'builtins.ascii', 'builtins.bin', 'builtins.callable',
  'builtins.chr', 'builtins.hash', 'builtins.hex', 'builtins.id', 'builtins.oct', 'builtins.ord',
  'builtins.repr', 'builtins.globals', 'builtins.locals', 'builtins.__import__',
  'sys.getrefcount', 'sys.setrecursionlimit', 'sys.getrecursionlimit', 'sys.intern', 'sys.getsizeof',
  'sys.exc_info', 'sys.exit',
  'gc.is_tracked', 'gc.is_finalized', 'gc.get_count', 'gc.get_threshold', 'gc.enable', 'gc.disable',
  'gc.isenabled', 'gc.get_referrers', 'gc.get_referents', 'gc.set_threshold', 'gc.get_stats', 'gc.freeze',
]);

/** max() and min() are METH_VARARGS until 3.13 (minMaxVectorcall) */
const MIN_MAX = new Set(['builtins.max', 'builtins.min']);

/**
 * a builtin function called from a CALL: does it enter a recursion check (cfunction_enter_call,
 * _PyObject_MakeTpCall or the specialised PRECALL_NO_KW_BUILTIN_O)? `specialised`: the CALL runs
 * specialised (3.11: its code object quickened; 3.12+: its second run).
 */
export function builtinCallEnters(module: string, name: string, specialised: boolean, nargs: number, hasKw: boolean): boolean {
  if (!specialised) return true;
  const id = module + '.' + name;
  if (id === 'builtins.len' || id === 'builtins.isinstance') return hasKw || nargs !== (id === 'builtins.len' ? 1 : 2);
  if (MIN_MAX.has(id)) return !profile.minMaxVectorcall;
  return ENTERS_SPECIALISED.has(id);
}
