// Expressions compile to closures `(frame) => value`; each returns a NEW reference, as every
// CPython instruction that pushes leaves an owned reference on the value stack.

import { GENERIC, newSpecSite } from '../specialize/cache';
import { PyBytes, bytesConstant } from '../../objects/bytes';
import { ConstTuple, constBytesFor, constTupleFor, foldConstant } from './consts';
import { listDisplaySizer, starredListSizer } from './listDisplay';
import { buildSetDisplay, setDisplayKind } from './setDisplay';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyFloat } from '../../objects/float';
import { newList } from '../../objects/list';
import { newTuple, newBuiltTuple, PyTuple } from '../../objects/tuple';
import { newSet } from '../../objects/set';
import { newSlice } from '../../objects/descriptors';
import { binaryOp, unaryOp } from '../ops';
import { instanceCompare, richCompare, type CmpOp } from '../compare';
import { PyInstance } from '../../objects/instance';
import { PyComplex } from '../../objects/complex';
import { contains, getItem, pyTruthy } from '../protocols';
import { getAttr } from '../attr';
import { borrowPart, formatPart, specializePart } from '../../parts';
import { profile } from '../../versions';
import { pyAscii, pyRepr, pyStr } from '../repr';
import { optimizeFormat } from '../../../python/optimizeFormat';
import { raise } from '../errors';
import * as BT from '../../objects/builtinTypes';
import type { Scope } from '../../../python/symtable';
import { compileLambda, compileComprehension } from './functions';
import { compileName } from './names';
import { compileElt, evalElts, compileDict, type Lending, type StarSource } from './displays';
import { compileCall } from './calls';
import { gcNew } from '../../gc/heap';
import { compileNamedExpr, compileImag } from './assignExpr';
import { compileJumpIf } from './flow/jumpIf';
import { Ellipsis } from '../protocols';

export type EFn = (f: Frame) => unknown;

export interface Ctx {
  scope: Scope;
  byNode: Map<unknown, Scope>;
}

/** an expression ast_opt folds into a constant: its value on each load (a new reference) */
function folded(e: A.Expr, ctx: Ctx): EFn | null {
  const c = foldConstant(e);
  if (!c.ok) return null;
  const v = c.v;
  if (v instanceof ConstTuple) {
    const t = constTupleFor(v, ctx.scope, ctx.byNode);
    return () => incref(t);
  }
  if (v instanceof PyBytes) return () => incref(v);
  return () => v;
}

/**
 * fold_iter (Python/ast_opt.c): a list display iterated by `for` or a comprehension, or
 * searched by `in`, is compiled as a tuple display — a constant tuple of the code object when
 * its items are constants, so its items are not new references each time the line runs.
 */
export function foldIter(e: A.Expr): A.Expr {
  if (e.kind !== 'List' || e.elts.some((x) => x.kind === 'Starred')) return e;
  return { ...e, kind: 'Tuple' };
}

/** operators and displays whose operands 3.14 may load borrowed (compile/borrowOps.ts) */
const LENDING: Partial<Record<A.Expr['kind'], true>> = { Compare: true, BinOp: true, UnaryOp: true, Subscript: true, Attribute: true, List: true, Tuple: true, Set: true, Dict: true, Slice: true };

/** a display some of whose loads are lent (3.14, marked by compile/borrowOps.ts), else null */
function displayLending(e: A.Expr): Lending | null {
  return profile.borrowedLocalLoads ? borrowPart().displayLending(e) : null;
}

export function compileExpr(e: A.Expr, ctx: Ctx): EFn {
  if (profile.borrowedLocalLoads && LENDING[e.kind] === true) return borrowPart().compileLendingExpr(e, ctx, compileOperator);
  return compileOperator(e, ctx);
}

function compileOperator(e: A.Expr, ctx: Ctx): EFn {
  switch (e.kind) {
    case 'Int': {
      const v = e.value;
      return () => v;
    }
    case 'Float': {
      const v = new PyFloat(e.value);
      return () => v;
    }
    case 'Str': {
      if (e.bytes) {
        const b = constBytesFor(e.value, ctx.scope, ctx.byNode);
        return () => incref(b);
      }
      const v = e.value;
      return () => v;
    }
    case 'Bool': {
      const v = e.value;
      return () => v;
    }
    case 'None':
      return () => null;
    case 'Name':
      return compileName(e, ctx);
    case 'FString':
      return compileFString(e, ctx);
    case 'List': {
      const items = e.elts.map((x) => compileElt(x, ctx));
      const lend = displayLending(e);
      if (e.elts.some((x) => x.kind === 'Starred')) {
        const starred = starredListSizer(e.elts);
        return (f) => {
          const stars: StarSource[] = [];
          return starred(newList(evalElts(items, f, stars, false, lend)), stars);
        };
      }
      const sized = listDisplaySizer(e.elts);
      return (f) => sized(newList(evalElts(items, f, undefined, false, lend)));
    }
    case 'Tuple': {
      const c = folded(e, ctx);
      if (c !== null) return c;
      const items = e.elts.map((x) => compileElt(x, ctx));
      const lend = displayLending(e);
      return (f) => newBuiltTuple(evalElts(items, f, undefined, false, lend));
    }
    case 'Set': {
      const items = e.elts.map((x) => compileElt(x, ctx));
      const how = setDisplayKind(e.elts);
      const lend = displayLending(e);
      return (f) => {
        const vals = evalElts(items, f, undefined, true, lend);
        try {
          return buildSetDisplay(how, vals);
        } finally {
          for (const v of vals) decref(v);
        }
      };
    }
    case 'Dict':
      return compileDict(e, ctx, displayLending(e));
    case 'BinOp': {
      const c = folded(e, ctx);
      if (c !== null) return c;
      const fs = formatAsFString(e);
      if (fs !== null) return compileFString(fs, ctx);
      const l = compileExpr(e.left, ctx);
      const r = compileExpr(e.right, ctx);
      const op = e.op;
      if (op === '+') {
        return (f) => {
          const a = l(f);
          let b: unknown;
          try {
            b = r(f);
          } catch (x) {
            decref(a);
            throw x;
          }
          if (typeof a === 'number' && typeof b === 'number') {
            const s = a + b;
            if (s <= 9007199254740991 && s >= -9007199254740991) return s;
          }
          return binaryOpConsuming(op, a, b);
        };
      }
      return (f) => {
        const a = l(f);
        let b: unknown;
        try {
          b = r(f);
        } catch (x) {
          decref(a);
          throw x;
        }
        return binaryOpConsuming(op, a, b);
      };
    }
    case 'UnaryOp': {
      const c = folded(e, ctx);
      if (c !== null) return c;
      const o = compileExpr(e.operand, ctx);
      if (e.op === 'not') {
        return (f) => {
          const v = o(f);
          try {
            return !pyTruthy(v);
          } finally {
            decref(v);
          }
        };
      }
      const op = e.op;
      return (f) => {
        const v = o(f);
        try {
          return unaryOp(op, v);
        } finally {
          decref(v);
        }
      };
    }
    case 'BoolOp': {
      const vals = e.values.map((x) => compileExpr(x, ctx));
      const isAnd = e.op === 'and';
      const copies = profile.boolOpCopiesOperand;
      return (f) => {
        let v: unknown = undefined;
        for (let i = 0; i < vals.length; i++) {
          v = vals[i](f);
          if (i === vals.length - 1) return v;
          // 3.12+: COPY 1 then TO_BOOL consumes the copy
          if (copies) incref(v);
          const t = copies ? truthOwned(v) : pyTruthy(v);
          if (isAnd ? !t : t) return v;
          decref(v);
        }
        return v;
      };
    }
    case 'Compare':
      return compileCompare(e, ctx);
    case 'IfExp': {
      const t = compileJumpIf(e.test, ctx);
      const b = compileExpr(e.body, ctx);
      const o = compileExpr(e.orelse, ctx);
      return (f) => (truthOwned(t(f)) ? b(f) : o(f));
    }
    case 'Call':
      return compileCall(e, ctx);
    case 'Attribute': {
      const v = compileExpr(e.value, ctx);
      const name = e.attr;
      // 3.12+: LOAD_ATTR_PROPERTY / LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN (eval/specialize.ts)
      const site = profile.loadAttrPythonFrames ? newSpecSite() : null;
      return (f) => {
        const o = v(f);
        if (site !== null && o instanceof PyInstance) {
          const r = specializePart().loadAttrSpecialized(site, f, o, name);
          if (r !== GENERIC) return r;
        }
        try {
          return getAttr(o, name);
        } finally {
          decref(o);
        }
      };
    }
    case 'Subscript': {
      const v = compileExpr(e.value, ctx);
      const k = compileExpr(e.index, ctx);
      const site = newSpecSite(); // BINARY_SUBSCR_GETITEM (eval/specialize.ts)
      return (f) => {
        const o = v(f);
        let key: unknown;
        try {
          key = k(f);
        } catch (x) {
          decref(o);
          throw x;
        }
        if (o instanceof PyInstance) {
          const r = specializePart().binarySubscrGetitem(site, f, o, key);
          if (r !== GENERIC) return r;
        }
        try {
          return getItem(o, key);
        } finally {
          decref(o);
          decref(key);
        }
      };
    }
    case 'Slice': {
      const lo = e.lower ? compileExpr(e.lower, ctx) : null;
      const hi = e.upper ? compileExpr(e.upper, ctx) : null;
      const st = e.step ? compileExpr(e.step, ctx) : null;
      // BUILD_SLICE: the bounds evaluated left to right, then the slice (3.11 has no slice constants)
      return (f) => {
        const a = lo ? lo(f) : null;
        let b: unknown = null;
        try {
          b = hi ? hi(f) : null;
          const c = st ? st(f) : null;
          return newSlice(a, b, c);
        } catch (x) {
          decref(b);
          decref(a);
          throw x;
        }
      };
    }
    case 'Lambda':
      return compileLambda(e, ctx);
    case 'Comprehension':
      return compileComprehension(e, ctx);
    case 'Starred':
      return () => raise(BT.T_SyntaxError, "can't use starred expression here");
    case 'Yield':
    case 'YieldFrom':
      // only a generator's body holds yields, and genExpr.ts compiles those
      return () => raise(BT.T_SystemError, "'yield' outside a generator body");
    case 'NamedExpr':
      return compileNamedExpr(e, ctx);
    case 'Ellipsis':
      return () => Ellipsis;
    case 'Imag':
      return compileImag(e);
  }
}

export function truthOwned(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  try {
    return pyTruthy(v);
  } finally {
    decref(v);
  }
}

const CMP: Record<string, CmpOp> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', '==': '==', '!=': '!=' };

/** the result of one comparison step, as a new reference */
export function compareOp(op: A.CmpOperator, a: unknown, b: unknown): unknown {
  switch (op) {
    case 'is':
      return a === b || (a instanceof PyFloat && b instanceof PyFloat && a === b);
    case 'is not':
      return a !== b;
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    case '<':
      if (typeof a === 'number' && typeof b === 'number') return a < b;
      break;
    case '==':
      if (typeof a === 'number' && typeof b === 'number') return a === b;
      if (typeof a === 'string' && typeof b === 'string') return a === b;
      break;
  }
  // an instance's own method straight from here (a JS frame less when recursion goes through __eq__)
  if (a instanceof PyInstance && !(b instanceof PyComplex)) return instanceCompare(a, b, CMP[op]);
  return richCompare(a, b, CMP[op]);
}

function compileCompare(e: A.Compare, ctx: Ctx): EFn {
  const left = compileExpr(e.left, ctx);
  const rights = e.comparators.map((c, i) => compileExpr(e.ops[i] === 'in' || e.ops[i] === 'not in' ? foldIter(c) : c, ctx));
  const ops = e.ops;
  if (ops.length === 1) {
    const r = rights[0];
    const op = ops[0];
    return (f) => {
      const a = left(f);
      let b: unknown;
      try {
        b = r(f);
      } catch (x) {
        decref(a);
        throw x;
      }
      try {
        return compareOp(op, a, b);
      } finally {
        decref(a);
        decref(b);
      }
    };
  }
  return (f) => {
    let a = left(f);
    for (let i = 0; i < ops.length; i++) {
      let b: unknown;
      try {
        b = rights[i](f);
      } catch (x) {
        decref(a);
        throw x;
      }
      // SWAP 2, COPY 2: a middle operand is on the stack twice while it is compared (the copy is the next comparison's left)
      const carry = i < ops.length - 1;
      if (carry) incref(b);
      let res: unknown;
      try {
        res = compareOp(ops[i], a, b);
      } catch (x) {
        decref(a);
        decref(b);
        if (carry) decref(b);
        throw x;
      }
      if (carry) decref(b);
      decref(a);
      if (i === ops.length - 1) {
        decref(b);
        return res;
      }
      if (!pyTruthy(res)) {
        decref(b);
        return res;
      }
      decref(res);
      a = b;
    }
    return true;
  };
}

/**
 * fold_binop's optimize_format: a constant str % a tuple display without starred items (3.11-3.13:
 * after folding, so the left may be folded constants and a tuple of constants is a constant, not a
 * display; 3.14 folds in the code generator, after this) may compile as an f-string
 */
function formatAsFString(e: A.BinOp): A.FString | null {
  if (e.op !== '%' || e.right.kind !== 'Tuple' || e.right.elts.length === 0) return null;
  const elts = e.right.elts;
  if (elts.some((x) => x.kind === 'Starred')) return null;
  let fmt: unknown;
  if (profile.tupleConstantsInAstArena) {
    if (foldConstant(e.right).ok) return null;
    const l = foldConstant(e.left);
    if (!l.ok) return null;
    fmt = l.v;
  } else if (e.left.kind === 'Str' && !e.left.bytes) fmt = e.left.value;
  if (typeof fmt !== 'string') return null;
  return optimizeFormat(e, fmt, elts);
}

function compileFString(e: A.FString, ctx: Ctx): EFn {
  const parts = e.parts.map((p) => (typeof p === 'string' ? p : compileFormatted(p, ctx)));
  return (f) => {
    let s = '';
    for (const p of parts) s += typeof p === 'string' ? p : p(f);
    return s;
  };
}

function compileFormatted(p: A.FormattedValue, ctx: Ctx): (f: Frame) => string {
  if (profile.borrowedLocalLoads) return borrowPart().compileLendingFormatted(p, ctx, compileFormattedValue);
  return compileFormattedValue(p, ctx);
}

function compileFormattedValue(p: A.FormattedValue, ctx: Ctx): (f: Frame) => string {
  const ex = compileExpr(p.expr, ctx);
  const spec = p.spec ? p.spec.map((q) => (typeof q === 'string' ? q : compileFormatted(q, ctx))) : null;
  const conv = p.conversion || (p.selfDoc !== null && spec === null ? 'r' : '');
  const prefix = p.selfDoc ?? '';
  return (f) => {
    const v = ex(f);
    try {
      let sp = '';
      if (spec !== null) for (const q of spec) sp += typeof q === 'string' ? q : q(f);
      let val: unknown = v;
      if (conv === 'r') val = pyRepr(v);
      else if (conv === 'a') val = pyAscii(v);
      else if (conv === 's') val = pyStr(v);
      // (no spec, a plain value: its str(); the format mini-language is fetched on first use)
      const plain = sp === '' && (val === null || typeof val === 'string' || typeof val === 'number' || typeof val === 'bigint' || typeof val === 'boolean');
      return prefix + (plain ? pyStr(val) : formatPart().formatValue(val, sp));
    } finally {
      decref(v);
    }
  };
}

/**
 * BINARY_OP with both operands consumed, in a function of its own: the operator's closure stays on
 * the JS stack while its right operand runs (`1 + f(n - 1)`, per Python level) and is kept small
 */
function binaryOpConsuming(op: A.BinOp['op'], a: unknown, b: unknown): unknown {
  try {
    return binaryOp(op, a, b);
  } finally {
    decref(a);
    decref(b);
  }
}
