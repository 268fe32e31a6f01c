// Calls (compile.c's compiler_call): positional and keyword arguments, * and ** unpacking, and
// the LOAD_METHOD / CALL shortcut for `obj.method(...)`.

import { quickened } from '../specialize/warmup';
import { GENERIC, newSpecSite, type SpecSite } from '../specialize/cache';
import { callSiteRun, newCallSpecSite } from '../specialize/callSite';
import { PyInstance } from '../../objects/instance';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyDict } from '../../objects/dict';
import { loadMethod } from '../attr';
import { callBorrowing, callObject, clearFrame, frameRaised, pushFrame, releaseArgs } from '../call';
import { S } from '../state';
import { keyError, typeError } from '../errors';
import { dictIterMergeable, dictMergeGeneric, formatKwargsError, type MergeTarget } from '../../builtins/methods/dictMerge';
import { BuiltinMethodDescr, PyBoundMethod, PyBuiltin, PyBuiltinBound, PyFunction } from '../../objects/function';
import { WHERE_CALL, builtinCallEnters, enterRecursiveCall, leaveRecursiveCall } from '../ceval/recursion';
import { PyType } from '../../objects/typeobject/type';
import { callType } from '../../objects/typeobject/typeCall';
import { compileSuper } from './functions';
import { compileExpr, type Ctx, type EFn } from './expr';
import { compileElt, evalElts, type EltFn, type Lending } from './displays';
import { borrowPart, callExPart, specializePart } from '../../parts';
import { profile } from '../../versions';
import { evalBreakerAfterCall, type CallSite } from '../evalBreaker';

export interface ArgPlan {
  pos: EltFn[];
  kws: { name: string | null; fn: EFn }[];
  simple: boolean;
  /** 3.14, CALL_FUNCTION_EX: keyword operands loaded borrowed, released as they are consumed */
  lend?: Lending | null;
}

export function planArgs(e: A.Call, ctx: Ctx): ArgPlan {
  const pos = e.args.map((a) => compileElt(a, ctx));
  const kws = e.keywords.map((k) => ({ name: k.name, fn: compileExpr(k.value, ctx) }));
  return { pos, kws, simple: kws.length === 0 && pos.every((p) => !p.star) };
}

function evalKw(plan: ArgPlan, f: Frame, callee: unknown): Map<string, unknown> | null {
  if (plan.kws.length === 0) return null;
  const kw = new Map<string, unknown>();
  // a key that is not a string goes into CPython's dict; the call refuses it once all are in
  let notStr = false;
  const target: MergeTarget = {
    has: (k) => typeof k === 'string' && kw.has(k),
    put: (k, v) => {
      if (typeof k !== 'string') notStr = true;
      else kw.set(k, incref(v));
    },
  };
  const lend = plan.lend ?? null;
  // what a keyword's load lent ends at its run's BUILD_MAP or, for a `**`, at its DICT_MERGE
  const run = lend === null ? 0 : lend.mark();
  try {
    for (const k of plan.kws) {
      if (k.name === null) lend?.release(run);
      const v = k.fn(f);
      if (k.name !== null) {
        if (kw.has(k.name)) {
          decref(v);
          typeError(`keywords must be unique: '${k.name}'`);
        }
        kw.set(k.name, v);
        continue;
      }
      // DICT_MERGE: _PyDict_MergeEx(kwargs, v, 2), its errors as format_kwargs_error words them
      try {
        if (dictIterMergeable(v)) {
          for (const i of v.positions()) {
            if (target.has(v.ks[i])) keyError(incref(v.ks[i]));
            target.put(v.ks[i], v.vs[i]);
          }
        } else dictMergeGeneric(target, v, 2);
      } catch (x) {
        throw formatKwargsError(x, callee, v);
      } finally {
        lend?.release(run);
        decref(v);
      }
    }
    lend?.release(run);
    if (notStr) typeError('keywords must be strings');
  } catch (x) {
    lend?.release(run);
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
export function evalPositional(plan: ArgPlan, f: Frame, callee: unknown): unknown[] {
  try {
    return plan.simple ? evalSimple(plan.pos, f) : evalElts(plan.pos, f, undefined, false, plan.lend ?? null);
  } catch (x) {
    decref(callee);
    throw x;
  }
}

/** a method call's positional arguments, self first when LOAD_METHOD found a plain function; on an error both are released */
export function evalMethodPositional(plan: ArgPlan, f: Frame, m: [unknown, unknown]): unknown[] {
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
export function evalKeywords(plan: ArgPlan, f: Frame, callee: unknown, args: unknown[]): Map<string, unknown> | null {
  if (plan.kws.length === 0) return null;
  try {
    return evalKw(plan, f, callee);
  } catch (x) {
    releaseArgs(args, null);
    decref(callee);
    throw x;
  }
}

/** pushFrame; on an error (RecursionError) the callee is released */
export function pushOrRelease(callee: PyFunction, args: unknown[], kw: Map<string, unknown> | null): Frame {
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
export function leaveCall(fr: Frame, callee: unknown): unknown {
  const ret = fr.retval;
  S.frame = fr.back;
  clearFrame(fr);
  decref(callee);
  return ret;
}

/** any other callable: callObject, the callee released after */
export function callOther(callee: unknown, args: unknown[], kw: Map<string, unknown> | null, site?: CallSite): unknown {
  const nargs = args.length;
  const generic = site !== undefined && site.runs++ === 0; // the first run of a CALL is not specialised yet
  const called = callee;
  // 3.13+: the site's inline cache sees every run (CALL_ALLOC_AND_ENTER_INIT for a class)
  const spec = site === undefined ? null : site.spec;
  const enterInit = spec !== null && kw === null && callSiteRun(spec, S.frame!, callee, nargs);
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
  // the builtin's recursion check (cfunction_enter_call...); a builtin method's on the generic path
  const enters = builtinEnter(callee, args, kw, site, generic);
  try {
    r = builtin ? (callee as PyBuiltin).fn(args, kw) : callee instanceof PyType ? callType(callee, args, kw, spec !== null ? enterInit : specialisedSite(site, generic)) : callObject(callee, args, kw, true);
  } catch (x) {
    if (enters) leaveRecursiveCall();
    if (builtin) releaseArgs(args, kw);
    decref(callee);
    throw x;
  }
  if (enters) leaveRecursiveCall();
  if (builtin) releaseArgs(args, kw);
  decref(callee);
  evalBreakerAfterCall(called, nargs, generic);
  return r;
}

/** the call site runs specialised: 3.11 once its code object is quickened, 3.12+ from its second run */
function specialisedSite(site: CallSite | undefined, generic: boolean): boolean {
  return site !== undefined && (profile.quickeningWarmup > 0 ? quickened(S.frame!.code) : !generic);
}

/** a builtin's call enters the recursion check here (true: leave it after); on a RecursionError the arguments and the callee are released */
function builtinEnter(callee: unknown, args: unknown[], kw: Map<string, unknown> | null, site: CallSite | undefined, generic: boolean): boolean {
  const specialised = specialisedSite(site, generic);
  const enters = callee instanceof PyBuiltin ? builtinCallEnters(callee.module, callee.name, specialised, args.length, kw !== null) : !specialised && (callee instanceof PyBuiltinBound || callee instanceof BuiltinMethodDescr);
  if (!enters) return false;
  try {
    enterRecursiveCall(WHERE_CALL);
  } catch (x) {
    releaseArgs(args, kw);
    decref(callee);
    throw x;
  }
  return true;
}

/** a method load at a 3.12 site that may have specialised: the attribute as a plain value, or loadMethod's pair */
function loadMethodSpecialized(spec: SpecSite, f: Frame, o: unknown, name: string): [unknown, unknown] {
  if (o instanceof PyInstance) {
    const r = specializePart().loadAttrSpecialized(spec, f, o, name);
    if (r !== GENERIC) return [r, undefined];
  }
  return loadMethod(o, name);
}

/** one argument, evaluated; on an error the callee is released */
export function evalArg(a0: EFn, f: Frame, callee: unknown): unknown {
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
  const borrows = profile.borrowedLocalLoads ? borrowPart().planBorrows(e, ctx) : null;
  if (borrows !== null) return borrowPart().compileBorrowingCall(e, ctx, borrowPart().lendingArgs(e, borrows, () => planArgs(e, ctx)), borrows);
  const plan = planArgs(e, ctx);
  // obj.method(...) without making a bound method (LOAD_METHOD / CALL)
  // f(*a, **k), obj.m(*a): CALL_FUNCTION_EX, the callable loaded as it is (LOAD_ATTR: a bound method)
  if (plan.pos.some((p) => p.star) || plan.kws.some((k) => k.name === null)) {
    const lend = profile.borrowedLocalLoads ? borrowPart().callExLending(e) : null;
    return callExPart().compileCallEx(compileExpr(e.func, ctx), lend === null ? plan : lend.compile(() => ({ ...planArgs(e, ctx), lend })), lend);
  }
  if (e.func.kind === 'Attribute') {
    const recv = compileExpr(e.func.value, ctx);
    const name = e.func.attr;
    const site: CallSite = { runs: 0, spec: newCallSpecSite() };
    // 3.12: the method load specialises too (LOAD_ATTR_PROPERTY / _GETATTRIBUTE_OVERRIDDEN)
    const spec = profile.loadMethodPythonFrames ? newSpecSite() : null;
    return (f) => {
      const m = spec === null ? loadMethod(recv(f), name) : loadMethodSpecialized(spec, f, recv(f), name);
      const callable = m[0];
      const args = evalMethodPositional(plan, f, m);
      const kw = evalKeywords(plan, f, callable, args);
      if (!(callable instanceof PyFunction) || callable.code.genBody !== undefined) return callOther(callable, args, kw, site);
      if (site.spec !== null && kw === null) callSiteRun(site.spec, f, callable, args.length);
      const fr = pushOrRelease(callable, args, kw);
      try {
        fr.code.run(fr);
      } catch (x) {
        const e = frameRaised(x, fr);
        decref(callable);
        throw e;
      }
      return leaveCall(fr, callable);
    };
  }
  const fn = compileExpr(e.func, ctx);
  if (plan.simple && plan.pos.length === 1) {
    const a0 = plan.pos[0].fn;
    const site: CallSite = { runs: 0, spec: newCallSpecSite() };
    return (f) => {
      const callee = fn(f);
      const a = evalArg(a0, f, callee);
      if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOther(callee, [a], null, site);
      if (site.spec !== null) callSiteRun(site.spec, f, callee, 1);
      const fr = pushOrRelease(callee, [a], null);
      try {
        fr.code.run(fr);
      } catch (x) {
        const e = frameRaised(x, fr);
        decref(callee);
        throw e;
      }
      return leaveCall(fr, callee);
    };
  }
  const site: CallSite = { runs: 0, spec: newCallSpecSite() };
  return (f) => {
    const callee = fn(f);
    const args = evalPositional(plan, f, callee);
    const kw = evalKeywords(plan, f, callee, args);
    if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOther(callee, args, kw, site);
    if (site.spec !== null && kw === null) callSiteRun(site.spec, f, callee, args.length);
    const fr = pushOrRelease(callee, args, kw);
    try {
      fr.code.run(fr);
    } catch (x) {
      const e = frameRaised(x, fr);
      decref(callee);
      throw e;
    }
    return leaveCall(fr, callee);
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
