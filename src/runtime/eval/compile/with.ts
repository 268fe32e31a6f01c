// The with statement (compile.c's compiler_with; ceval.c's BEFORE_WITH and WITH_EXCEPT_START):
// __enter__ and __exit__ are looked up on the type, the bound __exit__ stays on the value stack
// for the whole block (so the manager is referenced twice while the body runs), __exit__ gets
// (type, value, traceback) or three Nones, and a true result swallows the exception.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyFunction, BuiltinMethodDescr, newBoundMethod, newBuiltinBound } from '../../objects/function';
import { callObject } from '../call';
import { PyError, typeError, pyErrorFromJs } from '../errors';
import { addTraceback } from '../tracebackChain';
import { typeOf } from '../../objects/typeobject/typeOf';
import { compileExpr, truthOwned, type Ctx } from './expr';
import { compileStore } from './target';
import { NORMAL, RETURN, lineEvent, type SFn } from './stmt';
import { NOOP, returnTail, type ReturnTail } from './tail';
import { profile } from '../../versions';
import { isSafeLoad } from './borrowAnalysis';
import { bodyStaysInBlock, enterWithSpecial, exitNormalSpecial, exitWithErrorSpecial, type Special } from './withSpecial';

/** _PyObject_LookupSpecial: the type's attribute, bound to the object (a new reference) */
export function bindSpecial(v: unknown, o: unknown): unknown {
  if (v instanceof PyFunction) return newBoundMethod(incref(v), incref(o));
  if (v instanceof BuiltinMethodDescr) return newBuiltinBound(v, incref(o));
  return incref(v);
}

/** BEFORE_WITH: consumes the manager; returns [bound __exit__, what __enter__ returned] */
export function enterWith(mgr: unknown): [unknown, unknown] {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  if (enter === undefined) {
    decref(mgr);
    return typeError(`'${t.name}' object does not support the context manager protocol`);
  }
  const exit = t.lookup('__exit__');
  if (exit === undefined) {
    decref(mgr);
    return typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundEnter = bindSpecial(enter, mgr);
  const boundExit = bindSpecial(exit, mgr);
  decref(mgr);
  let res: unknown;
  try {
    res = callObject(boundEnter, [], null);
  } catch (x) {
    decref(boundExit);
    throw x;
  } finally {
    decref(boundEnter);
  }
  return [boundExit, res];
}

/** the block ended without an exception (r: its completion): __exit__(None, None, None) */
export function exitNormal(f: Frame, exit: unknown, r: number): void {
  try {
    decref(callObject(exit, [null, null, null], null));
  } catch (x) {
    if (r === RETURN) {
      decref(f.retval);
      f.retval = null;
    }
    throw x;
  } finally {
    decref(exit);
  }
}

/** WITH_EXCEPT_START: __exit__(type, value, tb) while the exception is being handled; NORMAL if it swallowed it */
/** `self`: 3.14's unbound __exit__ with its self on the stack (withSpecial.ts; borrowed here) */
export function exitWithError(f: Frame, exit: unknown, x: unknown, self?: unknown): number {
  let err: PyError;
  if (x instanceof PyError) err = x;
  else {
    const e = pyErrorFromJs(x);
    if (e === null) {
      decref(exit);
      throw x;
    }
    err = e;
  }
  addTraceback(err, f);
  const exc = err.exc;
  // exc_info holds the error's reference; PUSH_EXC_INFO also left the exception on the value
  // stack, where it stays while __exit__ runs (one reference more than in an except block)
  f.handling.push(exc);
  incref(exc);
  let res: unknown;
  try {
    const info = [incref(exc.cls), incref(exc), incref(exc.tb)];
    res = callObject(exit, self === undefined ? info : [incref(self), ...info], null);
  } catch (y) {
    if (y instanceof PyError && y.exc !== exc && y.exc.excContext === undefined) y.exc.excContext = incref(exc);
    decref(exc);
    throw y;
  } finally {
    f.handling.pop();
    decref(exc);
    decref(exit);
  }
  let swallow: boolean;
  try {
    swallow = truthOwned(res);
  } catch (y) {
    decref(exc);
    throw y;
  }
  if (swallow) {
    decref(exc);
    return NORMAL;
  }
  throw err;
}

export function compileWith(st: A.With, ctx: Ctx, before: SFn | null = null, line = 0): SFn {
  // the innermost item runs the body, evaluating a closing `return X` itself; the outermost runs
  // the statements before the with and its line event (tail.ts: fewer JS frames per Python level)
  const n = st.items.length;
  let inner: SFn | null = null;
  for (let i = n - 1; i >= 0; i--) {
    const body: ReturnTail = inner === null ? returnTail(st.body, ctx) : { pre: inner, has: false, line: 0, value: null, ret: true, store: null };
    inner = withItem(st.items[i], body, ctx, i === 0 ? before : null, i === 0 ? line : 0, i === n - 1 ? st.body : null);
  }
  return inner!;
}

/** `stmts`: the with's body when this is its last item (null: another item follows) */
function withItem(item: A.WithItem, tail: ReturnTail, ctx: Ctx, before: SFn | null, line: number, stmts: A.Stmt[] | null): SFn {
  const mgr = compileExpr(item.context, ctx);
  // 3.14: LOAD_SPECIAL keeps the manager on the stack (withSpecial.ts), borrowed if it may be
  const special = profile.withLoadSpecial;
  const lent = special && profile.borrowedLocalLoads && stmts !== null && isSafeLoad(item.context) && bodyStaysInBlock(stmts);
  const enter: (m: unknown) => [unknown, unknown] = special ? (m) => enterWithSpecial(m, lent) : enterWith;
  const exitError = special ? (f: Frame, e: unknown, x: unknown) => exitWithErrorSpecial(f, e as Special, x) : exitWithError;
  const exitDone = special ? (f: Frame, e: unknown, r: number) => exitNormalSpecial(f, e as Special, r) : exitNormal;
  const store = item.target !== null ? compileStore(item.target, ctx) : null;
  const { pre: body, has: bHas, line: bLine, value: bVal } = tail;
  return (f) => {
    if (before !== null) {
      const b = before(f);
      if (b !== NORMAL) return b;
    }
    if (line !== 0) lineEvent(f, line);
    const entered = enter(mgr(f));
    const exit = entered[0];
    const res = entered[1];
    let r: number;
    try {
      if (store !== null) store(f, res);
      else decref(res);
      r = body === NOOP ? NORMAL : body(f);
      if (bHas && r === NORMAL) {
        lineEvent(f, bLine);
        f.retval = bVal === null ? null : bVal(f);
        r = RETURN;
      }
    } catch (x) {
      return exitError(f, exit, x);
    }
    exitDone(f, exit, r);
    return r;
  };
}
