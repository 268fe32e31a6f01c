// Statements compile to closures returning a completion code: NORMAL, or BREAK/CONTINUE/RETURN
// travelling up to the loop or function that handles them (never exceptions: those are only
// for Python errors).

import { stackSizeOf } from './stackdepth/stackdepth';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref, obs } from '../../objects/object';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { inplaceOp } from '../ops';
import { getAttr, setAttr } from '../attr';
import { getItem, setItem } from '../protocols';
import { PyError, newExc, raise } from '../errors';
import { S, StepLimitExceeded } from '../state';
import * as BT from '../../objects/builtinTypes';
import { importModule } from '../../modules/registry';
import { compileExpr, foldIter, truthOwned, type Ctx, type EFn } from './expr';
import { compileJumpIf } from './flow/jumpIf';
import { compileDelete, compileStore, storeName, type StoreFn } from './target';
import { applyDecorators, classMaker, functionMaker, makeCode } from './functions';
import { addTraceback } from '../tracebackChain';
import { annotatePart, borrowPart, generatorsPart, matchPart, tryPart, withPart } from '../../parts';
import { profile } from '../../versions';
import { findAnn, hasDefAnnotations } from './annotated';
import { evalBreaker } from '../../gc/heap';
import { codeWarmup, constantTrue } from '../specialize/warmup';
import { NOOP, returnTail, simpleTail, takesBefore } from './tail';

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;
export type SFn = (f: Frame) => number;

export { addTraceback };

/** the line event: count the step, tell the observer */
export function lineEvent(f: Frame, line: number): void {
  f.line = line;
  // (saturated: a finalizer that runs while the stop unwinds stops at its first line too)
  if (++S.steps > S.maxSteps) throw new StepLimitExceeded((S.steps = S.maxSteps + 1) - 1);
  if (obs !== null) obs.line(f, line);
}

/** compound statements emit their own line events (a loop's header on every iteration) */
function ownsLineEvents(st: A.Stmt): boolean {
  return st.kind === 'For' || st.kind === 'While' || st.kind === 'Try';
}

/**
 * A block runs the line event of each simple statement itself, so a statement costs one JS frame,
 * not two: deep Python recursion must fit the page's worker stack.
 */
export function compileBlock(body: A.Stmt[], ctx: Ctx): SFn {
  // line 0: the statement emits its own line events
  const lines = body.map((s) => (ownsLineEvents(s) ? 0 : s.line));
  const n = body.length;
  if (n === 0) return () => NORMAL;
  if (n === 1) {
    const la = lines[0];
    // a one-statement block (an if's branch, a loop's body) is the statement itself
    const own = la === 0 ? null : compileWithLine(body[0], ctx, la);
    if (own !== null) return own;
    const a = compileInner(body[0], ctx);
    if (la === 0) return a;
    return (f) => {
      lineEvent(f, la);
      return a(f);
    };
  }
  const last = body[n - 1];
  if (takesBefore(last)) {
    // the statements before a closing compound statement run from its own closure (tail.ts)
    const before = compileBlock(body.slice(0, n - 1), ctx);
    if (last.kind === 'If') return compileWithLine(last, ctx, last.line, before)!;
    if (last.kind === 'With') return withPart().compileWith(last, ctx, before, last.line);
    if (last.kind === 'For') return compileFor(last, ctx, before);
    return tryPart().compileTry(last as A.Try, ctx, before);
  }
  if (last.kind === 'Return') {
    // a block ending in `return X` (a recursive function's last line, often) evaluates X in
    // its own frame: one JS frame less per Python call level
    const { fns, values, stores } = simpleParts(body.slice(0, n - 1), ctx);
    const value = last.value ? compileExpr(last.value, ctx) : null;
    const lastLine = last.line;
    return (f) => {
      for (let i = 0; i < n - 1; i++) {
        const line = lines[i];
        if (line !== 0) lineEvent(f, line);
        // `f(x)` and `y = f(x)` run here, without a closure of their own (simpleParts)
        const fn = fns[i];
        if (fn === null) {
          const st = stores[i];
          if (st === null) decref(values[i]!(f));
          else st(f, values[i]!(f));
          continue;
        }
        const r = fn(f);
        if (r !== NORMAL) return r;
      }
      lineEvent(f, lastLine);
      f.retval = value === null ? null : value(f);
      return RETURN;
    };
  }
  const { fns, values, stores } = simpleParts(body, ctx);
  return (f) => {
    for (let i = 0; i < n; i++) {
      const line = lines[i];
      if (line !== 0) lineEvent(f, line);
      const fn = fns[i];
      if (fn === null) {
        const st = stores[i];
        if (st === null) decref(values[i]!(f));
        else st(f, values[i]!(f));
        continue;
      }
      const r = fn(f);
      if (r !== NORMAL) return r;
    }
    return NORMAL;
  };
}

/**
 * A block's statements for its loop: an expression statement or a one-target assignment is its
 * value (and store), run by the block itself (fns[i] null), so a call in it (recursion in
 * `visit(child)`, `left = sort(xs[:mid])`) costs no JS frame for the statement; the others
 * are closures.
 */
function simpleParts(body: A.Stmt[], ctx: Ctx): { fns: (SFn | null)[]; values: (EFn | null)[]; stores: (StoreFn | null)[] } {
  const fns: (SFn | null)[] = [];
  const values: (EFn | null)[] = [];
  const stores: (StoreFn | null)[] = [];
  for (const st of body) {
    if (st.kind === 'ExprStmt' || (st.kind === 'Assign' && st.targets.length === 1)) {
      fns.push(null);
      values.push(compileExpr(st.value, ctx));
      stores.push(st.kind === 'Assign' ? compileStore(st.targets[0], ctx, st.value) : null);
    } else {
      fns.push(compileInner(st, ctx));
      values.push(null);
      stores.push(null);
    }
  }
  return { fns, values, stores };
}

/** one statement with its line event (as a block of one) */
export function compileStmt(st: A.Stmt, ctx: Ctx): SFn {
  return compileBlock([st], ctx);
}

/** the common simple statements, emitting their own line event first unless line is 0 (null for the others) */
function compileWithLine(st: A.Stmt, ctx: Ctx, line: number, before: SFn | null = null): SFn | null {
  switch (st.kind) {
    case 'Return': {
      const v = st.value ? compileExpr(st.value, ctx) : null;
      return (f) => {
        if (line !== 0) lineEvent(f, line);
        f.retval = v === null ? null : v(f);
        return RETURN;
      };
    }
    case 'ExprStmt': {
      const e = compileExpr(st.value, ctx);
      return (f) => {
        if (line !== 0) lineEvent(f, line);
        decref(e(f));
        return NORMAL;
      };
    }
    case 'If': {
      const test = compileJumpIf(st.test, ctx);
      // a branch ending in `return X` evaluates X here (tail.ts)
      const { pre: body, has: bHas, line: bLine, value: bVal, ret: bRet, store: bStore } = simpleTail(st.body, ctx);
      const { pre: orelse, has: oHas, line: oLine, value: oVal, ret: oRet, store: oStore } = simpleTail(st.orelse, ctx);
      return (f) => {
        if (before !== null) {
          const b = before(f);
          if (b !== NORMAL) return b;
        }
        if (line !== 0) lineEvent(f, line);
        const t = test(f);
        let r: number;
        if (t === true || (t !== false && truthOwned(t))) {
          r = body === NOOP ? NORMAL : body(f);
          if (!bHas || r !== NORMAL) return r;
          lineEvent(f, bLine);
          if (!bRet) {
            if (bStore !== null) bStore(f, bVal!(f));
            else decref(bVal!(f));
            return NORMAL;
          }
          f.retval = bVal === null ? null : bVal(f);
          return RETURN;
        }
        r = orelse === NOOP ? NORMAL : orelse(f);
        if (!oHas || r !== NORMAL) return r;
        lineEvent(f, oLine);
        if (!oRet) {
          if (oStore !== null) oStore(f, oVal!(f));
          else decref(oVal!(f));
          return NORMAL;
        }
        f.retval = oVal === null ? null : oVal(f);
        return RETURN;
      };
    }
    case 'Assign': {
      // a one-statement body `x = call(...)` is one JS frame (tail.ts)
      if (st.targets.length !== 1) return null;
      const value = compileExpr(st.value, ctx);
      const s0 = compileStore(st.targets[0], ctx, st.value);
      return (f) => {
        if (line !== 0) lineEvent(f, line);
        s0(f, value(f));
        return NORMAL;
      };
    }
    default:
      return null;
  }
}

function compileInner(st: A.Stmt, ctx: Ctx): SFn {
  switch (st.kind) {
    case 'ExprStmt':
    case 'Return':
    case 'If':
      return compileWithLine(st, ctx, 0)!;
    case 'Assign': {
      const value = compileExpr(st.value, ctx);
      const lending = st.targets.length > 1 && profile.borrowedLocalLoads ? borrowPart().compileLendingAssign(st, ctx, compileStore) : null;
      if (lending !== null) {
        return (f) => {
          lending(f, value(f));
          return NORMAL;
        };
      }
      const stores = st.targets.map((t) => compileStore(t, ctx, st.targets.length === 1 ? st.value : undefined));
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
      const run = annotatePart().compileAnnAssign(st, ctx, compileStore);
      return (f) => {
        run(f);
        return NORMAL;
      };
    }
    case 'AugAssign':
      if (profile.borrowedLocalLoads) return borrowPart().compileLendingAugAssign(st, ctx, compileAugAssign);
      return compileAugAssign(st, ctx);
    case 'Delete': {
      const dels = st.targets.map((t) => compileDelete(t, ctx));
      return (f) => {
        for (const d of dels) d(f);
        return NORMAL;
      };
    }
    case 'Match':
      return matchPart().compileMatch(st, ctx, compileBlock, lineEvent, NORMAL);
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return () => NORMAL;
    case 'Break':
      return () => BREAK;
    case 'Continue':
      return () => CONTINUE;
    case 'While':
      return compileWhile(st, ctx);
    case 'For':
      return compileFor(st, ctx);
    case 'FunctionDef':
      return compileFunctionDef(st, ctx);
    case 'ClassDef':
      return compileClassDef(st, ctx);
    case 'Try':
      return tryPart().compileTry(st, ctx);
    case 'Raise':
      return tryPart().compileRaise(st, ctx);
    case 'Assert': {
      const test = compileJumpIf(st.test, ctx);
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
    case 'With':
      return withPart().compileWith(st, ctx);
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
  const test = compileJumpIf(st.test, ctx);
  // a body ending in `return X` evaluates X here (tail.ts)
  const { pre: body, has: bHas, line: bLine, value: bVal } = returnTail(st.body, ctx);
  const orelse = compileBlock(st.orelse, ctx);
  const line = st.line;
  const warm = profile.quickeningWarmup > 0;
  const alwaysTrue = constantTrue(st.test);
  return (f) => {
    for (;;) {
      lineEvent(f, line);
      const t = test(f);
      if (!(t === true || (t !== false && truthOwned(t)))) break;
      let r = body === NOOP ? NORMAL : body(f);
      if (bHas && r === NORMAL) {
        lineEvent(f, bLine);
        f.retval = bVal === null ? null : bVal(f);
        r = RETURN;
      }
      if (r === BREAK) return NORMAL;
      if (r === RETURN) return r;
      // 3.11: only a JUMP_BACKWARD warms the code up (`while True`, `continue`), not the
      // POP_JUMP_BACKWARD_IF_TRUE of a loop that tests again at its end
      if (warm && (alwaysTrue || r === CONTINUE)) codeWarmup(f.code);
      evalBreaker(); // JUMP_BACKWARD
    }
    return orelse(f);
  };
}

function compileFor(st: A.For, ctx: Ctx, before: SFn | null = null): SFn {
  const iterable = compileExpr(foldIter(st.iter), ctx);
  const lentIter = profile.borrowedLocalLoads ? borrowPart().compileLendingIter(st.iter, ctx, getIterConsuming) : null;
  const store = compileStore(st.target, ctx);
  // a body ending in `return X`, `X` or `y = X` evaluates X here (tail.ts)
  const { pre: body, has: bHas, line: bLine, value: bVal, ret: bRet, store: bStore } = simpleTail(st.body, ctx);
  const orelse = compileBlock(st.orelse, ctx);
  const line = st.line;
  const warm = profile.quickeningWarmup > 0;
  return (f) => {
    if (before !== null) {
      const b = before(f);
      if (b !== NORMAL) return b;
    }
    lineEvent(f, line);
    const it = lentIter === null ? getIterConsuming(iterable(f)) : lentIter(f);
    // the iterator is the loop's hidden temporary; the frame lists it for the trace
    f.iters.push(it);
    let first = true;
    // the loop's completion: -1 when the iterator is exhausted (the else clause runs)
    let done = -1;
    // no finally (a smaller frame): the iterator is dropped on every way out
    try {
      for (;;) {
        if (!first) lineEvent(f, line);
        first = false;
        const v = iterNext(it);
        if (v === STOP) break;
        store(f, v);
        let r = body === NOOP ? NORMAL : body(f);
        if (bHas && r === NORMAL) {
          lineEvent(f, bLine);
          if (!bRet) {
            if (bStore !== null) bStore(f, bVal!(f));
            else decref(bVal!(f));
          } else {
            f.retval = bVal === null ? null : bVal(f);
            r = RETURN;
          }
        }
        if (r === BREAK || r === RETURN) {
          done = r === BREAK ? NORMAL : r;
          break;
        }
        if (warm) codeWarmup(f.code);
        evalBreaker(); // JUMP_BACKWARD
      }
    } catch (x) {
      dropLoopIter(f, it);
      throw x;
    }
    dropLoopIter(f, it);
    return done === -1 ? orelse(f) : done;
  };
}

// the for loop's work outside the loop, in functions of their own: the loop's frame stays on the
// JS stack while its body runs (per Python call level, in recursion) and is kept small

/** GET_ITER: the iterator of src, whose reference is consumed */
function getIterConsuming(src: unknown): unknown {
  try {
    return getIter(src);
  } finally {
    decref(src);
  }
}

/** the loop's end: its iterator leaves the frame's temporaries and is released */
function dropLoopIter(f: Frame, it: unknown): void {
  const i = f.iters.lastIndexOf(it);
  if (i >= 0) f.iters.splice(i, 1);
  decref(it);
}

function compileFunctionDef(st: A.FunctionDef, ctx: Ctx): SFn {
  const inner = ctx.byNode.get(st)!;
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode };
  const body = inner.generator ? () => NORMAL : compileBlock(st.body, ictx);
  // the body runs as the code itself (one JS frame less per call): a frame's retval starts as
  // None, and only `return` sets it
  const code = makeCode(inner, st.name, st.line, body, st.args);
  code.stackSize = () => stackSizeOf(st, ctx.byNode);
  if (inner.generator) code.genBody = generatorsPart().compileGenBody(st.body, ictx);
  const first = st.body[0];
  if (first !== undefined && first.kind === 'ExprStmt' && first.value.kind === 'Str' && !first.value.bytes) code.doc = first.value.value;
  const plain = functionMaker(code, inner, st.args, ctx);
  const make = hasDefAnnotations(st) ? annotatePart().withAnnotations(plain, st, ctx) : plain;
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
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode };
  const block = compileBlock(st.body, ictx);
  const body = findAnn(st.body) ? annotatePart().withSetupAnnotations(st.body, block) : block;
  const make = classMaker(st, ctx, (f) => void body(f), inner);
  const decos = st.decorators.map((d) => compileExpr(d, ctx));
  const store = storeName(st.name, ctx);
  return (f) => {
    const cls = make(f);
    store(f, decos.length > 0 ? applyDecorators(f, cls, decos) : cls);
    return NORMAL;
  };
}

export function compileModuleBody(mod: A.Module, ctx: Ctx): SFn {
  const block = compileBlock(mod.body, ctx);
  return findAnn(mod.body) ? annotatePart().withSetupAnnotations(mod.body, block) : block;
}

