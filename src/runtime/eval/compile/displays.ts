// Displays (compile.c's starunpack_helper, compiler_dict): list, tuple, set and dict displays
// with * and ** unpacking.

import { S } from '../state';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref } from '../../objects/object';
import { newDictSized } from '../../objects/dict';
import { dictDisplayPlan } from './dictDisplay';
import { iterToArray } from '../../objects/iter';
import { dictMerge } from '../../builtins/methods/dict';
import { dictUpdateError } from '../../builtins/methods/dictMerge';
import { compileExpr, type Ctx, type EFn } from './expr';
import { extendSource, iterWithHint, type ExtendSource } from '../lengthHint';
import { PyInstance } from '../../objects/instance';
import { T_TypeError } from '../../objects/builtinTypes';
import { PyError, typeError } from '../errors';
import { typeOf } from '../../objects/typeobject/typeOf';

/** what one `*` in a display unpacked: its source as list_extend sees it, and the item count */
export type StarSource = { src: ExtendSource | null; k: number };

export type EltFn = { star: boolean; fn: EFn };

/**
 * 3.14's borrowed display operands (compile/borrowOps.ts marks their loads): what was lent since
 * the display began ends where an instruction consumes it before the display is done — the
 * BUILD_LIST i / BUILD_SET i at the first `*`, each LIST_EXTEND / SET_UPDATE, a chunk's
 * BUILD_MAP n, each MAP_ADD and DICT_UPDATE; the rest ends with the display (its closure)
 */
export interface Lending {
  mark(): number;
  release(base: number): void;
}

export function compileElt(x: A.Expr, ctx: Ctx): EltFn {
  if (x.kind === 'Starred') return { star: true, fn: compileExpr(x.value, ctx) };
  return { star: false, fn: compileExpr(x, ctx) };
}

/**
 * LIST_EXTEND's and check_args_iterable's TypeError for a `*` operand that is neither iterable
 * nor a sequence: "<what> after * must be an iterable, not T" in place of iter()'s words
 */
export function notIterableError(x: unknown, v: unknown, what: string): unknown {
  const t = typeOf(v);
  if (!(x instanceof PyError) || !x.exc.cls.isSubtypeOf(T_TypeError) || t.lookup('__iter__') !== undefined || t.lookup('__getitem__') !== undefined) return x;
  decref(x.exc);
  try {
    typeError(`${what} after * must be an iterable, not ${t.name}`);
  } catch (y) {
    return y;
  }
  return x;
}

/** evaluate display items left to right (on error release what was made); `stars`, when
 * given, learns what each `*` unpacked */
export function evalElts(items: EltFn[], f: Frame, stars?: StarSource[], setUpdate = false, lend: Lending | null = null): unknown[] {
  const out: unknown[] = [];
  const held = items.length > 1;
  const base = lend === null ? 0 : lend.mark();
  if (held) S.pending.push(out);
  try {
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      if (it.star && lend !== null) lend.release(base);
      const v = it.fn(f);
      if (it.star) {
        try {
          let src = stars === undefined ? null : extendSource(v);
          let add: unknown[];
          // LIST_EXTEND's list_extend asks an instance of a Python class for its length hint (SET_UPDATE does not)
          if (v instanceof PyInstance && !setUpdate) {
            const r = iterWithHint(v, 8);
            add = r.items;
            if (stars !== undefined && r.hint !== null) src = { kind: 'len', n: r.hint };
          } else add = iterToArray(v);
          if (stars !== undefined) stars.push({ src, k: add.length });
          out.push(...add);
        } catch (x) {
          throw setUpdate ? x : notIterableError(x, v, 'Value');
        } finally {
          if (lend !== null) lend.release(base);
          decref(v);
        }
      } else out.push(v);
    }
  } catch (x) {
    for (const v of out) decref(v);
    throw x;
  } finally {
    if (held) S.pending.pop();
  }
  return out;
}

export function compileDict(e: A.DictExpr, ctx: Ctx, lend: Lending | null = null): EFn {
  const ks = e.keys.map((k) => (k ? compileExpr(k, ctx) : null));
  const vs = e.values.map((v) => compileExpr(v, ctx));
  const plan = dictDisplayPlan(e.keys);
  return (f) => {
    const base = lend === null ? 0 : lend.mark();
    const d = newDictSized();
    let firstStr = true;
    // a chunk's keys and values on the stack until _PyDict_FromItems has put them in
    let stack: unknown[] | null = null;
    let dictFreed = false;
    try {
      for (let i = 0; i < vs.length; i++) {
        const kf = ks[i];
        if (kf === null) {
          const m = vs[i](f);
          try {
            dictMerge(d, m);
          } catch (x) {
            throw dictUpdateError(x, m);
          } finally {
            if (lend !== null) lend.release(base); // DICT_UPDATE
            decref(m);
          }
          continue;
        }
        if (plan.stacked[i] && stack === null) S.pending.push((stack = []));
        const k = kf(f);
        if (i < plan.firstChunk && typeof k !== 'string') firstStr = false;
        if (stack !== null) {
          stack.push(k);
          stack.push(vs[i](f));
          if (plan.chunkEnd[i]) {
            // BUILD_MAP n: _PyDict_FromItems (which frees the dict when an insertion fails), then
            // the pairs popped from the top
            try {
              for (let j = 0; j < stack.length; j += 2) d.set(stack[j], stack[j + 1]);
            } catch (x) {
              decref(d);
              dictFreed = true;
              throw x;
            }
            popStack(stack);
            S.pending.pop();
            stack = null;
            if (lend !== null) lend.release(base);
          }
        } else {
          let v: unknown;
          try {
            v = vs[i](f);
          } catch (x) {
            decref(k);
            throw x;
          }
          d.setSteal(k, v); // MAP_ADD
          if (lend !== null) lend.release(base);
        }
        if (i === plan.firstChunk - 1) plan.sizeFirstChunk(d, firstStr);
      }
      if (!plan.followed) d.dk = -1;
    } catch (x) {
      if (stack !== null) {
        // the frame's stack unwound from the top
        S.pending.pop();
        popStack(stack);
      }
      if (!dictFreed) decref(d);
      throw x;
    }
    return d;
  };
}

/** the values a chunk left on the stack released from the top */
function popStack(stack: unknown[]): void {
  for (let j = stack.length - 1; j >= 0; j--) decref(stack[j]);
}
