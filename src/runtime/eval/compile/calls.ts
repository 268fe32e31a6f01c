// Calls (compile.c's compiler_call): positional and keyword arguments, * and ** unpacking, and
// the LOAD_METHOD / CALL shortcut for `obj.method(...)`.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyDict } from '../../objects/dict';
import { loadMethod } from '../attr';
import { callBorrowing, callObject, clearFrame, endTpCall, makeExCall, pushFrame, releaseArgs, tpCallPrepend } from '../call';
import { PyTuple } from '../../objects/tuple';
import { T_tuple } from '../../objects/builtinTypes';
import { iterToArray } from '../../objects/iter';
import { hiddenAlloc, hiddenFree } from '../../gc/heap';
import { S } from '../state';
import { addTraceback } from '../tracebackChain';
import { typeError } from '../errors';
import { typeOf } from '../../objects/typeobject/typeOf';
import { PyBoundMethod, PyBuiltin, PyFunction } from '../../objects/function';
import { PyType } from '../../objects/typeobject/type';
import { callType } from '../../objects/typeobject/typeCall';
import { compileSuper } from './functions';
import { compileExpr, type Ctx, type EFn } from './expr';
import { compileElt, evalElts, type EltFn } from './displays';
import type { CallBorrows } from './borrowAnalysis';
import { borrowPart } from '../../parts';
import { profile } from '../../versions';
import { borrowIntoFrame, borrowRef, unborrowRef } from '../borrow';
import { evalBreakerAfterCall, type CallSite } from '../evalBreaker';

interface ArgPlan {
  pos: EltFn[];
  kws: { name: string | null; fn: EFn }[];
  simple: boolean;
}

function planArgs(e: A.Call, ctx: Ctx): ArgPlan {
  const pos = e.args.map((a) => compileElt(a, ctx));
  const kws = e.keywords.map((k) => ({ name: k.name, fn: compileExpr(k.value, ctx) }));
  return { pos, kws, simple: kws.length === 0 && pos.every((p) => !p.star) };
}

function evalKw(plan: ArgPlan, f: Frame): Map<string, unknown> | null {
  if (plan.kws.length === 0) return null;
  const kw = new Map<string, unknown>();
  try {
    for (const k of plan.kws) {
      const v = k.fn(f);
      if (k.name !== null) {
        if (kw.has(k.name)) {
          decref(v);
          typeError(`keywords must be unique: '${k.name}'`);
        }
        kw.set(k.name, v);
      } else {
        try {
          if (!(v instanceof PyDict)) typeError(`argument after ** must be a mapping, not ${typeOf(v).name}`);
          const d = v as PyDict;
          for (const i of d.positions()) {
            const key = d.ks[i];
            if (typeof key !== 'string') typeError('keywords must be strings');
            if (kw.has(key as string)) typeError(`got multiple values for keyword argument '${key}'`);
            kw.set(key as string, incref(d.vs[i]));
          }
        } finally {
          decref(v);
        }
      }
    }
  } catch (x) {
    for (const v of kw.values()) decref(v);
    throw x;
  }
  return kw;
}

// A Python function called from compiled code runs in the call site's own JS frame (callFunction
// inline), and that frame holds only the callee and the new frame while the callee runs:
// arguments are evaluated and the frame pushed by helpers that return first. A Python call
// level then costs three small JS frames, so CPython's recursion limit of 1000 fits the page's
// worker stack. (A generator function's call goes through callFunction: it makes the generator.)

/** the positional arguments of a call, evaluated (owned); on an error the callee is released */
function evalPositional(plan: ArgPlan, f: Frame, callee: unknown): unknown[] {
  try {
    return plan.simple ? evalSimple(plan.pos, f) : evalElts(plan.pos, f);
  } catch (x) {
    decref(callee);
    throw x;
  }
}

/** a method call's positional arguments, self first when LOAD_METHOD found a plain function; on an error both are released */
function evalMethodPositional(plan: ArgPlan, f: Frame, m: [unknown, unknown]): unknown[] {
  let args: unknown[];
  try {
    args = evalPositional(plan, f, m[0]);
  } catch (x) {
    decref(m[1]);
    throw x;
  }
  if (m[1] !== undefined) args.unshift(m[1]);
  return args;
}

/** the keyword arguments (null when there are none); on an error the callee and the arguments are released */
function evalKeywords(plan: ArgPlan, f: Frame, callee: unknown, args: unknown[]): Map<string, unknown> | null {
  if (plan.kws.length === 0) return null;
  try {
    return evalKw(plan, f);
  } catch (x) {
    releaseArgs(args, null);
    decref(callee);
    throw x;
  }
}

/** pushFrame; on an error (RecursionError) the callee is released */
function pushOrRelease(callee: PyFunction, args: unknown[], kw: Map<string, unknown> | null): Frame {
  try {
    return pushFrame(callee, S.frame, args, kw);
  } catch (x) {
    decref(callee);
    throw x;
  }
}

// The call sites clean up without a finally (a smaller frame, which stays on the JS stack while the
// callee runs: per Python call level, in recursion); the return path is a function of its own.

/** the callee returned: its frame cleared, the callee released; the return value */
function leaveCall(fr: Frame, callee: unknown): unknown {
  const ret = fr.retval;
  S.frame = fr.back;
  clearFrame(fr);
  decref(callee);
  return ret;
}

/** any other callable: callObject, the callee released after */
function callOther(callee: unknown, args: unknown[], kw: Map<string, unknown> | null, site?: CallSite): unknown {
  const nargs = args.length;
  const generic = site !== undefined && site.runs++ === 0; // the first run of a CALL is not specialised yet
  const called = callee;
  if (callee instanceof PyBoundMethod) {
    // CALL on a bound method object (3.11's PRECALL): its self and function replace it on the
    // stack and the stack's reference to it goes before the call (`super().f()` frees it there)
    args.unshift(incref(callee.self));
    const func = incref(callee.func);
    decref(callee);
    callee = func;
  }
  let r: unknown;
  // a builtin or a class called straight from here: a JS frame less per level when recursion
  // passes through sum(), repr(), __init__... (issue #11); no finally, for a smaller frame
  const builtin = callee instanceof PyBuiltin;
  try {
    r = builtin ? (callee as PyBuiltin).fn(args, kw) : callee instanceof PyType ? callType(callee, args, kw, site !== undefined && !generic) : callObject(callee, args, kw);
  } catch (x) {
    if (builtin) releaseArgs(args, kw);
    decref(callee);
    throw x;
  }
  if (builtin) releaseArgs(args, kw);
  decref(callee);
  evalBreakerAfterCall(called, nargs, generic);
  return r;
}

/** one argument, evaluated; on an error the callee is released */
function evalArg(a0: EFn, f: Frame, callee: unknown): unknown {
  try {
    return a0(f);
  } catch (x) {
    decref(callee);
    throw x;
  }
}

export function compileCall(e: A.Call, ctx: Ctx): EFn {
  if (e.func.kind === 'Name' && e.func.id === 'super' && e.args.length === 0 && ctx.scope.kindOf('super') === 'global') {
    return compileSuper(e, ctx);
  }
  const plan = planArgs(e, ctx);
  const borrows = profile.borrowedLocalLoads ? borrowPart().planBorrows(e, ctx) : null;
  if (borrows !== null) return compileBorrowingCall(e, ctx, plan, borrows);
  // obj.method(...) without making a bound method (LOAD_METHOD / CALL)
  if (e.func.kind === 'Attribute') {
    const recv = compileExpr(e.func.value, ctx);
    const name = e.func.attr;
    const site: CallSite = { runs: 0 };
    return (f) => {
      const m = loadMethod(recv(f), name);
      const callable = m[0];
      const args = evalMethodPositional(plan, f, m);
      const kw = evalKeywords(plan, f, callable, args);
      if (!(callable instanceof PyFunction) || callable.code.genBody !== undefined) return callOther(callable, args, kw, site);
      const fr = pushOrRelease(callable, args, kw);
      try {
        fr.code.run(fr);
      } catch (x) {
        let e = x;
        try {
          addTraceback(x, fr);
        } catch (y) {
          e = y;
        }
        S.frame = fr.back;
        clearFrame(fr);
        decref(callable);
        throw e;
      }
      return leaveCall(fr, callable);
    };
  }
  const fn = compileExpr(e.func, ctx);
  if (plan.simple && plan.pos.length === 1) {
    const a0 = plan.pos[0].fn;
    const site: CallSite = { runs: 0 };
    return (f) => {
      const callee = fn(f);
      const a = evalArg(a0, f, callee);
      if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOther(callee, [a], null, site);
      const fr = pushOrRelease(callee, [a], null);
      try {
        fr.code.run(fr);
      } catch (x) {
        let e = x;
        try {
          addTraceback(x, fr);
        } catch (y) {
          e = y;
        }
        S.frame = fr.back;
        clearFrame(fr);
        decref(callee);
        throw e;
      }
      return leaveCall(fr, callee);
    };
  }
  if (plan.pos.some((p) => p.star) || plan.kws.some((k) => k.name === null)) return compileCallEx(fn, plan);
  const site: CallSite = { runs: 0 };
  return (f) => {
    const callee = fn(f);
    const args = evalPositional(plan, f, callee);
    const kw = evalKeywords(plan, f, callee, args);
    if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOther(callee, args, kw, site);
    const fr = pushOrRelease(callee, args, kw);
    try {
      fr.code.run(fr);
    } catch (x) {
      let e = x;
      try {
        addTraceback(x, fr);
      } catch (y) {
        e = y;
      }
      S.frame = fr.back;
      clearFrame(fr);
      decref(callee);
      throw e;
    }
    return leaveCall(fr, callee);
  };
}

/**
 * CALL_FUNCTION_EX (`f(*a)`, `f(**k)`): the positional arguments packed in a tuple (a tuple given
 * alone is used as it is; positional items before or around a `*` are first a list, BUILD_LIST /
 * LIST_EXTEND / LIST_TO_TUPLE) and the keywords merged into a new dict. 3.11 keeps both while a
 * Python function runs (PyObject_Call lends the tuple's items to _PyEval_Vector, which increfs
 * them; _PyStack_UnpackDict copies them with the keywords into an array of its own); 3.12 frees
 * them as it pushes the frame (_PyEvalFramePushAndInit_Ex), as RefScope does for other callees.
 */
function compileCallEx(fn: EFn, plan: ArgPlan): EFn {
  const sole = plan.pos.length === 1 && plan.pos[0].star ? plan.pos[0].fn : null;
  const listFirst = sole === null && plan.pos.some((p) => p.star);
  const site: CallSite = { runs: 0 };
  return (f) => {
    const callee = fn(f);
    let given: PyTuple | null = null;
    let args: unknown[];
    if (sole !== null) {
      const v = evalArg(sole, f, callee);
      if (v instanceof PyTuple && typeOf(v) === T_tuple) {
        given = v;
        args = [];
      } else {
        try {
          args = iterToArray(v);
        } catch (x) {
          decref(callee);
          throw x;
        } finally {
          decref(v);
        }
      }
    } else args = evalPositional(plan, f, callee);
    let kw: Map<string, unknown> | null;
    try {
      kw = evalKeywords(plan, f, callee, args);
    } catch (x) {
      if (given !== null) decref(given);
      throw x;
    }
    if (listFirst) hiddenAlloc('list');
    const tc = makeExCall(args, kw, given);
    if (listFirst) hiddenFree('list');
    const holds = profile.callFunctionExHoldsArgs && callee instanceof PyFunction && callee.code.genBody === undefined;
    const [cargs, ckw] = holds ? tpCallPrepend(tc, undefined) : exCallArgs(tc);
    if (!holds) endTpCall(tc);
    if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOther(callee, cargs, ckw, site);
    // the function's frame run here, without a finally (a decorator's wrapper is on the recursion path)
    let fr: Frame;
    try {
      fr = pushOrRelease(callee, cargs, ckw);
    } catch (x) {
      if (holds) endTpCall(tc);
      throw x;
    }
    try {
      fr.code.run(fr);
    } catch (x) {
      let e = x;
      try {
        addTraceback(x, fr);
      } catch (y) {
        e = y;
      }
      S.frame = fr.back;
      clearFrame(fr);
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

/** the operands a call received borrowed (3.14's LOAD_FAST_BORROW; see borrowAnalysis.ts) */
function lentValues(plan: ArgPlan, bw: CallBorrows, args: unknown[], withSelf: boolean, kw: Map<string, unknown> | null): unknown[] {
  const out: unknown[] = [];
  if (withSelf && bw.recv) out.push(args[0]);
  const off = withSelf ? 1 : 0;
  for (let i = 0; i < bw.pos.length; i++) if (bw.pos[i]) out.push(args[off + i]);
  for (let i = 0; i < bw.kw.length; i++) if (bw.kw[i] && kw !== null) out.push(kw.get(plan.kws[i].name!));
  return out;
}

/** any other callable with borrowed operands: they are borrowed while the call runs */
function callOtherLent(callee: unknown, args: unknown[], kw: Map<string, unknown> | null, lent: unknown[], site: CallSite): unknown {
  for (const v of lent) borrowRef(v);
  try {
    return callOther(callee, args, kw, site);
  } finally {
    for (const v of lent) unborrowRef(v);
  }
}

/** a call some of whose operands are borrowed locals: a Python callee's parameters stay borrowed */
function compileBorrowingCall(e: A.Call, ctx: Ctx, plan: ArgPlan, bw: CallBorrows): EFn {
  if (e.func.kind === 'Attribute') {
    const recv = compileExpr(e.func.value, ctx);
    const name = e.func.attr;
    const site: CallSite = { runs: 0 };
    return (f) => {
      const m = loadMethod(recv(f), name);
      const callable = m[0];
      const args = evalMethodPositional(plan, f, m);
      const kw = evalKeywords(plan, f, callable, args);
      const lent = lentValues(plan, bw, args, m[1] !== undefined, kw);
      if (!(callable instanceof PyFunction) || callable.code.genBody !== undefined) return callOtherLent(callable, args, kw, lent, site);
      const fr = pushOrRelease(callable, args, kw);
      borrowIntoFrame(fr, lent);
      try {
        fr.code.run(fr);
        return fr.retval;
      } catch (x) {
        addTraceback(x, fr);
        throw x;
      } finally {
        S.frame = fr.back;
        clearFrame(fr);
        decref(callable);
      }
    };
  }
  const fn = compileExpr(e.func, ctx);
  const site: CallSite = { runs: 0 };
  return (f) => {
    const callee = fn(f);
    const args = evalPositional(plan, f, callee);
    const kw = evalKeywords(plan, f, callee, args);
    const lent = lentValues(plan, bw, args, false, kw);
    if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOtherLent(callee, args, kw, lent, site);
    const fr = pushOrRelease(callee, args, kw);
    borrowIntoFrame(fr, lent);
    try {
      fr.code.run(fr);
      return fr.retval;
    } catch (x) {
      addTraceback(x, fr);
      throw x;
    } finally {
      S.frame = fr.back;
      clearFrame(fr);
      decref(callee);
    }
  };
}

function evalSimple(pos: EltFn[], f: Frame): unknown[] {
  const n = pos.length;
  const out = new Array(n);
  let i = 0;
  if (n > 1) S.pending.push(out);
  try {
    for (; i < n; i++) out[i] = pos[i].fn(f);
  } catch (x) {
    for (let j = 0; j < i; j++) decref(out[j]);
    throw x;
  } finally {
    if (n > 1) S.pending.pop();
  }
  return out;
}
