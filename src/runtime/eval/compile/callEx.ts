// f(*args, **kw): CALL_FUNCTION_EX (compile.c's compiler_call_helper with a starred argument or
// a ** mapping), loaded on first use (parts.ts). 3.11 keeps the argument tuple and keyword dict
// while a Python function runs; 3.12 frees them as it pushes the frame.

import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyBoundMethod, PyBuiltin, PyBuiltinBound, PyFunction, type Kw } from '../../objects/function';
import { rawOf } from '../../builtins/methVarargs';
import { iterWithHint } from '../lengthHint';
import { PyInstance } from '../../objects/instance';
import { PyTuple, newTuple } from '../../objects/tuple';
import { newDict, type PyDict } from '../../objects/dict';
import { T_BaseException, T_tuple } from '../../objects/builtinTypes';
import { functionStr } from '../../builtins/methods/dictMerge';
import { iterToArray } from '../../objects/iter';
import { typeOf } from '../../objects/typeobject/typeOf';
import { hiddenAlloc, hiddenFree } from '../../gc/heap';
import { profile } from '../../versions';
import { S } from '../state';
import { callObject, clearFrame, endTpCall, frameRaised, releaseArgs, tpCallPrepend, type TpCall } from '../call';
import { PyType } from '../../objects/typeobject/type';
import { callType, callTypeKeepingTuple, keepsExcArgsTuple, pythonInitOf } from '../../objects/typeobject/typeCall';
import { typeHooks } from '../../objects/typeobject/typeHooks';
import { callOther, evalArg, evalKeywords, evalPositional, pushOrRelease, type ArgPlan } from './calls';
import type { EFn } from './expr';
import { notIterableError, type Lending } from './displays';
import type { CallSite } from '../evalBreaker';

/**
 * CALL_FUNCTION_EX (`f(*a)`, `f(**k)`): the positional arguments packed in a tuple (a tuple given
 * alone is used as it is; positional items before or around a `*` are first a list, BUILD_LIST /
 * LIST_EXTEND / LIST_TO_TUPLE) and the keywords merged into a new dict. 3.11 keeps both while a
 * Python function runs (PyObject_Call lends the tuple's items to _PyEval_Vector, which increfs
 * them; _PyStack_UnpackDict copies them with the keywords into an array of its own); 3.12 frees
 * them as it pushes the frame (_PyEvalFramePushAndInit_Ex), as RefScope does for other callees.
 */
export function compileCallEx(fn: EFn, plan: ArgPlan, lend: Lending | null = null): EFn {
  const sole = plan.pos.length === 1 && plan.pos[0].star ? plan.pos[0].fn : null;
  const listFirst = sole === null && plan.pos.some((p) => p.star);
  const site: CallSite = { runs: 0, spec: null }; // CALL_FUNCTION_EX does not specialise
  return (f) => {
    const callee = fn(f);
    // 3.14: a sole `*local` is loaded borrowed (lend, borrowCalls.ts callExLending);
    // CALL_FUNCTION_EX makes it a tuple (PySequence_Tuple) or, a tuple already, hands it on
    const base = lend === null ? 0 : lend.mark();
    let given: PyTuple | null = null;
    let args: unknown[];
    let kw: Map<string, unknown> | null;
    if (sole !== null) {
      // the operand stays as it is while the keywords are evaluated; CALL_FUNCTION_EX then makes
      // it a tuple (check_args_iterable, PySequence_Tuple) unless it is one
      let v: unknown;
      try {
        v = evalArg(sole, f, callee);
      } catch (x) {
        lend?.release(base);
        throw x;
      }
      try {
        kw = evalKeywords(plan, f, callee, []);
      } catch (x) {
        lend?.release(base);
        decref(v);
        throw x;
      }
      if (v instanceof PyTuple && typeOf(v) === T_tuple) {
        given = v;
        args = [];
      } else {
        try {
          args = v instanceof PyInstance ? iterWithHint(v, 10).items : iterToArray(v); // PySequence_Tuple
        } catch (x) {
          releaseArgs([], kw);
          decref(callee);
          throw notIterableError(x, v, `${functionStr(callee)} argument`); // check_args_iterable
        } finally {
          lend?.release(base);
          decref(v);
        }
      }
    } else {
      try {
        args = evalPositional(plan, f, callee);
      } finally {
        lend?.release(base); // BUILD_TUPLE / LIST_EXTEND took them
      }
      kw = evalKeywords(plan, f, callee, args);
    }
    if (listFirst) hiddenAlloc('list');
    const tc = makeExCall(args, kw, given);
    if (listFirst) hiddenFree('list');
    // PyObject_Call keeps the tuple and dict while a bound method runs (every version) and, in
    // 3.11, while a function runs; for other callables RefScope's arguments stand for them
    // 3.14: a borrowed tuple given to a class or a bound method stays borrowed while it runs
    // (PyObject_Call takes it from the stack as it is)
    const release = lend === null ? null : () => lend.release(base);
    if (callee instanceof PyType) return callExType(callee, tc, release);
    if (given !== null && tc.kwargs === null && isBaseExceptionInit(callee)) {
      release?.();
      return baseExceptionInitTuple(callee, tc);
    }
    const python = callee instanceof PyFunction && callee.code.genBody === undefined;
    const holds = python ? profile.callFunctionExHoldsArgs : callee instanceof PyBoundMethod;
    const [cargs, ckw] = holds ? tpCallPrepend(tc, undefined) : exCallArgs(tc);
    if (!python && holds) return callExMethod(callee, cargs, ckw, tc, release);
    if (!python || holds) lend?.release(base);
    if (!python) {
      endTpCall(tc);
      // a METH_VARARGS builtin receives CALL_FUNCTION_EX's tuple and dict as they are (cfunction_call)
      const raw = varargsRaw(callee);
      if (raw !== null) return callExVarargs(callee, raw, cargs, ckw);
      return callOther(callee, cargs, ckw, site);
    }
    // the function's frame run here, without a finally (a decorator's wrapper is on the recursion path)
    let fr: Frame;
    // 3.12+ (_PyEvalFramePushAndInit_Ex): _PyStack_UnpackDict's keyword names' tuple lives while
    // the frame is made (a **kw parameter's dict among it), then the tuple and the dict go
    const kwnames = !holds && tc.kwargs !== null ? 'tuple' + Math.min(tc.kw!.size, 21) : null;
    if (kwnames !== null) hiddenAlloc(kwnames);
    try {
      fr = pushOrRelease(callee, cargs, ckw);
    } catch (x) {
      lend?.release(base);
      if (kwnames !== null) hiddenFree(kwnames);
      endTpCall(tc);
      throw x;
    }
    if (!holds) {
      if (kwnames !== null) hiddenFree(kwnames);
      lend?.release(base);
      endTpCall(tc);
    }
    try {
      fr.code.run(fr);
    } catch (x) {
      const e = frameRaised(x, fr);
      if (holds) endTpCall(tc);
      decref(callee);
      throw e;
    }
    const ret = fr.retval;
    S.frame = fr.back;
    clearFrame(fr);
    if (holds) endTpCall(tc);
    decref(callee);
    return ret;
  };
}

/** `super().__init__` / `exc.__init__` bound to an exception: BaseException's own (a method-wrapper) */
function isBaseExceptionInit(callee: unknown): callee is PyBuiltinBound {
  return callee instanceof PyBuiltinBound && callee.self instanceof PyInstance && callee.descr === T_BaseException.methods.get('__init__');
}

/** wrap_init hands BaseException_init CALL_FUNCTION_EX's exact tuple, which it stores as the
 * args (`super().__init__(*a)`: args is `a`); the tuple is released after */
function baseExceptionInitTuple(callee: PyBuiltinBound, tc: TpCall): unknown {
  const self = callee.self as PyInstance;
  const old = self.excArgs;
  self.excArgs = incref(tc.tuple);
  decref(old);
  endTpCall(tc);
  decref(callee);
  return null;
}

/** the unpacked function of a METH_VARARGS builtin (methVarargs.ts), or null */
function varargsRaw(callee: unknown): ((args: unknown[], kw: Kw) => unknown) | null {
  if (callee instanceof PyBuiltin) {
    const raw = rawOf(callee.fn);
    return raw !== callee.fn ? raw : null;
  }
  if (callee instanceof PyBuiltinBound) {
    const fn = callee.descr.fn;
    const raw = rawOf(fn);
    const self = callee.self;
    return raw !== fn ? (args, kw) => raw(self, args, kw) : null;
  }
  return null;
}

/** a METH_VARARGS builtin called with the tuple's items and the dict's values, which stand for them */
function callExVarargs(callee: unknown, raw: (args: unknown[], kw: Kw) => unknown, args: unknown[], kw: Kw): unknown {
  try {
    return raw(args, kw);
  } finally {
    releaseArgs(args, kw);
    decref(callee);
  }
}

/** a class called with CALL_FUNCTION_EX's tuple and dict: type_call takes them as they are when
 * the class's Python __init__ runs plainly; otherwise they become the arguments */
function callExType(t: PyType, tc: TpCall, release: (() => void) | null): unknown {
  try {
    const init = pythonInitOf(t);
    if (init !== null && init.code.genBody === undefined && typeHooks.metaCallOverride(t) === undefined) {
      try {
        return callType(t, [], null, false, false, tc);
      } finally {
        release?.();
      }
    }
    if (tc.kwargs === null && keepsExcArgsTuple(t)) {
      // BaseException_new keeps the tuple itself as the args; CALL_FUNCTION_EX releases it after
      const [args] = exCallArgs(tc);
      try {
        return callTypeKeepingTuple(t, args, tc.tuple);
      } finally {
        release?.();
        endTpCall(tc);
      }
    }
    const [args, kw] = exCallArgs(tc);
    release?.();
    endTpCall(tc);
    return callType(t, args, kw);
  } finally {
    decref(t);
  }
}

/** a bound method object called by PyObject_Call: it (and so its self) stays alive while its
 * function runs, and so do the tuple and dict */
function callExMethod(m: unknown, args: unknown[], kw: Kw, tc: TpCall, release: (() => void) | null): unknown {
  try {
    return callObject(m, args, kw);
  } finally {
    release?.();
    endTpCall(tc);
    decref(m);
  }
}

/** the tuple's items and the dict's keywords as the callee's own references (the tuple and dict freed next) */
function exCallArgs(tc: ReturnType<typeof makeExCall>): [unknown[], Map<string, unknown> | null] {
  const cargs = tc.tuple.items.map((a) => incref(a));
  let ckw: Map<string, unknown> | null = null;
  if (tc.kwargs !== null) {
    ckw = new Map();
    for (const [k, v] of tc.kw!) ckw.set(k, incref(v));
  }
  return [cargs, ckw];
}

/** CALL_FUNCTION_EX's tuple and dict: they hold the only references the call made (what was
 * evaluated moved into them: BUILD_LIST/LIST_TO_TUPLE, BUILD_MAP/DICT_MERGE) */
function makeExCall(args: unknown[], kw: Kw, given: PyTuple | null): TpCall {
  const tuple = given !== null ? given : newTuple(args);
  let kwargs: PyDict | null = null;
  if (kw !== null && kw.size > 0) {
    kwargs = newDict();
    for (const [k, v] of kw) kwargs.setSteal(k, v);
  }
  return { args: [], kw, tuple, kwargs, unpacked: null, stackHolds: false };
}

