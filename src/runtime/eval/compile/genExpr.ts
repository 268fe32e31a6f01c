// Expressions that contain a `yield` inside a generator's body (compile.c's compiler_visit_expr
// for Yield/YieldFrom, and the expressions around them). Such an expression compiles to a JS
// generator closure that suspends at each yield (`yield*` delegates through the nesting); every
// subexpression without a yield keeps its ordinary fast closure. Rare positions raise a clear
// NotImplementedError naming the construct.

import { listDisplaySizer } from './listDisplay';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { newList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { binaryOp, unaryOp } from '../ops';
import { getItem, pyTruthy } from '../protocols';
import { getAttr, loadMethod } from '../attr';
import { callObject } from '../call';
import { PyError, raise } from '../errors';
import * as BT from '../../objects/builtinTypes';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { PyGenerator, SEND_TO, genReturned, genClose } from '../../objects/genobject';
import { callSpecial } from '../special';
import { typeOf } from '../../objects/typeobject/typeOf';
import { exprChildren, stmtChildren } from '../../../python/astWalk';
import { compileExpr, compareOp, truthOwned, type Ctx, type EFn } from './expr';

/** an expression with a yield: a JS generator returning a new reference */
export type GEFn = (f: Frame) => Generator<unknown, unknown, unknown>;

const yields = new WeakMap<object, boolean>();

/** does this node contain a yield of the current scope (not of a nested def, lambda or class)? */
export function hasYield(n: A.Expr | A.Stmt): boolean {
  let r = yields.get(n);
  if (r !== undefined) return r;
  r = computeHasYield(n);
  yields.set(n, r);
  return r;
}

function computeHasYield(n: A.Expr | A.Stmt): boolean {
  switch (n.kind) {
    case 'Yield':
    case 'YieldFrom':
      return true;
    case 'Lambda':
      return n.args.args.some((p) => p.default !== null && hasYield(p.default)) || n.args.kwonly.some((p) => p.default !== null && hasYield(p.default));
    case 'Comprehension':
      return hasYield(n.generators[0].iter);
    case 'FunctionDef':
      return stmtChildren(n).exprs.some(hasYield);
    case 'ClassDef':
      return stmtChildren(n).exprs.some(hasYield);
  }
  if (isStmt(n)) {
    const c = stmtChildren(n);
    if (c.exprs.some(hasYield) || c.stmts.some(hasYield)) return true;
    return c.handlers.some((h) => (h.type !== null && hasYield(h.type)) || h.body.some(hasYield));
  }
  return exprChildren(n).some(hasYield);
}

const STMT_KINDS = new Set(['ExprStmt', 'Assign', 'AugAssign', 'AnnAssign', 'Delete', 'Pass', 'Break', 'Continue', 'Return', 'If', 'While', 'For',
  'FunctionDef', 'ClassDef', 'Global', 'Nonlocal', 'Try', 'Raise', 'Assert', 'Import', 'ImportFrom', 'With', 'Match']);
function isStmt(n: A.Expr | A.Stmt): n is A.Stmt {
  return STMT_KINDS.has(n.kind);
}

/** a construct RefScope's generators do not run: a clear error when it is reached */
export function unsupportedYield(what: string, line: number): () => never {
  return () => raise(BT.T_NotImplementedError, `'yield' inside ${what} (line ${line}) is not supported in RefScope`);
}

/** one operand: a generator closure when it yields, the ordinary closure otherwise */
export interface Part {
  g: GEFn | null;
  e: EFn | null;
}
export function part(x: A.Expr, ctx: Ctx): Part {
  return hasYield(x) ? { g: compileGenExpr(x, ctx), e: null } : { g: null, e: compileExpr(x, ctx) };
}

/** evaluate a part (a new reference) */
export function* run(p: Part, f: Frame): Generator<unknown, unknown, unknown> {
  if (p.g !== null) return yield* p.g(f);
  return p.e!(f);
}

/** evaluate operands left to right; on an error (or gen_close's unwinding) the ones already made
 * are released as the value stack is popped: the last first */
function* runAll(parts: Part[], f: Frame): Generator<unknown, unknown[], unknown> {
  const vals: unknown[] = [];
  try {
    for (const p of parts) vals.push(p.g !== null ? yield* p.g(f) : p.e!(f));
  } catch (x) {
    for (let i = vals.length - 1; i >= 0; i--) decref(vals[i]);
    throw x;
  }
  return vals;
}

/** operands, then an operation that borrows them */
function combine(parts: Part[], op: (vals: unknown[]) => unknown): GEFn {
  return function* (f) {
    const vals = yield* runAll(parts, f);
    try {
      return op(vals);
    } finally {
      for (const v of vals) decref(v);
    }
  };
}

export function compileGenExpr(e: A.Expr, ctx: Ctx): GEFn {
  switch (e.kind) {
    case 'Yield': {
      const v = e.value === null ? null : part(e.value, ctx);
      return function* (f) {
        const val = v === null ? null : yield* run(v, f);
        // the value goes to whoever resumed the generator; what send() passes comes back
        return yield val;
      };
    }
    case 'YieldFrom': {
      const v = part(e.value, ctx);
      return function* (f) {
        const src = yield* run(v, f);
        let it: unknown;
        // GET_YIELD_FROM_ITER: a generator delegates as itself
        if (src instanceof PyGenerator) it = src;
        else {
          try {
            it = getIter(src);
          } finally {
            decref(src);
          }
        }
        try {
          return yield* yieldFrom(f, it);
        } finally {
          const g = f.gen as PyGenerator | null;
          if (g !== null) g.yf = null;
          decref(it);
        }
      };
    }
    case 'BinOp': {
      const op = e.op;
      return combine([part(e.left, ctx), part(e.right, ctx)], (v) => binaryOp(op, v[0], v[1]));
    }
    case 'UnaryOp': {
      const op = e.op;
      if (op === 'not') return combine([part(e.operand, ctx)], (v) => !pyTruthy(v[0]));
      return combine([part(e.operand, ctx)], (v) => unaryOp(op, v[0]));
    }
    case 'Compare': {
      if (e.ops.length !== 1) return unsupportedYield('a chained comparison', e.line);
      const op = e.ops[0];
      return combine([part(e.left, ctx), part(e.comparators[0], ctx)], (v) => compareOp(op, v[0], v[1]));
    }
    case 'Tuple':
    case 'List': {
      if (e.elts.some((x) => x.kind === 'Starred')) return unsupportedYield('a starred display', e.line);
      const parts = e.elts.map((x) => part(x, ctx));
      const isTuple = e.kind === 'Tuple';
      const sized = listDisplaySizer(e.elts);
      return function* (f) {
        const vals = yield* runAll(parts, f);
        return isTuple ? newTuple(vals) : sized(newList(vals));
      };
    }
    case 'Attribute': {
      const name = e.attr;
      return combine([part(e.value, ctx)], (v) => getAttr(v[0], name));
    }
    case 'Subscript':
      return combine([part(e.value, ctx), part(e.index, ctx)], (v) => getItem(v[0], v[1]));
    case 'IfExp': {
      const t = part(e.test, ctx);
      const b = part(e.body, ctx);
      const o = part(e.orelse, ctx);
      return function* (f) {
        return truthOwned(yield* run(t, f)) ? yield* run(b, f) : yield* run(o, f);
      };
    }
    case 'BoolOp': {
      const vals = e.values.map((x) => part(x, ctx));
      const isAnd = e.op === 'and';
      return function* (f) {
        let v: unknown = null;
        for (let i = 0; i < vals.length; i++) {
          v = yield* run(vals[i], f);
          if (i === vals.length - 1) return v;
          const t = pyTruthy(v);
          if (isAnd ? !t : t) return v;
          decref(v);
        }
        return v;
      };
    }
    case 'Call':
      return compileGenCall(e, ctx);
    default:
      return unsupportedYield(`this kind of expression (${e.kind})`, e.line);
  }
}

function compileGenCall(e: A.Call, ctx: Ctx): GEFn {
  if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.name === null)) {
    return unsupportedYield('a call with * or ** arguments', e.line);
  }
  const args = e.args.map((a) => part(a, ctx));
  const kws = e.keywords.map((k) => ({ name: k.name as string, p: part(k.value, ctx) }));
  const kwParts = kws.map((k) => k.p);
  const finish = (callee: unknown, self: unknown, vals: unknown[]): unknown => {
    const pos = vals.slice(0, args.length);
    let kw: Map<string, unknown> | null = null;
    if (kws.length > 0) {
      kw = new Map();
      for (let i = 0; i < kws.length; i++) kw.set(kws[i].name, vals[args.length + i]);
    }
    if (self !== undefined) pos.unshift(self);
    try {
      return callObject(callee, pos, kw, true);
    } finally {
      decref(callee);
    }
  };
  if (e.func.kind === 'Attribute' && !hasYield(e.func.value)) {
    // obj.method(...): LOAD_METHOD, then the arguments
    const recv = compileExpr(e.func.value, ctx);
    const name = e.func.attr;
    return function* (f) {
      const [callable, self] = loadMethod(recv(f), name);
      let vals: unknown[];
      try {
        vals = yield* runAll([...args, ...kwParts], f);
      } catch (x) {
        decref(self);
        decref(callable);
        throw x;
      }
      return finish(callable, self, vals);
    };
  }
  const fn = part(e.func, ctx);
  return function* (f) {
    const callee = yield* run(fn, f);
    let vals: unknown[];
    try {
      vals = yield* runAll([...args, ...kwParts], f);
    } catch (x) {
      decref(callee);
      throw x;
    }
    return finish(callee, undefined, vals);
  };
}

/**
 * `yield from it` (the SEND loop, with gen_throw's and gen_close's delegation): values go up,
 * what is sent goes down, a throw is passed to the subiterator's throw(), close() closes it first;
 * the subiterator's return value is the expression's value. `it` is borrowed. A generator
 * subiterator is sent to by this body's driver (SEND_TO, objects/genobject.ts).
 */
function* yieldFrom(f: Frame, it: unknown): Generator<unknown, unknown, unknown> {
  const g = f.gen as PyGenerator | null;
  let sent: unknown = null;
  let thrown: PyError | null = null;
  for (;;) {
    let v: unknown;
    let done = false;
    if (g !== null) g.yf = it;
    if (thrown !== null) {
      const x = thrown;
      thrown = null;
      if (x.exc.cls.isSubtypeOf(BT.T_GeneratorExit)) {
        closeIter(it);
        throw x;
      }
      try {
        if (it instanceof PyGenerator) {
          SEND_TO.it = it;
          SEND_TO.exc = x;
          v = yield SEND_TO;
          done = genReturned;
        } else {
          const meth = typeOf(it).lookup('throw');
          if (meth === undefined) throw x;
          v = callSpecial(meth, it, [x.exc.cls, x.exc, x.exc.tb]);
          decref(x.exc);
        }
      } catch (y) {
        const r = stopValue(y);
        if (r === undefined) throw y;
        return r;
      }
    } else if (it instanceof PyGenerator) {
      SEND_TO.it = it;
      SEND_TO.arg = sent;
      v = yield SEND_TO;
      done = genReturned;
    } else if (sent === null) {
      v = iterNext(it);
      if (v === STOP) return null;
    } else {
      try {
        const meth = typeOf(it).lookup('send');
        if (meth === undefined) {
          decref(sent);
          raise(BT.T_AttributeError, `'${typeOf(it).name}' object has no attribute 'send'`);
        }
        v = callSpecial(meth, it, [sent]);
        decref(sent);
      } catch (y) {
        const r = stopValue(y);
        if (r === undefined) throw y;
        return r;
      }
    }
    sent = null;
    if (done) return v;
    try {
      sent = yield v;
    } catch (x) {
      if (!(x instanceof PyError)) throw x;
      thrown = x;
    }
  }
}

/** a StopIteration's value (a new reference), consuming the error; undefined for other errors */
function stopValue(y: unknown): unknown {
  if (!(y instanceof PyError) || !y.exc.cls.isSubtypeOf(BT.T_StopIteration)) return undefined;
  const a = y.exc.excArgs !== null ? y.exc.excArgs.items : [];
  const v = incref(a.length > 0 ? a[0] : null);
  decref(y.exc);
  return v;
}

/** gen_close_iter: close() the subiterator when it has one */
function closeIter(it: unknown): void {
  if (it instanceof PyGenerator) {
    genClose(it);
    return;
  }
  const meth = typeOf(it).lookup('close');
  if (meth !== undefined) decref(callSpecial(meth, it, []));
}
