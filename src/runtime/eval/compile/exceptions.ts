// try/except/else/finally and raise (compile.c's compiler_try_except, compiler_try_finally,
// compiler_raise), with CPython 3.11's handling of the exception being handled (sys.exc_info),
// its context, and `except E as e` deleting e.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyError, raise, typeError, pyErrorFromJs } from '../errors';
import { PyInstance } from '../../objects/instance';
import { PyType } from '../../objects/typeobject/type';
import { PyTuple } from '../../objects/tuple';
import { callObject } from '../call';
import { StepLimitExceeded } from '../state';
import * as BT from '../../objects/builtinTypes';
import { compileExpr, type Ctx, type EFn } from './expr';
import { storeName, deleteName } from './target';
import { addTraceback } from '../tracebackChain';
import { NOOP, returnTail } from './tail';
import { profile } from '../../versions';
import { borrowPart } from '../../parts';

import { NORMAL, RETURN, compileBlock, lineEvent, type SFn } from './stmt';

/** the exception class or instance a `raise` names, as an exception instance (owned) */
function toException(v: unknown): PyInstance {
  if (v instanceof PyType) {
    if (!v.isSubtypeOf(BT.T_BaseException)) {
      decref(v);
      return typeError('exceptions must derive from BaseException');
    }
    const e = callObject(v, [], null);
    decref(v);
    return e as PyInstance;
  }
  if (v instanceof PyInstance && v.cls.isSubtypeOf(BT.T_BaseException)) return v;
  decref(v);
  return typeError('exceptions must derive from BaseException');
}

export function compileRaise(st: A.Raise, ctx: Ctx): SFn {
  const exc = st.exc ? compileExpr(st.exc, ctx) : null;
  const cause = st.cause ? compileExpr(st.cause, ctx) : null;
  return (f) => {
    if (exc === null) {
      const cur = currentHandled(f);
      if (cur === undefined) raise(BT.T_RuntimeError, 'No active exception to reraise');
      throw new PyError(incref(cur) as PyInstance);
    }
    const e = toException(exc(f));
    if (cause !== null) {
      const c = cause(f);
      let cv: unknown = null;
      if (c !== null) cv = c instanceof PyType ? toException(c) : c;
      const old = e.excCause;
      e.excCause = cv;
      e.suppressContext = true;
      decref(old);
    }
    throw new PyError(e);
  };
}

/** the exception being handled in this frame or a caller (sys.exc_info) */
function currentHandled(f: Frame | null): unknown {
  for (let fr = f; fr !== null; fr = fr.back) {
    if (fr.handling.length > 0) return fr.handling[fr.handling.length - 1];
  }
  return undefined;
}

interface Handler {
  type: EFn | null;
  store: ((f: Frame, v: unknown) => void) | null;
  del: ((f: Frame) => void) | null;
  body: SFn;
  line: number;
}

function matches(exc: PyInstance, t: unknown): boolean {
  if (t instanceof PyType) return exc.cls.isSubtypeOf(t);
  if (t instanceof PyTuple) return t.items.some((x) => matches(exc, x));
  return typeError('catching classes that do not inherit from BaseException is not allowed');
}

export function compileTry(st: A.Try, ctx: Ctx, before: SFn | null = null): SFn {
  // a body ending in `return X` evaluates X in the try's own frame; the statements before the try
  // (before) run from it too (tail.ts: fewer JS frames per Python level)
  const { pre: body, has: bHas, line: bLine, value: bVal } = returnTail(st.body, ctx);
  const handlers: Handler[] = st.handlers.map((h) => ({
    type: h.type ? compileExpr(h.type, ctx) : null,
    store: h.name ? storeName(h.name, ctx) : null,
    del: h.name ? deleteName(h.name, ctx) : null,
    body: compileBlock(h.body, ctx),
    line: h.line,
  }));
  const orelse = compileBlock(st.orelse, ctx);
  const finalbody = st.finalbody.length > 0 ? compileBlock(st.finalbody, ctx) : null;
  // 3.14: the copy an exception runs borrows nothing (flow/finallyCopy.ts)
  const finalOnError = finalbody !== null && profile.borrowedLocalLoads ? borrowPart().compileFinallyOnError(st.finalbody, finalbody, () => compileBlock(st.finalbody, ctx)) : finalbody;
  const line = st.line;

  const runHandlers = (f: Frame, err: PyError): number => {
    const exc = err.exc;
    for (const h of handlers) {
      lineEvent(f, h.line);
      if (h.type !== null) {
        const t = h.type(f);
        let ok: boolean;
        try {
          ok = matches(exc, t);
        } finally {
          decref(t);
        }
        if (!ok) continue;
      }
      // the exception is now being handled: exc_info holds the error's reference
      f.handling.push(exc);
      try {
        if (h.store !== null) h.store(f, incref(exc));
        try {
          return h.body(f);
        } finally {
          // `except E as e` ends with `e = None; del e`
          if (h.store !== null) {
            h.store(f, null);
            h.del!(f);
          }
        }
      } catch (x) {
        if (x instanceof PyError && x.exc !== exc && x.exc.excContext === undefined) {
          x.exc.excContext = incref(exc);
        }
        throw x;
      } finally {
        f.handling.pop();
        decref(exc);
      }
    }
    throw err;
  };

  // The exception paths live in functions of their own: the frames that stay on the JS stack
  // while the body runs (one per enclosing try, per Python call level) are kept small.
  const onError = (f: Frame, x: unknown): number => {
    if (!(x instanceof PyError)) {
      const e = pyErrorFromJs(x);
      if (e === null) throw x;
      x = e;
    }
    addTraceback(x as PyError, f);
    if (handlers.length === 0) throw x;
    return runHandlers(f, x as PyError);
  };
  if (finalbody === null) {
    return (f) => {
      if (before !== null) {
        const b = before(f);
        if (b !== NORMAL) return b;
      }
      lineEvent(f, line);
      let r: number;
      try {
        r = body === NOOP ? NORMAL : body(f);
        if (bHas && r === NORMAL) {
          lineEvent(f, bLine);
          f.retval = bVal === null ? null : bVal(f);
          return RETURN;
        }
      } catch (x) {
        return onError(f, x);
      }
      if (r !== NORMAL) return r;
      return orelse(f);
    };
  }
  /** the finally block after an exception: it re-raises, or swallows the exception on return/break */
  const finallyAfterError = (f: Frame, x: unknown): number => {
    if (x instanceof PyError) addTraceback(x, f);
    if (x instanceof StepLimitExceeded) throw x;
    const savedRet = f.retval;
    let fr: number;
    try {
      fr = finalOnError!(f);
    } catch (y) {
      if (y instanceof PyError && x instanceof PyError && y.exc !== x.exc && y.exc.excContext === undefined) {
        y.exc.excContext = x.exc; // the old exception becomes the context (its reference moves)
      } else if (x instanceof PyError) decref(x.exc);
      throw y;
    }
    if (fr !== NORMAL) {
      // return/break in finally swallows the exception
      if (x instanceof PyError) decref(x.exc);
      return fr;
    }
    f.retval = savedRet;
    throw x;
  };
  return (f) => {
    if (before !== null) {
      const b = before(f);
      if (b !== NORMAL) return b;
    }
    lineEvent(f, line);
    let r: number;
    try {
      // try/except/else in this same frame (one JS frame per try statement)
      try {
        r = body === NOOP ? NORMAL : body(f);
        if (bHas && r === NORMAL) {
          lineEvent(f, bLine);
          f.retval = bVal === null ? null : bVal(f);
          r = RETURN;
        }
      } catch (x) {
        r = onError(f, x);
      }
      if (r === NORMAL) r = orelse(f);
    } catch (x) {
      return finallyAfterError(f, x);
    }
    // on return, the value waits while finally runs
    const ret = f.retval;
    const fr = finalbody(f);
    if (fr !== NORMAL) {
      // break, continue or return in finally discards the pending return value
      if (r === RETURN) {
        if (fr !== RETURN) f.retval = null;
        decref(ret);
      }
      return fr;
    }
    if (r === RETURN) f.retval = ret;
    return r;
  };
}

