// Statements compile to closures returning a completion code: NORMAL, or BREAK/CONTINUE/RETURN
// travelling up to the loop or function that handles them (never exceptions: those are only
// for Python errors).

import { compileAnnotation } from './annotations';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref, obs } from '../../objects/object';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { inplaceOp } from '../ops';
import { getAttr, setAttr } from '../attr';
import { getItem, setItem } from '../protocols';
import { PyError, newExc, raise, typeError, pyErrorFromJs } from '../errors';
import { PyInstance } from '../../objects/instance';
import { PyType } from '../../objects/type';
import { PyTuple } from '../../objects/tuple';
import { callObject } from '../call';
import { S, StepLimitExceeded } from '../state';
import * as BT from '../../objects/builtinTypes';
import { importModule } from '../../modules/registry';
import { compileExpr, truthOwned, type Ctx, type EFn } from './expr';
import { compileDelete, compileStore, storeName, deleteName } from './target';
import { applyDecorators, classMaker, functionMaker, makeCode } from './functions';
import { addTraceback } from '../tracebackChain';

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type SFn = (f: Frame) => number;

export { addTraceback };

/** the line event: count the step, tell the observer */
function lineEvent(f: Frame, line: number): void {
  f.line = line;
  if (++S.steps > S.maxSteps) throw new StepLimitExceeded(S.steps - 1);
  if (obs !== null) obs.line(f, line);
}

export function compileBlock(body: A.Stmt[], ctx: Ctx): SFn {
  const fns = body.map((s) => compileStmt(s, ctx));
  if (fns.length === 0) return () => NORMAL;
  if (fns.length === 1) return fns[0];
  if (fns.length === 2) {
    const [a, b] = fns;
    return (f) => {
      const r = a(f);
      if (r !== NORMAL) return r;
      return b(f);
    };
  }
  const n = fns.length;
  return (f) => {
    for (let i = 0; i < n; i++) {
      const r = fns[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

export function compileStmt(st: A.Stmt, ctx: Ctx): SFn {
  const inner = compileInner(st, ctx);
  const line = st.line;
  // compound statements emit their own line events (a loop's header on every iteration)
  if (st.kind === 'For' || st.kind === 'While' || st.kind === 'Try') return inner;
  return (f) => {
    f.line = line;
    if (++S.steps > S.maxSteps) throw new StepLimitExceeded(S.steps - 1);
    if (obs !== null) obs.line(f, line);
    return inner(f);
  };
}

function compileInner(st: A.Stmt, ctx: Ctx): SFn {
  switch (st.kind) {
    case 'ExprStmt': {
      const e = compileExpr(st.value, ctx);
      return (f) => {
        decref(e(f));
        return NORMAL;
      };
    }
    case 'Assign': {
      const value = compileExpr(st.value, ctx);
      const stores = st.targets.map((t) => compileStore(t, ctx));
      if (stores.length === 1) {
        const s0 = stores[0];
        return (f) => {
          s0(f, value(f));
          return NORMAL;
        };
      }
      return (f) => {
        const v = value(f);
        for (let i = 0; i < stores.length; i++) {
          if (i < stores.length - 1) incref(v);
          stores[i](f, v);
        }
        return NORMAL;
      };
    }
    case 'AnnAssign': {
      const ann = compileAnnotation(st, ctx);
      if (st.value === null) return (f) => (ann(f), NORMAL);
      const value = compileExpr(st.value, ctx);
      const store = compileStore(st.target, ctx);
      return (f) => {
        store(f, value(f));
        ann(f);
        return NORMAL;
      };
    }
    case 'AugAssign':
      return compileAugAssign(st, ctx);
    case 'Delete': {
      const dels = st.targets.map((t) => compileDelete(t, ctx));
      return (f) => {
        for (const d of dels) d(f);
        return NORMAL;
      };
    }
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return () => NORMAL;
    case 'Break':
      return () => BREAK;
    case 'Continue':
      return () => CONTINUE;
    case 'Return': {
      const v = st.value ? compileExpr(st.value, ctx) : null;
      return (f) => {
        f.retval = v === null ? null : v(f);
        return RETURN;
      };
    }
    case 'If': {
      const test = compileExpr(st.test, ctx);
      const body = compileBlock(st.body, ctx);
      const orelse = compileBlock(st.orelse, ctx);
      return (f) => {
        const t = test(f);
        if (t === true || (t !== false && truthOwned(t))) return body(f);
        return orelse(f);
      };
    }
    case 'While':
      return compileWhile(st, ctx);
    case 'For':
      return compileFor(st, ctx);
    case 'FunctionDef':
      return compileFunctionDef(st, ctx);
    case 'ClassDef':
      return compileClassDef(st, ctx);
    case 'Try':
      return compileTry(st, ctx);
    case 'Raise':
      return compileRaise(st, ctx);
    case 'Assert': {
      const test = compileExpr(st.test, ctx);
      const msg = st.msg ? compileExpr(st.msg, ctx) : null;
      return (f) => {
        if (truthOwned(test(f))) return NORMAL;
        if (msg === null) raise(BT.T_AssertionError);
        const m = msg(f);
        const e = newExc(BT.T_AssertionError, [m]);
        throw new PyError(e);
      };
    }
    case 'Import': {
      const stores = st.names.map((a) => {
        const bindName = a.asname ?? a.name.split('.')[0];
        return { mod: a.asname ? a.name : a.name.split('.')[0], full: a.name, store: storeName(bindName, ctx) };
      });
      return (f) => {
        for (const s of stores) {
          importModule(s.full);
          s.store(f, importModule(s.mod));
        }
        return NORMAL;
      };
    }
    case 'ImportFrom': {
      const mod = st.module;
      const stores = st.names.map((a) => ({ name: a.name, store: storeName(a.asname ?? a.name, ctx) }));
      return (f) => {
        const m = importModule(mod);
        for (const s of stores) {
          let v: unknown;
          try {
            v = getAttr(m, s.name);
          } catch (e) {
            if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError)) {
              decref(e.exc);
              raise(BT.T_ImportError, `cannot import name '${s.name}' from '${mod}' (unknown location)`);
            }
            throw e;
          }
          s.store(f, v);
        }
        return NORMAL;
      };
    }
  }
}

function compileAugAssign(st: A.AugAssign, ctx: Ctx): SFn {
  const op = st.op;
  const value = compileExpr(st.value, ctx);
  const t = st.target;
  if (t.kind === 'Name') {
    const load = compileExpr(t, ctx);
    const store = storeName(t.id, ctx);
    return (f) => {
      const a = load(f);
      let b: unknown;
      try {
        b = value(f);
      } catch (x) {
        decref(a);
        throw x;
      }
      let r: unknown;
      if (op === '+' && typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) r = a + b;
      else {
        try {
          r = inplaceOp(op, a, b);
        } finally {
          decref(a);
          decref(b);
        }
      }
      store(f, r);
      return NORMAL;
    };
  }
  if (t.kind === 'Attribute') {
    const obj = compileExpr(t.value, ctx);
    const name = t.attr;
    return (f) => {
      const o = obj(f);
      try {
        const a = getAttr(o, name);
        let r: unknown;
        try {
          const b = value(f);
          try {
            r = inplaceOp(op, a, b);
          } finally {
            decref(b);
          }
        } finally {
          decref(a);
        }
        try {
          setAttr(o, name, r);
        } finally {
          decref(r);
        }
      } finally {
        decref(o);
      }
      return NORMAL;
    };
  }
  if (t.kind === 'Subscript') {
    const obj = compileExpr(t.value, ctx);
    const key = compileExpr(t.index, ctx);
    return (f) => {
      const o = obj(f);
      let k: unknown;
      try {
        k = key(f);
      } catch (x) {
        decref(o);
        throw x;
      }
      try {
        const a = getItem(o, k);
        let r: unknown;
        try {
          const b = value(f);
          try {
            r = inplaceOp(op, a, b);
          } finally {
            decref(b);
          }
        } finally {
          decref(a);
        }
        try {
          setItem(o, k, r);
        } finally {
          decref(r);
        }
      } finally {
        decref(o);
        decref(k);
      }
      return NORMAL;
    };
  }
  return () => raise(BT.T_SyntaxError, "'expression' is an illegal expression for augmented assignment");
}

function compileWhile(st: A.While, ctx: Ctx): SFn {
  const test = compileExpr(st.test, ctx);
  const body = compileBlock(st.body, ctx);
  const orelse = compileBlock(st.orelse, ctx);
  const line = st.line;
  return (f) => {
    for (;;) {
      lineEvent(f, line);
      const t = test(f);
      if (!(t === true || (t !== false && truthOwned(t)))) break;
      const r = body(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
    }
    return orelse(f);
  };
}

function compileFor(st: A.For, ctx: Ctx): SFn {
  const iterable = compileExpr(st.iter, ctx);
  const store = compileStore(st.target, ctx);
  const body = compileBlock(st.body, ctx);
  const orelse = compileBlock(st.orelse, ctx);
  const line = st.line;
  return (f) => {
    lineEvent(f, line);
    const src = iterable(f);
    let it: unknown;
    try {
      it = getIter(src);
    } finally {
      decref(src);
    }
    // the iterator is the loop's hidden temporary; the frame lists it for the trace
    f.iters.push(it);
    let first = true;
    try {
      for (;;) {
        if (!first) lineEvent(f, line);
        first = false;
        const v = iterNext(it);
        if (v === STOP) break;
        store(f, v);
        const r = body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
      }
    } finally {
      const i = f.iters.lastIndexOf(it);
      if (i >= 0) f.iters.splice(i, 1);
      decref(it);
    }
    return orelse(f);
  };
}

function compileFunctionDef(st: A.FunctionDef, ctx: Ctx): SFn {
  const inner = ctx.byNode.get(st)!;
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode, classCell: ctx.scope.kind === 'class' ? ctx.classCell : ctx.classCell };
  const body = compileBlock(st.body, ictx);
  const code = makeCode(inner, st.name, st.line, (f) => {
    if (body(f) !== RETURN) f.retval = null;
  }, st.args);
  const make = functionMaker(code, inner, st.args, ctx);
  const decos = st.decorators.map((d) => compileExpr(d, ctx));
  const store = storeName(st.name, ctx);
  return (f) => {
    const fn = make(f);
    store(f, decos.length > 0 ? applyDecorators(f, fn, decos) : fn);
    return NORMAL;
  };
}

function compileClassDef(st: A.ClassDef, ctx: Ctx): SFn {
  const inner = ctx.byNode.get(st)!;
  const cell = { cls: null as unknown };
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode, classCell: cell };
  const body = compileBlock(st.body, ictx);
  const make = classMaker(st, ctx, (f) => void body(f), inner, cell);
  const decos = st.decorators.map((d) => compileExpr(d, ctx));
  const store = storeName(st.name, ctx);
  return (f) => {
    const cls = make(f);
    store(f, decos.length > 0 ? applyDecorators(f, cls, decos) : cls);
    return NORMAL;
  };
}

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

function compileRaise(st: A.Raise, ctx: Ctx): SFn {
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

function compileTry(st: A.Try, ctx: Ctx): SFn {
  const body = compileBlock(st.body, ctx);
  const handlers: Handler[] = st.handlers.map((h) => ({
    type: h.type ? compileExpr(h.type, ctx) : null,
    store: h.name ? storeName(h.name, ctx) : null,
    del: h.name ? deleteName(h.name, ctx) : null,
    body: compileBlock(h.body, ctx),
    line: h.line,
  }));
  const orelse = compileBlock(st.orelse, ctx);
  const finalbody = st.finalbody.length > 0 ? compileBlock(st.finalbody, ctx) : null;
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

  const tryExcept = (f: Frame): number => {
    let r: number;
    try {
      r = body(f);
    } catch (x) {
      if (!(x instanceof PyError)) {
        const e = pyErrorFromJs(x);
        if (e !== null) {
          addTraceback(e, f);
          if (handlers.length > 0) return runHandlers(f, e);
          throw e;
        }
        throw x;
      }
      addTraceback(x, f);
      if (handlers.length === 0) throw x;
      return runHandlers(f, x);
    }
    if (r !== NORMAL) return r;
    return orelse(f);
  };

  if (finalbody === null) {
    return (f) => {
      lineEvent(f, line);
      return tryExcept(f);
    };
  }
  return (f) => {
    lineEvent(f, line);
    let r: number;
    try {
      r = tryExcept(f);
    } catch (x) {
      if (x instanceof PyError) addTraceback(x, f);
      if (x instanceof StepLimitExceeded) throw x;
      const savedRet = f.retval;
      let fr: number;
      try {
        fr = finalbody(f);
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
    }
    // on return, the value waits while finally runs
    const ret = f.retval;
    const fr = finalbody(f);
    if (fr !== NORMAL) {
      if (r === RETURN && fr === RETURN) decref(ret);
      return fr;
    }
    if (r === RETURN) f.retval = ret;
    return r;
  };
}

export function compileModuleBody(mod: A.Module, ctx: Ctx): SFn {
  return compileBlock(mod.body, ctx);
}

