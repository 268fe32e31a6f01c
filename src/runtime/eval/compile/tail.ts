// Fusing a block's ends into the compound statement around them, so that deep Python recursion
// fits the page's worker stack (issue #11): every closure that stays on the JS stack while a
// recursive call runs costs a JS frame per Python level. CPython has no counterpart (its compiler
// emits one flat bytecode sequence per code object, compile.c's compiler_body); this only
// chooses which closure runs which statements. Line events and their order are unchanged.
//
// - a body ending in `return X` (try/for/with/if bodies): the compound statement evaluates X in
//   its own frame, after running the statements before it (returnTail);
// - a block ending in a compound statement: that statement first runs the statements before it
//   (its `before`), so the block's own closure is not on the stack while it runs.

import type * as A from '../../../python/ast';
import { compileExpr, type Ctx, type EFn } from './expr';
import { compileBlock, NORMAL, type SFn } from './stmt';
import { compileStore, type StoreFn } from './target';

/** a body split at its last statement `return X` */
export interface ReturnTail {
  /** the statements before the return, as a block (NOOP when none) */
  pre: SFn;
  /** true when the body ends in a return statement (else pre is the whole body) */
  has: boolean;
  /** the return's line (its line event) */
  line: number;
  /** X, or null for a bare `return` */
  value: EFn | null;
  /** simpleTail only: false when the last statement is `X` or `y = X` (then store is y's, or null) */
  ret: boolean;
  store: StoreFn | null;
}

export const NOOP: SFn = () => NORMAL;

/**
 * the body, with its last statement `return X` split off for the enclosing statement's closure
 * to run: `r = t.pre(f); if (t.has && r === NORMAL) { lineEvent(f, t.line); f.retval = ...; r = RETURN }`
 */
export function returnTail(body: A.Stmt[], ctx: Ctx): ReturnTail {
  const last = body[body.length - 1];
  if (last === undefined || last.kind !== 'Return') return { pre: compileBlock(body, ctx), has: false, line: 0, value: null, ret: true, store: null };
  const rest = body.slice(0, body.length - 1);
  return {
    pre: rest.length === 0 ? NOOP : compileBlock(rest, ctx),
    has: true,
    line: last.line,
    value: last.value ? compileExpr(last.value, ctx) : null,
    ret: true,
    store: null,
  };
}

/**
 * returnTail, and also a last statement `X` or `y = X` (one target) for the enclosing for/if to
 * run: `for c in children: visit(c)`, `if x: y = f(x)`. Its closure, when t.has and r === NORMAL:
 * `lineEvent(f, t.line); if (t.ret) {...return...} else if (t.store) t.store(f, t.value(f)); else decref(t.value(f))`
 */
export function simpleTail(body: A.Stmt[], ctx: Ctx): ReturnTail {
  const last = body[body.length - 1];
  if (last === undefined || !(last.kind === 'ExprStmt' || (last.kind === 'Assign' && last.targets.length === 1))) return returnTail(body, ctx);
  const rest = body.slice(0, body.length - 1);
  const pre = rest.length === 0 ? NOOP : compileBlock(rest, ctx);
  const value = compileExpr(last.value, ctx);
  const store = last.kind === 'Assign' ? compileStore(last.targets[0], ctx, last.value) : null;
  return { pre, has: true, line: last.line, value, ret: false, store };
}

/** the compound statements that take the statements before them (`before`) into their own closure */
export function takesBefore(st: A.Stmt): boolean {
  return st.kind === 'Try' || st.kind === 'For' || st.kind === 'With' || st.kind === 'If';
}
