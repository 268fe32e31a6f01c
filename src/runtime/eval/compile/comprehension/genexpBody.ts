// A generator expression's body (compile.c's compiler_comprehension for a genexpr: nested
// FOR_ITER loops around YIELD_VALUE) as a hand-driven iterator rather than a JS generator: its
// state is the stack of open loop iterators, and next() runs the loops on until the next element.
// genSendEx drives it like any body (next/throw); resuming it costs one JS frame, where nested
// JS generators cost two per loop level, which is the page's recursion depth through `sum(f(x)
// for x in ...)`. The iterators are the frame's (f.iters), as FOR_ITER's are on the value stack.

import type * as A from '../../../../python/ast';
import type { Frame } from '../../frame';
import type { GenBody } from '../../../objects/genobject';
import { decref, incref } from '../../../objects/object';
import { getIterSteal, iterNext, STOP } from '../../../objects/iter';
import { compileExpr, foldIter, truthOwned, type Ctx, type EFn } from '../expr';
import { compileJumpIf } from '../flow/jumpIf';
import { compileStore } from '../target';
import { RETURN } from '../stmt';

type Store = (f: Frame, v: unknown) => void;

interface Level {
  store: Store;
  conds: EFn[];
  /** the loop's iterable, evaluated in the genexpr's frame (null for the outermost: .0) */
  iterExpr: EFn | null;
}

/** the running body of one generator expression */
class GenexpRun {
  /** the open loops' iterators, outermost first */
  private its: unknown[] = [];
  private started = false;
  private done = false;

  constructor(private f: Frame, private levels: Level[], private elt: EFn) {}

  next(sent?: unknown): IteratorResult<unknown, number> {
    if (this.done) return { done: true, value: RETURN };
    if (this.started) decref(sent);
    else this.started = true;
    try {
      return this.advance();
    } catch (e) {
      this.closeLoops();
      throw e;
    }
  }

  /** an exception at the suspended yield: the loops' iterators are dropped, it goes on up */
  throw(e: unknown): IteratorResult<unknown, number> {
    this.closeLoops();
    throw e;
  }

  /** run the loops from where they stopped to the next element, or to their end */
  private advance(): IteratorResult<unknown, number> {
    const f = this.f;
    const levels = this.levels;
    const its = this.its;
    const last = levels.length - 1;
    if (its.length === 0) this.open(0);
    for (;;) {
      const k = its.length - 1;
      const it = its[k];
      const v = iterNext(it);
      if (v === STOP) {
        this.closeTop();
        if (k === 0) {
          this.done = true;
          f.retval = null;
          return { done: true, value: RETURN };
        }
        continue;
      }
      const lv = levels[k];
      lv.store(f, v);
      let ok = true;
      for (const c of lv.conds) {
        if (!truthOwned(c(f))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (k === last) return { done: false, value: this.elt(f) };
      this.open(k + 1);
    }
  }

  /** GET_ITER for loop k: the outermost's iterator is the argument .0 */
  private open(k: number): void {
    const f = this.f;
    const iterExpr = this.levels[k].iterExpr;
    let it: unknown;
    if (iterExpr === null) it = incref(f.locals[0]);
    else it = getIterSteal(iterExpr(f));
    f.iters.push(it);
    this.its.push(it);
  }

  private closeTop(): void {
    const it = this.its.pop();
    const iters = this.f.iters;
    const i = iters.lastIndexOf(it);
    // (gen_close's fast path may have released it with the frame's stack already)
    if (i >= 0) {
      iters.splice(i, 1);
      decref(it);
    }
  }

  /** the loops' iterators, innermost first, as the loops' exits would drop them */
  private closeLoops(): void {
    this.done = true;
    while (this.its.length > 0) this.closeTop();
  }
}

/** a generator expression's body: the nested loops, yielding each element (.0 is the outer iterator) */
export function compileGenexpBody(gens: A.ComprehensionFor[], ictx: Ctx, elt: EFn): (f: Frame) => GenBody {
  const levels: Level[] = gens.map((g, gi) => ({
    store: compileStore(g.target, ictx),
    conds: g.ifs.map((c) => compileJumpIf(c, ictx)),
    iterExpr: gi === 0 ? null : compileExpr(foldIter(g.iter), ictx),
  }));
  return (f) => new GenexpRun(f, levels, elt) as unknown as GenBody;
}
