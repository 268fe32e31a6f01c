// A list, set or dict comprehension's loops (Python/compile.c compiler_comprehension_generator,
// compiler_sync_comprehension_generator): the nested for/if levels, the innermost adding the
// element to the result (LIST_APPEND, SET_ADD, MAP_ADD). Shared by 3.11's comprehension function
// (functions.ts) and 3.12's inlined comprehension (inlined.ts). The innermost level evaluates a
// list's element itself, so a call inside the element is two JS frames from the loop.

import type * as A from '../../../../python/ast';
import type { Frame } from '../../frame';
import { listAppendAlloc } from '../../../objects/storage/listResize';
import { decref, obs, type PyObject } from '../../../objects/object';
import { newListExact, type PyList } from '../../../objects/list';
import { newSet, type PySet } from '../../../objects/set';
import { newDictSized, type PyDict } from '../../../objects/dict';
import { getIter, iterNext, STOP } from '../../../objects/iter';
import { evalBreaker } from '../../../gc/heap';
import { codeWarmup } from '../../specialize/warmup';
import { profile } from '../../../versions';
import { compileExpr, foldIter, truthOwned, type Ctx, type EFn } from '../expr';
import { compileJumpIf } from '../flow/jumpIf';
import { compileStore } from '../target';

/** one level of the loops: `first` is the outermost level's iterator (a reference it releases) */
export type LoopFn = (f: Frame, r: PyObject, first: unknown) => void;

/** LIST_APPEND / SET_ADD / MAP_ADD: evaluate the element (and value) and add it to the result */
function adder(e: A.Comprehension, ictx: Ctx, listElt: EFn | null): (f: Frame, r: PyObject) => void {
  if (listElt !== null) {
    return (f, r) => {
      const v = listElt(f);
      listAppendAlloc(r as PyList);
      (r as PyList).items.push(v);
    };
  }
  const elt = compileExpr(e.elt, ictx);
  if (e.type === 'set') {
    return (f, r) => {
      const v = elt(f);
      try {
        (r as PySet).add(v);
      } finally {
        decref(v);
      }
    };
  }
  const val = compileExpr(e.value!, ictx);
  return (f, r) => {
    const k = elt(f);
    let v: unknown;
    try {
      v = val(f);
    } catch (x) {
      decref(k);
      throw x;
    }
    (r as PyDict).setSteal(k, v);
  };
}

/** the `for y in [expr]` idiom of an inner level: one assignment, no loop (bpo-32856) */
function singleElement(iter: A.Expr): A.Expr | null {
  if (iter.kind !== 'List' && iter.kind !== 'Tuple') return null;
  if (iter.elts.length !== 1 || iter.elts[0].kind === 'Starred') return null;
  return iter.elts[0];
}

function passes(conds: EFn[], f: Frame): boolean {
  for (const c of conds) if (!truthOwned(c(f))) return false;
  return true;
}

export function compileLoops(e: A.Comprehension, ictx: Ctx): LoopFn {
  const gens = e.generators;
  const listElt = e.type === 'list' ? compileExpr(e.elt, ictx) : null;
  const add = adder(e, ictx, listElt);
  let inner: LoopFn | null = null;
  for (let gi = gens.length - 1; gi >= 0; gi--) {
    const g = gens[gi];
    const store = compileStore(g.target, ictx);
    const conds = g.ifs.map((c) => compileJumpIf(c, ictx));
    const body = inner;
    const single = gi > 0 ? singleElement(g.iter) : null;
    if (single !== null) {
      const value = compileExpr(single, ictx);
      inner = (f, r) => {
        store(f, value(f));
        if (conds.length > 0 && !passes(conds, f)) return;
        if (body !== null) body(f, r, undefined);
        else {
          add(f, r);
          if (obs !== null) obs.mutate(r);
        }
      };
      continue;
    }
    const iterExpr = gi === 0 ? null : compileExpr(foldIter(g.iter), ictx);
    inner = (f, r, first) => {
      let it = first;
      if (iterExpr !== null) {
        const src = iterExpr(f);
        try {
          it = getIter(src);
        } finally {
          decref(src);
        }
      }
      try {
        for (;;) {
          const v = iterNext(it);
          if (v === STOP) break;
          store(f, v);
          if (conds.length === 0 || passes(conds, f)) {
            if (body !== null) body(f, r, undefined);
            else {
              if (listElt !== null) {
                // LIST_APPEND, the element evaluated here
                const x = listElt(f);
                listAppendAlloc(r as PyList);
                (r as PyList).items.push(x);
              } else add(f, r);
              if (obs !== null) obs.mutate(r);
            }
          }
          if (profile.quickeningWarmup > 0) codeWarmup(f.code);
          evalBreaker(); // JUMP_BACKWARD
        }
      } finally {
        decref(it);
      }
    };
  }
  return inner!;
}

/** BUILD_LIST / BUILD_SET / BUILD_MAP: the comprehension's empty result */
export function newResultFor(e: A.Comprehension): () => PyObject {
  return e.type === 'list' ? () => newListExact([]) : e.type === 'set' ? () => newSet() : () => newDictSized();
}
