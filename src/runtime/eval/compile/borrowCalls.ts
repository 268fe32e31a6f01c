// 3.14's calls with borrowed operands (LOAD_FAST_BORROW): a Python callee's parameters stay
// borrowed, any other callable borrows them while it runs. Part of the borrowed-load analysis,
// loaded on first use (parts.ts: borrowPart).

import type * as A from '../../../python/ast';
import { decref, incref } from '../../objects/object';
import { PyBoundMethod, PyFunction } from '../../objects/function';
import { PyInstance } from '../../objects/instance';
import { isSubInstance } from '../../objects/typeobject/subInstance';
import { loadMethod } from '../attr';
import { specializePart } from '../../parts';
import { GENERIC, newSpecSite } from '../specialize/cache';
import { callSiteRun, newCallSpecSite } from '../specialize/callSite';
import { runPushedFrame } from '../call';
import { borrowIntoFrame, borrowRef, unborrowRef } from '../borrow';
import { lendLoad, lentLoads, lentMark, releaseLent } from './borrowOps';
import type { Frame } from '../frame';
import type { CallSite } from '../evalBreaker';
import { isSafeLoad, splitsBlock, type CallBorrows } from './borrowAnalysis';
import type { Lending } from './displays';
import { compileExpr, type Ctx, type EFn } from './expr';
import { callOther, evalKeywords, evalMethodPositional, evalPositional, pushOrRelease, type ArgPlan } from './calls';

/** the operands a call received borrowed (3.14's LOAD_FAST_BORROW; see borrowAnalysis.ts) */
function lentValues(plan: ArgPlan, bw: CallBorrows, args: unknown[], withSelf: boolean, kw: Map<string, unknown> | null): unknown[] {
  const out: unknown[] = [];
  if (withSelf && bw.recv) out.push(args[0]);
  const off = withSelf ? 1 : 0;
  for (let i = 0; i < bw.pos.length; i++) if (bw.pos[i]) out.push(args[off + i]);
  for (let i = 0; i < bw.kw.length; i++) if (bw.kw[i] && kw !== null) out.push(kw.get(plan.kws[i].name!));
  return out;
}

/** an instance whose class defines __getattr__ (specialize/sites.ts loadAttrMethodPastGetattr) */
function getattrHook(o: unknown): boolean {
  const t = o instanceof PyInstance ? o.cls : isSubInstance(o) ? o.heapType : null;
  return t !== null && t.lookup('__getattr__') !== undefined;
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

/**
 * compile a call's arguments with its borrowed ones lent from their loads (each stays on the stack
 * borrowed while the later arguments run); the call takes them over once all are evaluated
 */
export function lendingArgs<T>(e: A.Call, bw: CallBorrows, compile: () => T): T {
  const names: A.Name[] = [];
  e.args.forEach((a, i) => bw.pos[i] && names.push(a as A.Name));
  e.keywords.forEach((k, i) => bw.kw[i] && names.push(k.value as A.Name));
  for (const n of names) lentLoads.add(n);
  try {
    return compile();
  } finally {
    for (const n of names) lentLoads.delete(n);
  }
}

/**
 * CALL_FUNCTION_EX's borrowed operands (LOAD_FAST_BORROW, dis 3.14.2), each a local consumed in
 * its load's block: positional items as a list display's; a sole `*a`, made a tuple by CALL_FUNCTION_EX once the keywords are in (none
 * of them may open a block); a `**k`, merged by the DICT_MERGE right after it; a keyword's value,
 * put in a dict by its run's BUILD_MAP (at the next `**` or the end: no value of the run after it
 * may open a block). Null when none is.
 */
export function callExLending(e: A.Call): (Lending & { compile<T>(c: () => T): T }) | null {
  const names: A.Expr[] = [];
  const kws = e.keywords;
  const a = e.args.length === 1 && e.args[0].kind === 'Starred' ? e.args[0].value : null;
  if (a !== null) {
    if (isSafeLoad(a) && !kws.some((k) => splitsBlock(k.value))) names.push(a);
  } else {
    // starunpack_helper: the items before the first `*` consumed by BUILD_LIST i (all of them by
    // BUILD_TUPLE n when there is none), each `*x` by its LIST_EXTEND (as in a display)
    const first = e.args.findIndex((x) => x.kind === 'Starred');
    const head = first < 0 ? e.args : e.args.slice(0, first);
    let split = false;
    if (e.args.length <= 30) {
      for (let i = head.length - 1; i >= 0; i--) {
        if (!split && isSafeLoad(head[i])) names.push(head[i]);
        split ||= splitsBlock(head[i]);
      }
    }
    for (const x of e.args) if (x.kind === 'Starred' && isSafeLoad(x.value)) names.push(x.value);
  }
  for (let i = 0; i < kws.length; i++) {
    let split = false;
    if (kws[i].name !== null) for (let j = i + 1; j < kws.length && kws[j].name !== null; j++) split ||= splitsBlock(kws[j].value);
    if (!split && isSafeLoad(kws[i].value)) names.push(kws[i].value);
  }
  if (names.length === 0) return null;
  return {
    mark: lentMark,
    release: releaseLent,
    compile(c) {
      for (const n of names) lentLoads.add(n);
      try {
        return c();
      } finally {
        for (const n of names) lentLoads.delete(n);
      }
    },
  };
}

/** a call some of whose operands are borrowed locals: a Python callee's parameters stay borrowed */
export function compileBorrowingCall(e: A.Call, ctx: Ctx, plan: ArgPlan, bw: CallBorrows): EFn {
  if (e.func.kind === 'Attribute') {
    const recv = compileExpr(e.func.value, ctx);
    const name = e.func.attr;
    const site: CallSite = { runs: 0, spec: newCallSpecSite() };
    const spec = newSpecSite();
    return (f) => {
      // a borrowed receiver is borrowed from its load on: while LOAD_ATTR looks the method up (a
      // Python __getattribute__ / __getattr__ sees it) and, as the method's self, while the
      // arguments are evaluated
      const base = lentMark();
      let m: [unknown, unknown];
      let args: unknown[];
      let kw: Map<string, unknown> | null;
      try {
        const o = recv(f);
        if (bw.recv) lendLoad(o);
        const s = bw.recv && getattrHook(o) ? specializePart().loadAttrMethodPastGetattr(spec, f, o, name) : GENERIC;
        m = s === GENERIC ? loadMethod(o, name) : s;
        if (m[1] === undefined) releaseLent(base); // not a method: LOAD_ATTR consumed the receiver
        args = evalMethodPositional(plan, f, m);
        kw = evalKeywords(plan, f, m[0], args);
      } finally {
        releaseLent(base);
      }
      const callable = m[0];
      const lent = lentValues(plan, bw, args, m[1] !== undefined, kw);
      if (!(callable instanceof PyFunction) || callable.code.genBody !== undefined) return callOtherLent(callable, args, kw, lent, site);
      if (site.spec !== null && kw === null) callSiteRun(site.spec, f, callable, args.length);
      const fr = pushOrRelease(callable, args, kw);
      borrowIntoFrame(fr, lent);
      try {
        return runPushedFrame(fr);
      } finally {
        decref(callable);
      }
    };
  }
  const fn = compileExpr(e.func, ctx);
  const site: CallSite = { runs: 0, spec: newCallSpecSite() };
  const callLoaded = (f: Frame, callee: unknown, lentBase: number | null): unknown => {
    // the borrowed arguments are lent from their loads until the CALL (lendingArgs)
    const argBase = lentMark();
    let args: unknown[];
    let kw: Map<string, unknown> | null;
    try {
      args = evalPositional(plan, f, callee);
      kw = evalKeywords(plan, f, callee, args);
    } finally {
      releaseLent(argBase);
    }
    const lent = lentValues(plan, bw, args, false, kw);
    // 3.13+: the site's inline cache sees the run (callOther's own runs see it there)
    const inline = callee instanceof PyBoundMethod ? callee.func instanceof PyFunction && callee.func.code.genBody === undefined : callee instanceof PyFunction && callee.code.genBody === undefined;
    if (inline && site.spec !== null && kw === null) callSiteRun(site.spec, f, callee, args.length);
    if (callee instanceof PyBoundMethod && callee.func instanceof PyFunction && callee.func.code.genBody === undefined) {
      // CALL unpacks a bound method object (bytecodes.c _EXPAND_METHOD): its function and self
      // replace it on the stack, and the borrowed arguments move into the frame as they are
      const bm = callee;
      callee = incref(bm.func);
      args.unshift(incref(bm.self));
      if (lentBase !== null) releaseLent(lentBase);
      decref(bm);
    }
    if (!(callee instanceof PyFunction) || callee.code.genBody !== undefined) return callOtherLent(callee, args, kw, lent, site);
    const fr = pushOrRelease(callee, args, kw);
    borrowIntoFrame(fr, lent);
    try {
      return runPushedFrame(fr);
    } finally {
      decref(callee);
    }
  };
  if (!bw.fn) return (f) => callLoaded(f, fn(f), null);
  // the callable itself is a borrowed local: borrowed until the CALL is done with it
  return (f) => {
    const base = lentMark();
    const callee = fn(f);
    lendLoad(callee);
    try {
      return callLoaded(f, callee, base);
    } finally {
      releaseLent(base);
    }
  };
}
