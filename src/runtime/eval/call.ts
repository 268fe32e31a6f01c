// Calling: Python functions get a frame whose locals take over the argument references
// (3.11 moves them from the caller's stack); builtins borrow their arguments.

import { makeLocalsHeapSafe } from './borrow';
import { profile } from '../versions';
import { codeWarmup } from './specialize/warmup';
import { PyObject, decref, incref, obs } from '../objects/object';
import { Frame } from './frame';
import { PyBoundMethod, PyBuiltin, PyBuiltinBound, PyFunction, BuiltinMethodDescr, newCell, slotWrapperArgsError, type Kw } from '../objects/function';
import { PyTuple, newTuple, newBuiltTuple } from '../objects/tuple';
import { newDict, newDictSized, type PyDict } from '../objects/dict';
import { PyType } from '../objects/typeobject/type';
import { S } from './state';
import { raise, typeError } from './errors';
import { T_RecursionError } from '../objects/builtinTypes';
import { typeOf } from '../objects/typeobject/typeOf';
import { callType } from '../objects/typeobject/typeCall';
import { takeOwnership } from '../objects/frameObject';
import { addTraceback } from './tracebackChain';
import { PyWeakRef } from '../objects/weakref';
import { PyInstance } from '../objects/instance';
import { isSubInstance } from '../objects/typeobject/subInstance';
import { userOverride } from './subclassDispatch';
import { proxyTarget } from './protocols';
import { newGenerator } from '../objects/genobject';
import { evalBreaker, hiddenAlloc, hiddenFree } from '../gc/heap';
import { PyMethodWrapper } from '../objects/descriptors';
import { WHERE_CALL, enterEvalFromC, enterRecursiveCall, leaveEvalFromC, leaveRecursiveCall, pyTooDeep } from './ceval/recursion';

/**
 * call any callable; consumes (steals) args and kw values; returns a new reference.
 * A Python function, bound or not, runs in this same JS frame (callFunction's work inline) and
 * the rarer callables in callOtherKind: deep recursion through __init__, special methods and
 * builtins that call back must fit the page's worker stack (issue #11).
 */
export function callObject(callee: unknown, args: unknown[], kw: Kw, atSite = false): unknown {
  let fn = callee;
  let bound: PyBoundMethod | null = null;
  let tc: TpCall | null = null;
  if (callee instanceof PyFunction) {
    // the common case first
  } else if (callee instanceof PyBuiltin) {
    return callBorrowing(callee.fn, args, kw);
  } else if (callee instanceof PyBoundMethod) {
    // CALL on a bound method: self and the function replace it on the stack
    args.unshift(incref(callee.self));
    fn = incref(callee.func);
    bound = incref(callee);
    if (!(fn instanceof PyFunction)) return callBoundOther(fn, bound, args, kw);
  } else {
    if (callee instanceof PyType) return callType(callee, args, kw);
    // an instance whose class defines __call__ in Python: self and the function, as a bound call
    const call = callee instanceof PyInstance ? callee.type.lookup('__call__') : undefined;
    if (!(call instanceof PyFunction)) return callOtherKind(callee, args, kw);
    // _PyObject_MakeTpCall's recursion check, then slot_tp_call: by the tp_call convention (in
    // this JS frame, for recursion's sake)
    enterTpCall(args, kw);
    tc = makeTpCall(args, kw);
    [args, kw] = tpCallPrepend(tc, callee);
    fn = call;
  }
  const pf = fn as PyFunction;
  const back = S.frame;
  if (pf.code.genBody !== undefined) return startGenerator(pf, back, args, kw, bound, tc);
  // 3.12+: the evaluator entered from C (a call site runs a function or a bound method inline)
  const fromC = tc !== null || !atSite;
  let f: Frame;
  try {
    f = fromC ? pushFrameFromC(pf, back, args, kw) : pushFrame(pf, back, args, kw);
  } catch (x) {
    if (bound !== null) releaseBound(bound);
    if (tc !== null) endTpCallLeave(tc);
    throw x;
  }
  // no finally: a smaller frame (it stays on the JS stack while the function runs)
  try {
    f.code.run(f);
  } catch (x) {
    const e = frameRaised(x, f);
    if (fromC) leaveEvalFromC();
    if (bound !== null) releaseBound(bound);
    if (tc !== null) endTpCallLeave(tc);
    throw e;
  }
  const ret = f.retval;
  S.frame = back;
  clearFrame(f);
  if (fromC) leaveEvalFromC();
  if (bound !== null) releaseBound(bound);
  if (tc !== null) endTpCallLeave(tc);
  return ret;
}

/**
 * pushFrame for a function the evaluator is entered for from C (3.12+: two C units, checked
 * first; leaveEvalFromC when it returns); on a RecursionError the arguments are released
 */
export function pushFrameFromC(fn: PyFunction, back: Frame | null, args: unknown[], kw: Kw): Frame {
  enterEvalOrRelease(args, kw);
  try {
    return pushFrame(fn, back, args, kw);
  } catch (x) {
    leaveEvalFromC();
    throw x;
  }
}

/** 3.12+: the evaluator's entry from C (two C units); on a RecursionError the arguments are released */
export function enterEvalOrRelease(args: unknown[], kw: Kw): void {
  if (profile.evalEntryCUnits === 0) return;
  try {
    enterEvalFromC();
  } catch (x) {
    releaseArgs(args, kw);
    throw x;
  }
}

/** _PyObject_MakeTpCall's _Py_EnterRecursiveCall; on a RecursionError the (stolen) arguments are released */
export function enterTpCall(args: unknown[], kw: Kw): void {
  try {
    enterRecursiveCall(WHERE_CALL);
  } catch (x) {
    releaseArgs(args, kw);
    throw x;
  }
}

/** the tp_call's tuple and dict released, then _Py_LeaveRecursiveCall */
function endTpCallLeave(tc: TpCall): void {
  endTpCall(tc);
  leaveRecursiveCall();
}

/** a Python frame raised: its traceback entry added (an error while adding it wins), the frame
 * left and cleared; what to rethrow. (The call sites run frames inline for recursion's sake; this
 * runs only on the way out.) */
export function frameRaised(x: unknown, f: Frame): unknown {
  let e = x;
  try {
    addTraceback(x, f);
  } catch (y) {
    e = y;
  }
  S.frame = f.back;
  clearFrame(f);
  return e;
}

/** the end of a call through a bound method: its function, then the method, released */
function releaseBound(bound: PyBoundMethod): void {
  decref(bound.func);
  decref(bound);
}

/** a generator function's call returns the generator, which owns the frame (RETURN_GENERATOR) */
function startGenerator(fn: PyFunction, back: Frame | null, args: unknown[], kw: Kw, bound: PyBoundMethod | null, tc: TpCall | null): unknown {
  try {
    return newGenerator(fn, newFrame(fn, back, args, kw));
  } finally {
    if (bound !== null) releaseBound(bound);
    if (tc !== null) endTpCallLeave(tc);
  }
}

/** a bound method whose function is not a Python function: the function called, then both released */
function callBoundOther(fn: unknown, bound: PyBoundMethod, args: unknown[], kw: Kw): unknown {
  try {
    return callObject(fn, args, kw);
  } finally {
    decref(fn);
    decref(bound);
  }
}

/** callObject for the callables other than functions, methods, builtins and types */
function callOtherKind(callee: unknown, args: unknown[], kw: Kw): unknown {
  if (callee instanceof PyBuiltinBound) {
    const self = callee.self;
    const fn = callee.descr.fn;
    const err = slotWrapperArgsError(callee.descr, args.length, kw);
    if (err !== null) {
      releaseArgs(args, kw);
      typeError(err);
    }
    try {
      return fn(self, args, kw);
    } finally {
      releaseArgs(args, kw);
    }
  }
  if (callee instanceof BuiltinMethodDescr) {
    if (args.length === 0) {
      releaseArgs(args, kw);
      typeError(`unbound method ${callee.owner.name}.${callee.name}() needs an argument`);
    }
    const self = args[0];
    if (!typeOf(self).isSubtypeOf(callee.owner)) {
      releaseArgs(args, kw);
      typeError(`descriptor '${callee.name}' for '${callee.owner.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
    }
    const err = slotWrapperArgsError(callee, args.length - 1, kw);
    if (err !== null) {
      releaseArgs(args, kw);
      typeError(err);
    }
    try {
      return callee.fn(self, args.slice(1), kw);
    } finally {
      releaseArgs(args, kw);
    }
  }
  if (callee instanceof PyWeakRef) {
    if (callee.kind !== 'proxy') {
      if (isSubInstance(callee)) {
        const u = userOverride(callee, '__call__');
        if (u !== undefined) {
          args.unshift(incref(callee));
          return callObject(u, args, kw);
        }
      }
      releaseArgs(args, kw);
      const wc = (callee as { weakCall?: () => unknown }).weakCall;
      if (wc !== undefined) return wc.call(callee);
      return incref(callee.referent ?? null);
    }
    return callObject(proxyTarget(callee), args, kw);
  }
  // sm_call (3.10+): a staticmethod object calls its function
  if (callee instanceof PyMethodWrapper && !callee.isClassMethod) return callObject(callee.func, args, kw);
  const call = callee instanceof PyObject ? callee.type.lookup('__call__') : undefined;
  if (call !== undefined && callee !== null) {
    args.unshift(incref(callee));
    return callObject(call, args, kw);
  }
  releaseArgs(args, kw);
  return typeError(`'${typeOf(callee).name}' object is not callable`);
}

export function callBorrowing(fn: (args: unknown[], kw: Kw) => unknown, args: unknown[], kw: Kw): unknown {
  try {
    return fn(args, kw);
  } finally {
    releaseArgs(args, kw);
  }
}

export function releaseArgs(args: unknown[], kw: Kw): void {
  for (let i = 0; i < args.length; i++) decref(args[i]);
  if (kw !== null) for (const v of kw.values()) decref(v);
}

/** _PyEval_Vector: a new frame for fn, the arguments moved into its locals */
export function callFunction(fn: PyFunction, args: unknown[], kw: Kw): unknown {
  // the compiled call sites (compile/calls.ts) do the same inline, one JS frame less per call
  const back = S.frame;
  // a generator function's call returns the generator, which owns the frame (RETURN_GENERATOR)
  if (fn.code.genBody !== undefined) return newGenerator(fn, newFrame(fn, back, args, kw));
  const f = pushFrame(fn, back, args, kw);
  try {
    f.code.run(f);
    return f.retval;
  } catch (e) {
    addTraceback(e, f);
    throw e;
  } finally {
    S.frame = back;
    clearFrame(f);
  }
}

/** run a frame pushFrame made (the executing one) to its return: its value, the frame cleared */
export function runPushedFrame(fr: Frame): unknown {
  try {
    fr.code.run(fr);
  } catch (x) {
    throw frameRaised(x, fr);
  }
  const r = fr.retval;
  S.frame = fr.back;
  clearFrame(fr);
  return r;
}

/** _PyEvalFramePushAndInit: a new frame for fn, now the executing one; the caller runs it */
export function pushFrame(fn: PyFunction, back: Frame | null, args: unknown[], kw: Kw, viaInitShim = false): Frame {
  const f = newFrame(fn, back, args, kw);
  f.viaInitShim = viaInitShim;
  S.frame = f;
  if (obs !== null) obs.frameEnter(f);
  if (profile.quickeningWarmup > 0) codeWarmup(f.code);
  evalBreaker(); // RESUME at the function's start
  return f;
}

/** the frame, its arguments bound, its cells and free variables set */
function newFrame(fn: PyFunction, back: Frame | null, args: unknown[], kw: Kw): Frame {
  const code = fn.code;
  const f = new Frame(code, fn.globals, null, fn, back);
  if (pyTooDeep(f.depth)) {
    releaseArgs(args, kw);
    raise(T_RecursionError, 'maximum recursion depth exceeded');
  }
  const L = f.locals;
  if (kw === null && args.length === code.argcount && !code.hasVarargs && code.kwonlycount === 0 && !code.hasKwargs) {
    for (let i = 0; i < args.length; i++) L[i] = args[i];
  } else {
    bindArgs(fn, f, args, kw);
  }
  const cells = code.cellSlots;
  for (let i = 0; i < cells.length; i++) {
    const s = cells[i];
    L[s] = newCell(L[s]);
  }
  const nfree = code.freevars.length;
  if (nfree > 0) {
    const base = code.varnames.length;
    const cl = (fn.closure as PyTuple).items;
    for (let i = 0; i < nfree; i++) L[base + i] = incref(cl[i]);
  }
  return f;
}

/** _PyFrame_Clear: locals released first to last */
export function clearFrame(f: Frame): void {
  if (f.iters.length > 0) {
    for (const it of f.iters) decref(it);
    f.iters.length = 0;
  }
  if (f.obj !== null && takeOwnership(f)) {
    if (obs !== null) obs.frameExit(f);
    return;
  }
  const L = f.locals;
  if (f.borrowed !== null) makeLocalsHeapSafe(f);
  if (profile.clearLocalsLastToFirst) {
    // 3.14's _PyFrame_ClearLocals closes the locals from the top down
    for (let i = L.length - 1; i >= 0; i--) {
      const v = L[i];
      if (v !== undefined) {
        L[i] = undefined;
        decref(v);
      }
    }
  } else {
    for (let i = 0; i < L.length; i++) {
      const v = L[i];
      if (v !== undefined) {
        L[i] = undefined;
        decref(v);
      }
    }
  }
  if (f.localsDict !== null) {
    const d = f.localsDict;
    f.localsDict = null;
    decref(d);
  }
  if (obs !== null) obs.frameExit(f);
}

function bindArgs(fn: PyFunction, f: Frame, args: unknown[], kw: Kw): void {
  const code = fn.code;
  const L = f.locals;
  const n = code.argcount;
  const names = code.varnames;
  const np = Math.min(args.length, n);
  for (let i = 0; i < np; i++) L[i] = args[i];
  // layout (like co_varnames): positional, keyword-only, *args, **kwargs, other locals
  const kwSlot0 = n;
  const varargsSlot = n + code.kwonlycount;
  const kwargsSlot = varargsSlot + (code.hasVarargs ? 1 : 0);
  if (code.hasVarargs) {
    L[varargsSlot] = newBuiltTuple(args.slice(np)); // 3.14: untracked when it holds atoms only
  } else if (args.length > n) {
    for (let i = 0; i < np; i++) L[i] = undefined;
    releaseArgs(args, kw);
    const given = args.length;
    const nd = fn.defaults ? fn.defaults.items.length : 0;
    const takes = nd > 0 ? `from ${n - nd} to ${n}` : String(n);
    typeError(`${fn.qualname}() takes ${takes} positional argument${n === 1 && nd === 0 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  let extra: PyDict | null = null;
  if (code.hasKwargs) extra = newDictSized();
  if (kw !== null) {
    for (const [k, v] of kw) {
      let idx = -1;
      for (let i = 0; i < n; i++) if (names[i] === k) idx = i;
      for (let i = 0; i < code.kwonlycount; i++) if (names[kwSlot0 + i] === k) idx = kwSlot0 + i;
      if (idx >= 0) {
        if (L[idx] !== undefined) {
          decref(v);
          failBind(f, extra);
          typeError(`${fn.qualname}() got multiple values for argument '${k}'`);
        }
        L[idx] = v;
      } else if (extra !== null) {
        extra.setSteal(k, v);
      } else {
        decref(v);
        failBind(f, extra);
        typeError(`${fn.qualname}() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  if (extra !== null) L[kwargsSlot] = extra;
  // defaults
  const defs = fn.defaults ? fn.defaults.items : [];
  const firstDefault = n - defs.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (L[i] === undefined) {
      if (i >= firstDefault) L[i] = incref(defs[i - firstDefault]);
      else missing.push(names[i]);
    }
  }
  if (missing.length > 0) {
    failBind(f, null);
    typeError(`${fn.qualname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
  }
  const kwmissing: string[] = [];
  for (let i = 0; i < code.kwonlycount; i++) {
    const s = kwSlot0 + i;
    if (L[s] === undefined) {
      const d = fn.kwdefaults ? fn.kwdefaults.getStr(names[s]) : undefined;
      if (d !== undefined) L[s] = incref(d);
      else kwmissing.push(names[s]);
    }
  }
  if (kwmissing.length > 0) {
    failBind(f, null);
    typeError(`${fn.qualname}() missing ${kwmissing.length} required keyword-only argument${kwmissing.length > 1 ? 's' : ''}: ${listNames(kwmissing)}`);
  }
}

function failBind(f: Frame, extra: PyDict | null): void {
  for (let i = 0; i < f.locals.length; i++) {
    const v = f.locals[i];
    f.locals[i] = undefined;
    if (v !== extra) decref(v);
  }
  decref(extra);
}

function listNames(ns: string[]): string {
  const q = ns.map((s) => `'${s}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return q[0] + ' and ' + q[1];
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

// Objects/call.c's tp_call convention, for a callable without vectorcall (a class, an instance
// whose class defines __call__): _PyObject_MakeTpCall packs the positional arguments in a tuple
// and the keywords in a dict while the caller's stack keeps its own references until the call
// returns; the Python function called from there (slot_tp_init, slot_tp_call) gets references of
// its own (_PyObject_Call_Prepend lends the tuple's items, _PyEval_Vector increfs them), and with
// keywords _PyStack_UnpackDict first copies every argument into a fresh array, one more reference
// each, with a new tuple of the keyword names.

/** what a tp_call holds while its callee runs, released by endTpCall */
export interface TpCall {
  args: unknown[];
  kw: Kw;
  tuple: PyTuple;
  kwargs: PyDict | null;
  unpacked: unknown[] | null;
  /** the caller's stack keeps args and kw's values until the call returns (tp_call) */
  stackHolds: boolean;
}

/** _PyObject_MakeTpCall's tuple and dict: args and kw stay the caller's (its stack); `given`,
 * a tuple CALL_FUNCTION_EX received as it is (`f(*t)`: the reference passes in, args is empty),
 * is used instead of a new one */
export function makeTpCall(args: unknown[], kw: Kw, given: PyTuple | null = null): TpCall {
  const tuple = given !== null ? given : newTuple(args.map((a) => incref(a)));
  let kwargs: PyDict | null = null;
  if (kw !== null && kw.size > 0) {
    kwargs = newDict();
    for (const [k, v] of kw) kwargs.set(k, v);
  }
  return { args, kw, tuple, kwargs, unpacked: null, stackHolds: true };
}

/** _PyObject_Call_Prepend(self, tuple, kwargs) into a Python function (PyObject_Call's
 * _PyVectorcall_Call when there is no self): the callee's own references */
export function tpCallPrepend(tc: TpCall, self: unknown): [unknown[], Kw] {
  const items = tc.tuple.items;
  const cargs = items.map((a) => incref(a));
  if (self !== undefined) cargs.unshift(incref(self));
  let ckw: Kw = null;
  if (tc.kwargs !== null) {
    ckw = new Map();
    for (const [k, v] of tc.kw!) ckw.set(k, incref(v));
    tc.unpacked = [...(self !== undefined ? [self] : []), ...items, ...tc.kw!.values()].map((a) => incref(a));
    hiddenAlloc('tuple' + Math.min(tc.kw!.size, 21)); // the keyword names' tuple
  }
  return [cargs, ckw];
}

/** the tp_call returned: the unpacked array, the tuple, the dict, then the caller's stack */
export function endTpCall(tc: TpCall): void {
  if (tc.unpacked !== null) {
    hiddenFree('tuple' + Math.min(tc.kw!.size, 21));
    releaseArgs(tc.unpacked, null);
  }
  decref(tc.tuple);
  if (tc.kwargs !== null) decref(tc.kwargs);
  if (tc.stackHolds) releaseArgs(tc.args, tc.kw);
}
