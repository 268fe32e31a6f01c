// PEP 709 (3.12+): a list, set or dict comprehension run inline in the enclosing frame
// (Python/compile.c compiler_comprehension with an inlined entry: push_inlined_comprehension_state,
// pop_inlined_comprehension_state). No function object, no frame: the outermost iterator stays on
// the enclosing frame's stack, the comprehension's own names are fast locals of that frame
// (symtable/inline.ts gives them slots), saved and cleared before the loops (LOAD_FAST_AND_CLEAR,
// then MAKE_CELL for one a scope inside captures) and put back after them or when an exception
// leaves them (STORE_FAST_MAYBE_NULL), after the iterator and the result are released.

import type * as A from '../../../../python/ast';
import { decref, type PyObject } from '../../../objects/object';
import { newCell } from '../../../objects/function';
import { getIterSteal } from '../../../objects/iter';
import { compileExpr, foldIter, type Ctx, type EFn } from '../expr';
import { compileLoops, newResultFor } from './loops';
import { inlineHost } from '../../../../python/symtable/inline';
import { enterInlined, leaveInlined } from './hidden';

export function compileInlinedComprehension(e: A.Comprehension, ctx: Ctx): EFn {
  const inner = ctx.byNode.get(e)!;
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode };
  const outer = compileExpr(foldIter(e.generators[0].iter), ctx);
  const loops = compileLoops(e, ictx);
  const make = newResultFor(e);
  const slots: number[] = [];
  const cells: boolean[] = [];
  for (const [n, s] of inner.inlinedSlots) {
    slots.push(s);
    cells.push(inner.cells.has(n));
  }
  const n = slots.length;
  // module and class bodies: what locals() cannot answer while it runs (hidden.ts)
  const hostKind = inlineHost(inner).kind;
  const tracked = hostKind === 'module' || hostKind === 'class';
  /** STORE_FAST_MAYBE_NULL, last pushed first: the enclosing code's values back, the comprehension's released */
  const restore = (L: unknown[], saved: unknown[]): void => {
    for (let i = n - 1; i >= 0; i--) {
      const mine = L[slots[i]];
      L[slots[i]] = saved[i];
      if (mine !== undefined) decref(mine);
    }
  };
  return (f) => {
    const src = outer(f);
    const it = getIterSteal(src);
    const L = f.locals;
    const saved: unknown[] = n === 0 ? [] : new Array(n);
    for (let i = 0; i < n; i++) {
      // LOAD_FAST_AND_CLEAR (a cell of the enclosing code is pushed as it is), MAKE_CELL
      saved[i] = L[slots[i]];
      L[slots[i]] = cells[i] ? newCell(undefined) : undefined;
    }
    if (tracked) enterInlined(f);
    let r: PyObject | null = null;
    try {
      r = make();
    } catch (x) {
      decref(it);
      if (tracked) leaveInlined(f);
      restore(L, saved);
      throw x;
    }
    try {
      loops(f, r, it);
    } catch (x) {
      decref(r);
      if (tracked) leaveInlined(f);
      restore(L, saved);
      throw x;
    }
    if (tracked) leaveInlined(f);
    restore(L, saved);
    return r;
  };
}
