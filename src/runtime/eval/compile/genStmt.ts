// The body of a generator function or generator expression (compile.c with CO_GENERATOR): every
// statement that contains a `yield` compiles to a JS generator closure, nested with `yield*`, so
// the body can stop at a yield with the JS stack unwound and go on later (gen_send_ex2 resumes it,
// objects/genobject.ts); statements without a yield keep their ordinary closures. JS try/finally
// around a yield runs the Python try/finally when the generator is closed (GeneratorExit thrown in).

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref, obs } from '../../objects/object';
import { getIterSteal, iterNext, STOP } from '../../objects/iter';
import { PyError, typeError, pyErrorFromJs } from '../errors';
import { PyInstance } from '../../objects/instance';
import { PyType } from '../../objects/typeobject/type';
import { PyTuple } from '../../objects/tuple';
import { S, StepLimitExceeded } from '../state';
import { inplaceOp } from '../ops';
import { getAttr, setAttr } from '../attr';
import { addTraceback } from '../tracebackChain';
import { compileExpr, foldIter, truthOwned, type Ctx, type EFn } from './expr';
import { compileStore, storeName, deleteName } from './target';
import { compileStmt, NORMAL, BREAK, RETURN, CONTINUE } from './stmt';
import { compileGenExpr, hasYield, part, run, unsupportedYield } from './genExpr';
import { enterWith, exitNormal, exitWithError } from './with';
import { evalBreaker } from '../../gc/heap';
import { codeWarmup, constantTrue } from '../specialize/warmup';
import { profile } from '../../versions';
import { compileJumpIf } from './flow/jumpIf';
import { borrowPart } from '../../parts';

/** a statement with a yield: a JS generator returning its completion code */
export type GFn = (f: Frame) => Generator<unknown, number, unknown>;

function lineEvent(f: Frame, line: number): void {
  f.line = line;
  // (saturated: a finalizer that runs while the stop unwinds stops at its first line too)
  if (++S.steps > S.maxSteps) throw new StepLimitExceeded((S.steps = S.maxSteps + 1) - 1);
  if (obs !== null) obs.line(f, line);
}

/** the whole body of a generator function: leaves the return value in f.retval */
export function compileGenBody(body: A.Stmt[], ctx: Ctx): (f: Frame) => Generator<unknown, number, unknown> {
  const b = compileGenBlock(body, ctx);
  return function* (f) {
    const r = yield* b(f);
    if (r !== RETURN) f.retval = null;
    return RETURN;
  };
}

/** a lambda whose body yields: returns the body's value */
export function compileGenLambda(body: A.Expr, ctx: Ctx): (f: Frame) => Generator<unknown, number, unknown> {
  const g = compileGenExpr(body, ctx);
  return function* (f) {
    f.retval = yield* g(f);
    return RETURN;
  };
}

export function compileGenBlock(body: A.Stmt[], ctx: Ctx): GFn {
  const gens: (GFn | null)[] = [];
  const plain: ((f: Frame) => number)[] = [];
  for (const s of body) {
    if (hasYield(s)) {
      gens.push(compileGenStmt(s, ctx));
      plain.push(() => NORMAL);
    } else {
      gens.push(null);
      plain.push(compileStmt(s, ctx));
    }
  }
  const n = body.length;
  return function* (f) {
    for (let i = 0; i < n; i++) {
      const g = gens[i];
      const r = g !== null ? yield* g(f) : plain[i](f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/** a block that may or may not yield, as a generator closure */
function genBlock(body: A.Stmt[], ctx: Ctx): GFn {
  return compileGenBlock(body, ctx);
}

function compileGenStmt(st: A.Stmt, ctx: Ctx): GFn {
  const inner = compileGenInner(st, ctx);
  if (st.kind === 'For' || st.kind === 'While' || st.kind === 'Try') return inner;
  const line = st.line;
  return function* (f) {
    lineEvent(f, line);
    return yield* inner(f);
  };
}

function notHere(what: string, line: number): GFn {
  const fail = unsupportedYield(what, line);
  // eslint-disable-next-line require-yield
  return function* () {
    return fail();
  };
}

function compileGenInner(st: A.Stmt, ctx: Ctx): GFn {
  switch (st.kind) {
    case 'ExprStmt': {
      const e = compileGenExpr(st.value, ctx);
      return function* (f) {
        decref(yield* e(f));
        return NORMAL;
      };
    }
    case 'Assign':
    case 'AnnAssign': {
      const targets = st.kind === 'Assign' ? st.targets : [st.target];
      if (targets.some(hasYield)) return notHere('an assignment target', st.line);
      if (st.value === null) return function* () { return NORMAL; };
      const value = compileGenExpr(st.value, ctx);
      const stores = targets.map((t) => compileStore(t, ctx));
      return function* (f) {
        const v = yield* value(f);
        for (let i = 0; i < stores.length; i++) {
          if (i < stores.length - 1) incref(v);
          stores[i](f, v);
        }
        return NORMAL;
      };
    }
    case 'AugAssign':
      return genAugAssign(st, ctx);
    case 'Return': {
      const v = compileGenExpr(st.value!, ctx);
      return function* (f) {
        f.retval = yield* v(f);
        return RETURN;
      };
    }
    case 'If': {
      const test = testPart(st.test, ctx);
      const body = genBlock(st.body, ctx);
      const orelse = genBlock(st.orelse, ctx);
      return function* (f) {
        if (truthOwned(yield* run(test, f))) return yield* body(f);
        return yield* orelse(f);
      };
    }
    case 'While':
      return genWhile(st, ctx);
    case 'For':
      return genFor(st, ctx);
    case 'Try':
      return genTry(st, ctx);
    case 'With':
      return genWith(st, ctx);
    default:
      return notHere(`this statement (${st.kind})`, st.line);
  }
}

function genAugAssign(st: A.AugAssign, ctx: Ctx): GFn {
  const op = st.op;
  const value = compileGenExpr(st.value, ctx);
  const t = st.target;
  if (hasYield(t)) return notHere('an augmented assignment target', st.line);
  if (t.kind === 'Name') {
    const load = compileExpr(t, ctx);
    const store = storeName(t.id, ctx);
    return function* (f) {
      const a = load(f);
      let b: unknown;
      try {
        b = yield* value(f);
      } catch (x) {
        decref(a);
        throw x;
      }
      let r: unknown;
      try {
        r = inplaceOp(op, a, b);
      } finally {
        decref(a);
        decref(b);
      }
      store(f, r);
      return NORMAL;
    };
  }
  if (t.kind === 'Attribute') {
    const obj = compileExpr(t.value, ctx);
    const name = t.attr;
    return function* (f) {
      const o = obj(f);
      try {
        const a = getAttr(o, name);
        let r: unknown;
        try {
          const b = yield* value(f);
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
  return notHere('an augmented assignment to a subscript', st.line);
}

/** an if/while test: compiler_jump_if's jumps when it holds no yield (flow/jumpIf.ts) */
function testPart(e: A.Expr, ctx: Ctx): ReturnType<typeof part> {
  return hasYield(e) ? part(e, ctx) : { g: null, e: compileJumpIf(e, ctx) };
}

function genWhile(st: A.While, ctx: Ctx): GFn {
  const test = testPart(st.test, ctx);
  const body = genBlock(st.body, ctx);
  const orelse = genBlock(st.orelse, ctx);
  const line = st.line;
  const warm = profile.quickeningWarmup > 0;
  const alwaysTrue = constantTrue(st.test);
  return function* (f) {
    for (;;) {
      lineEvent(f, line);
      const t = test.e !== null ? test.e(f) : yield* test.g!(f);
      if (!(t === true || (t !== false && truthOwned(t)))) break;
      const r = yield* body(f);
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
      if (warm && (alwaysTrue || r === CONTINUE)) codeWarmup(f.code);
      evalBreaker(); // JUMP_BACKWARD
    }
    return yield* orelse(f);
  };
}

function genFor(st: A.For, ctx: Ctx): GFn {
  const iterable = part(foldIter(st.iter), ctx);
  // 3.14: GET_ITER of a borrowed local (borrowOps.compileLendingIter)
  const lentIter = profile.borrowedLocalLoads && iterable.g === null ? borrowPart().compileLendingIter(st.iter, ctx, getIterSteal) : null;
  if (hasYield(st.target)) return notHere('a for-loop target', st.line);
  const store = compileStore(st.target, ctx);
  const body = genBlock(st.body, ctx);
  const orelse = genBlock(st.orelse, ctx);
  const line = st.line;
  const warm = profile.quickeningWarmup > 0;
  return function* (f) {
    lineEvent(f, line);
    const it = lentIter !== null ? lentIter(f) : getIterSteal(yield* run(iterable, f));
    // the loop's iterator: on the frame's value stack, so the generator holds it while suspended
    f.iters.push(it);
    let first = true;
    try {
      for (;;) {
        if (!first) lineEvent(f, line);
        first = false;
        const v = iterNext(it);
        if (v === STOP) break;
        store(f, v);
        const r = yield* body(f);
        if (r === BREAK) return NORMAL;
        if (r === RETURN) return r;
        if (warm) codeWarmup(f.code);
        evalBreaker(); // JUMP_BACKWARD
      }
    } finally {
      // (gen_close's fast path may have released it with the frame's stack already)
      const i = f.iters.lastIndexOf(it);
      if (i >= 0) {
        f.iters.splice(i, 1);
        decref(it);
      }
    }
    return yield* orelse(f);
  };
}

function genWith(st: A.With, ctx: Ctx): GFn {
  let inner: GFn = genBlock(st.body, ctx);
  for (let i = st.items.length - 1; i >= 0; i--) {
    const item = st.items[i];
    if (item.target !== null && hasYield(item.target)) return notHere('a with target', st.line);
    const mgr = part(item.context, ctx);
    const store = item.target !== null ? compileStore(item.target, ctx) : null;
    const body = inner;
    inner = function* (f) {
      const [exit, res] = enterWith(yield* run(mgr, f));
      let r: number;
      try {
        if (store !== null) store(f, res);
        else decref(res);
        f.exceptDepth++;
        try {
          r = yield* body(f);
        } finally {
          f.exceptDepth--;
        }
      } catch (x) {
        return exitWithError(f, exit, x);
      }
      exitNormal(f, exit, r);
      return r;
    };
  }
  return inner;
}

// ---------- try (compileTry's logic, with bodies that may suspend) ----------

interface GenHandler {
  type: EFn | null;
  store: ((f: Frame, v: unknown) => void) | null;
  del: ((f: Frame) => void) | null;
  body: GFn;
  line: number;
}

function matches(exc: PyInstance, t: unknown): boolean {
  if (t instanceof PyType) return exc.cls.isSubtypeOf(t);
  if (t instanceof PyTuple) return t.items.some((x) => matches(exc, x));
  return typeError('catching classes that do not inherit from BaseException is not allowed');
}

function genTry(st: A.Try, ctx: Ctx): GFn {
  if (st.handlers.some((h) => h.type !== null && hasYield(h.type))) return notHere('an except clause', st.line);
  const body = genBlock(st.body, ctx);
  const handlers: GenHandler[] = st.handlers.map((h) => ({
    type: h.type ? compileExpr(h.type, ctx) : null,
    store: h.name ? storeName(h.name, ctx) : null,
    del: h.name ? deleteName(h.name, ctx) : null,
    body: genBlock(h.body, ctx),
    line: h.line,
  }));
  const orelse = genBlock(st.orelse, ctx);
  const finalbody = st.finalbody.length > 0 ? genBlock(st.finalbody, ctx) : null;
  const finalOnError = finalbody !== null && profile.borrowedLocalLoads ? borrowPart().compileFinallyOnError(st.finalbody, finalbody, () => genBlock(st.finalbody, ctx)) : finalbody;
  const line = st.line;

  const runHandlers = function* (f: Frame, err: PyError): Generator<unknown, number, unknown> {
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
      f.handling.push(exc);
      try {
        if (h.store !== null) h.store(f, incref(exc));
        f.exceptDepth++;
        try {
          return yield* h.body(f);
        } finally {
          f.exceptDepth--;
          if (h.store !== null) {
            h.store(f, null);
            h.del!(f);
          }
        }
      } catch (x) {
        if (x instanceof PyError && x.exc !== exc && x.exc.excContext === undefined) x.exc.excContext = incref(exc);
        throw x;
      } finally {
        const i = f.handling.lastIndexOf(exc);
        if (i >= 0) f.handling.splice(i, 1);
        decref(exc);
      }
    }
    throw err;
  };

  const tryExcept = function* (f: Frame): Generator<unknown, number, unknown> {
    let r: number;
    if (handlers.length > 0) f.exceptDepth++;
    try {
      r = yield* body(f);
    } catch (x) {
      if (handlers.length > 0) f.exceptDepth--;
      let e: PyError | null = x instanceof PyError ? x : pyErrorFromJs(x);
      if (e === null) throw x;
      addTraceback(e, f);
      if (handlers.length === 0) throw e;
      return yield* runHandlers(f, e);
    }
    if (handlers.length > 0) f.exceptDepth--;
    if (r !== NORMAL) return r;
    return yield* orelse(f);
  };

  if (finalbody === null) {
    return function* (f) {
      lineEvent(f, line);
      return yield* tryExcept(f);
    };
  }
  return function* (f) {
    lineEvent(f, line);
    let r: number;
    f.exceptDepth++;
    try {
      r = yield* tryExcept(f);
    } catch (x) {
      if (x instanceof PyError) addTraceback(x, f);
      if (x instanceof StepLimitExceeded) throw x;
      const savedRet = f.retval;
      let fr: number;
      try {
        // the finally's exceptional copy runs under its cleanup handler
        try {
          fr = yield* finalOnError!(f);
        } finally {
          f.exceptDepth--;
        }
      } catch (y) {
        if (y instanceof PyError && x instanceof PyError && y.exc !== x.exc && y.exc.excContext === undefined) {
          y.exc.excContext = x.exc;
        } else if (x instanceof PyError) decref(x.exc);
        throw y;
      }
      if (fr !== NORMAL) {
        if (x instanceof PyError) decref(x.exc);
        return fr;
      }
      f.retval = savedRet;
      throw x;
    }
    f.exceptDepth--;
    const ret = f.retval;
    const fr = yield* finalbody(f);
    if (fr !== NORMAL) {
      if (r === RETURN && fr === RETURN) decref(ret);
      return fr;
    }
    if (r === RETURN) f.retval = ret;
    return r;
  };
}

export { compileGenexpBody } from './comprehension/genexpBody';
