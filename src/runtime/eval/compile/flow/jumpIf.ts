// The test of if / while / assert / `x if c else y`, compiled as CPython's compiler_jump_if
// (Python/compile.c; 3.14: Python/codegen.c codegen_jump_if): an `and`/`or` tests each operand
// in turn and keeps no value (so `if a and (b or c):` asks each operand's __bool__ once, never the
// value of the inner `or` again), `not` flips the jump without UNARY_NOT, `x if c else y` tests c,
// then x or y (no value kept either). Each leaf is TO_BOOL +
// POP_JUMP_IF_*: under 3.14 a borrowable local leaf is LOAD_FAST_BORROW (borrowOps.compileTest).

import type * as A from '../../../../python/ast';
import { borrowPart } from '../../../parts';
import { profile } from '../../../versions';
import { compileExpr, truthOwned, type Ctx, type EFn } from '../expr';

/** a leaf: its value's truth, the value released */
function compileLeaf(e: A.Expr, ctx: Ctx): (f: Parameters<EFn>[0]) => boolean {
  const load = profile.borrowedLocalLoads ? borrowPart().compileTest(e, ctx) : compileExpr(e, ctx);
  return (f) => truthOwned(load(f));
}

function compileCond(e: A.Expr, ctx: Ctx): (f: Parameters<EFn>[0]) => boolean {
  if (e.kind === 'UnaryOp' && e.op === 'not') {
    const c = compileCond(e.operand, ctx);
    return (f) => !c(f);
  }
  if (e.kind === 'BoolOp') {
    const cs = e.values.map((v) => compileCond(v, ctx));
    if (e.op === 'and') return (f) => cs.every((c) => c(f));
    return (f) => cs.some((c) => c(f));
  }
  if (e.kind === 'IfExp') {
    // the test, then the body's or the orelse's own jumps: no value is made
    const t = compileCond(e.test, ctx);
    const y = compileCond(e.body, ctx);
    const n = compileCond(e.orelse, ctx);
    return (f) => (t(f) ? y(f) : n(f));
  }
  return compileLeaf(e, ctx);
}

/** the test as an EFn whose result is a JS boolean for `and`/`or`/`not` (the sites accept either) */
export function compileJumpIf(e: A.Expr, ctx: Ctx): EFn {
  if (e.kind === 'BoolOp' || e.kind === 'IfExp' || (e.kind === 'UnaryOp' && e.op === 'not')) return compileCond(e, ctx);
  return profile.borrowedLocalLoads ? borrowPart().compileTest(e, ctx) : compileExpr(e, ctx);
}
