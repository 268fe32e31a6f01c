// 3.14's borrowed operands of operators (Python/flowgraph.c optimize_load_fast: a LOAD_FAST whose
// reference is consumed in the same basic block becomes LOAD_FAST_BORROW, whatever instruction
// consumes it — COMPARE_OP, BINARY_OP, UNARY_*, TO_BOOL, BINARY_OP [] / STORE_SUBSCR /
// DELETE_SUBSCR, LOAD_ATTR / STORE_ATTR / DELETE_ATTR, GET_ITER, FORMAT_SIMPLE/_WITH_SPEC, and
// the callable of a CALL). The special method the operator reaches gets its own strong
// references (Objects/typeobject.c's slot_* functions call it with a C array), so the operand is
// borrowed exactly while the operator runs: its load pushes it on the lent stack (eval/borrow.ts)
// and the operator's closure releases it when done. Part of the borrowed-load analysis, loaded on
// first use (parts.ts: borrowPart); only the 3.14 profile compiles through here.

import type * as A from '../../../python/ast';
import { borrowRef, onResetBorrows, unborrowRef } from '../borrow';
import { isSafeLoad, splitsBlock } from './borrowAnalysis';
import { compileExpr, truthOwned, type Ctx, type EFn } from './expr';
import type { DelFn, StoreFn } from './target';
import type { Lending } from './displays';
import { dictDisplayPlan } from './dictDisplay';
import type { SFn } from './stmt';
import type { Frame } from '../frame';
import { incref, isHeap, type PyObject } from '../../objects/object';

/**
 * Operands loaded borrowed for an operator (`a == b`, `a[i]`, `if a:`...): the Name nodes whose
 * load pushes onto the lent stack (marked by compile/borrowOps.ts while it compiles the operator),
 * and the stack itself, popped back by the operator once it has consumed them.
 */
export const lentLoads = new WeakSet<object>();
const lentStack: PyObject[] = [];
onResetBorrows(() => {
  lentStack.length = 0;
});

/** LOAD_FAST_BORROW feeding an operator: borrowed until the operator releases it */
export function lendLoad(v: unknown): void {
  if (!isHeap(v)) return;
  borrowRef(v);
  lentStack.push(v);
}

export function lentMark(): number {
  return lentStack.length;
}

/** the operator consumed its operands: the references lent since `base` end */
export function releaseLent(base: number): void {
  while (lentStack.length > base) unborrowRef(lentStack.pop());
}

/**
 * mark the operands (in evaluation order) whose loads are borrowed: certainly-bound loads reached
 * from the entry (isSafeLoad) with no later operand opening a new basic block before the operator
 */
function mark(operands: (A.Expr | null)[], markable: number = operands.length): A.Name[] {
  const out: A.Name[] = [];
  let split = false;
  for (let i = operands.length - 1; i >= 0; i--) {
    const o = operands[i];
    if (o === null) continue;
    if (!split && i < markable && isSafeLoad(o)) out.push(o as A.Name);
    if (splitsBlock(o)) split = true;
  }
  for (const n of out) lentLoads.add(n);
  return out;
}

/** compile with the operands marked (only this operator's own compilation sees the marks) */
function withMarks<T>(operands: (A.Expr | null)[], compile: () => T, wrap: (fn: T) => T, markable?: number): T {
  const marked = mark(operands, markable);
  if (marked.length === 0) return compile();
  try {
    return wrap(compile());
  } finally {
    for (const n of marked) lentLoads.delete(n);
  }
}

/** the operator's closure: the operands lent while it ran are released when it is done */
function consuming<R>(fn: (f: Frame) => R): (f: Frame) => R {
  return (f) => {
    const base = lentMark();
    try {
      return fn(f);
    } finally {
      releaseLent(base);
    }
  };
}

/** the operands an expression's operator consumes, in evaluation order */
function operandsOf(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case 'Compare':
      // a chained comparison copies each middle operand into the next block (and fuses the first
      // two loads into LOAD_FAST_LOAD_FAST): only the last comparator is borrowed
      return e.ops.length === 1 ? [e.left, e.comparators[0]] : [e.comparators[e.comparators.length - 1]];
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'Subscript':
      // a slice's bounds are stolen into the slice object (BINARY_SLICE makes them strong)
      return [e.value, e.index];
    case 'Attribute':
      return [e.value];
    case 'Slice':
      // BUILD_SLICE / BINARY_SLICE / STORE_SLICE: the bounds become the slice's own references
      return [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
    default:
      return [];
  }
}

/** an operator expression (Compare, BinOp, UnaryOp, Subscript, Attribute, Slice) or a display under the 3.14 profile */
export function compileLendingExpr(e: A.Expr, ctx: Ctx, plain: (e: A.Expr, ctx: Ctx) => EFn): EFn {
  if (e.kind === 'List' || e.kind === 'Tuple' || e.kind === 'Set' || e.kind === 'Dict') return compileLendingDisplay(e, ctx, plain);
  return withMarks(operandsOf(e), () => plain(e, ctx), consuming);
}

/** the displays being compiled with lent loads (expr.ts asks displayLending while compiling one) */
const lendingDisplays = new WeakSet<object>();
const LENDING: Lending = { mark: lentMark, release: releaseLent };

export function displayLending(e: A.Expr): Lending | null {
  return lendingDisplays.has(e) ? LENDING : null;
}

/**
 * starunpack_helper / compiler_dict under optimize_load_fast: the items a BUILD_LIST/TUPLE/SET n
 * consumes at the end (or, with `*`, the items before the first star, consumed by BUILD_* i
 * there); each `*x` consumed by its LIST_EXTEND / SET_UPDATE; a dict chunk's keys and values by
 * its BUILD_MAP n (a big chunk's key by its MAP_ADD, after its value), each `**m` by DICT_UPDATE.
 * More than 30 items (BUILD_LIST 0 + LIST_APPEND each) leave no item on the stack while another
 * runs. dis under 3.14.2 shows LOAD_FAST_BORROW for each of these.
 */
function displayMarks(e: A.ListExpr | A.TupleExpr | A.SetExpr | A.DictExpr): A.Name[] {
  const out: A.Name[] = [];
  if (e.kind === 'Dict') {
    const plan = dictDisplayPlan(e.keys);
    let chunk: A.Expr[] = [];
    e.keys.forEach((k, i) => {
      if (k === null) {
        out.push(...mark([e.values[i]]));
        return;
      }
      if (!plan.stacked[i]) {
        out.push(...mark([k, e.values[i]]));
        return;
      }
      chunk.push(k, e.values[i]);
      if (plan.chunkEnd[i]) {
        out.push(...mark(chunk));
        chunk = [];
      }
    });
    return out;
  }
  const first = e.elts.findIndex((x) => x.kind === 'Starred');
  if (e.elts.length <= STACK_USE_GUIDELINE) out.push(...mark(first < 0 ? e.elts : e.elts.slice(0, first)));
  for (const x of e.elts) if (x.kind === 'Starred') out.push(...mark([x.value]));
  return out;
}

const STACK_USE_GUIDELINE = 30;

function compileLendingDisplay(e: A.ListExpr | A.TupleExpr | A.SetExpr | A.DictExpr, ctx: Ctx, plain: (e: A.Expr, ctx: Ctx) => EFn): EFn {
  const marked = displayMarks(e);
  if (marked.length === 0) return plain(e, ctx);
  lendingDisplays.add(e);
  try {
    return consuming(plain(e, ctx));
  } finally {
    lendingDisplays.delete(e);
    for (const n of marked) lentLoads.delete(n);
  }
}

/** one f-string replacement field: FORMAT_SIMPLE / FORMAT_WITH_SPEC consume the value */
export function compileLendingFormatted(p: A.FormattedValue, ctx: Ctx, plain: (p: A.FormattedValue, ctx: Ctx) => (f: Frame) => string): (f: Frame) => string {
  const spec = (p.spec ?? []).flatMap((s) => (typeof s === 'string' ? [] : [s.expr]));
  return withMarks([p.expr, ...spec], () => plain(p, ctx), consuming, 1);
}

/** TO_BOOL + POP_JUMP_IF_*: the test of if/while/assert/x if c else y, a local borrowed for __bool__/__len__ */
export function compileTest(e: A.Expr, ctx: Ctx): EFn {
  const load = compileExpr(e, ctx);
  if (!isSafeLoad(e)) return load;
  return (f) => {
    const v = load(f);
    const base = lentMark();
    lendLoad(v);
    try {
      return truthOwned(v);
    } finally {
      releaseLent(base);
    }
  };
}

/** GET_ITER of `for x in a`: a local borrowed while __iter__ runs (null: not borrowed) */
export function compileLendingIter(e: A.Expr, ctx: Ctx, getIter: (v: unknown) => unknown): EFn | null {
  if (!isSafeLoad(e)) return null;
  const load = compileExpr(e, ctx);
  return (f) => {
    const v = load(f);
    const base = lentMark();
    lendLoad(v);
    try {
      return getIter(v);
    } finally {
      releaseLent(base);
    }
  };
}

/**
 * STORE_ATTR / STORE_SUBSCR of a one-target assignment: the assigned value (loaded just before the
 * store closure runs) and the target's object and key
 */
export function compileLendingStore(t: A.Attribute | A.Subscript, ctx: Ctx, value: A.Expr, plain: (t: A.Expr, ctx: Ctx) => StoreFn): StoreFn {
  return lendingStore(t, ctx, isSafeLoad(value) && !storeOperands(t).some((o) => splitsBlock(o)), plain);
}

function storeOperands(t: A.Expr): A.Expr[] {
  return t.kind === 'Attribute' ? [t.value] : t.kind === 'Subscript' ? [t.value, t.index] : [];
}

/**
 * `a[i] = b.x = v` (every target an attribute or item): v is loaded once and COPY'd for each target
 * but the last; a borrowed load makes borrowed copies, each consumed by its STORE_SUBSCR /
 * STORE_ATTR (checked with dis under 3.14.2); each attribute/item target's operands are borrowed
 * for its store. null: no attribute/item target (the plain path)
 */
export function compileLendingAssign(st: A.Assign, ctx: Ctx, plain: (t: A.Expr, ctx: Ctx) => StoreFn): ((f: Frame, v: unknown) => void) | null {
  const ts = st.targets;
  if (!ts.some((t) => t.kind === 'Attribute' || t.kind === 'Subscript')) return null;
  // a name among the targets stores a copy in a local: the value is loaded strong (k1/k2 with dis);
  // an unpacking target consumes its copy like a store (`c, d = b.x = t` borrows t)
  const valueLent = !ts.some((t) => t.kind === 'Name') && isSafeLoad(st.value) && !ts.some((t) => storeOperands(t).some((o) => splitsBlock(o)));
  const stores = ts.map((t) => (t.kind === 'Attribute' || t.kind === 'Subscript' ? lendingStore(t, ctx, valueLent, plain) : plain(t, ctx)));
  const n = stores.length;
  return (f, v) => {
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      if (!last) incref(v);
      const base = lentMark();
      // the copy still on the stack for the next target is borrowed too
      if (valueLent && !last) lendLoad(v);
      try {
        stores[i](f, v);
      } finally {
        releaseLent(base);
      }
    }
  };
}

function lendingStore(t: A.Attribute | A.Subscript, ctx: Ctx, valueLent: boolean, plain: (t: A.Expr, ctx: Ctx) => StoreFn): StoreFn {
  const ops = storeOperands(t);
  const marked = mark(ops);
  if (marked.length === 0 && !valueLent) return plain(t, ctx);
  let store: StoreFn;
  try {
    store = plain(t, ctx);
  } finally {
    for (const n of marked) lentLoads.delete(n);
  }
  return (f, v) => {
    const base = lentMark();
    if (valueLent) lendLoad(v);
    try {
      store(f, v);
    } finally {
      releaseLent(base);
    }
  };
}

/** DELETE_ATTR / DELETE_SUBSCR */
export function compileLendingDelete(t: A.Attribute | A.Subscript, ctx: Ctx, plain: (t: A.Expr, ctx: Ctx) => DelFn): DelFn {
  return withMarks(t.kind === 'Attribute' ? [t.value] : [t.value, t.index], () => plain(t, ctx), consuming);
}

/** `x op= v`: the target's load (consumed by BINARY_OP before the store), its object and key, and v */
export function compileLendingAugAssign(st: A.AugAssign, ctx: Ctx, plain: (st: A.AugAssign, ctx: Ctx) => SFn): SFn {
  const t = st.target;
  const ops: A.Expr[] = t.kind === 'Name' ? [t, st.value] : t.kind === 'Attribute' ? [t.value, st.value] : t.kind === 'Subscript' ? [t.value, t.index, st.value] : [];
  return withMarks(ops, () => plain(st, ctx), consuming);
}
