// Operator rules from CPython 3.11's Grammar/python.gram, sections "Comparison operators",
// "Bitwise operators" and "Arithmetic operators": comparison down to power. Each function
// is one grammar rule; the grammar text is quoted above it. Left-recursive rules
// (bitwise_or, sum, term, ...) are written as loops, which accept exactly the same input
// as CPython's seed-growing left recursion.

import type { BinOperator, CmpOperator, Expr } from '../ast';
import type { Parser } from './core';
import { awaitPrimary } from './primary';
import { R } from './rules';

// comparison: a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare } | bitwise_or
export function comparison(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = bitwiseOr(p);
  if (!a) return null;
  const ops: CmpOperator[] = [];
  const comparators: Expr[] = [];
  for (;;) {
    const m = p.mark;
    const op = compareOp(p);
    if (op) {
      const b = bitwiseOr(p);
      if (b) {
        ops.push(op);
        comparators.push(b);
        continue;
      }
    }
    p.mark = m;
    break;
  }
  if (ops.length === 0) return a;
  return { kind: 'Compare', left: a, ops, comparators, ...p.span(start) };
}

const SIMPLE_CMP = new Set(['==', '!=', '<=', '<', '>=', '>']);

/** The operator half of compare_op_bitwise_or_pair ('not' 'in', 'is' 'not' are two tokens). */
function compareOp(p: Parser): CmpOperator | null {
  const t = p.peek();
  if (SIMPLE_CMP.has(t)) {
    p.mark++;
    return t as CmpOperator;
  }
  const m = p.mark;
  if (t === 'not') {
    p.mark++;
    if (p.expect('in')) return 'not in';
    p.mark = m;
    return null;
  }
  if (t === 'in') {
    p.mark++;
    return 'in';
  }
  if (t === 'is') {
    p.mark++;
    if (p.expect('not')) return 'is not';
    return 'is';
  }
  return null;
}

/** A left-associative binary operator level written as a loop. */
function binaryLevel(p: Parser, rule: R, ops: readonly string[], operand: (p: Parser) => Expr | null): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(rule)) return p.memoResult as Expr | null;
  const start = p.mark;
  let left = operand(p);
  if (left) {
    for (;;) {
      const m = p.mark;
      const t = p.peek();
      if (ops.includes(t)) {
        p.mark++;
        const right = operand(p);
        if (right) {
          left = { kind: 'BinOp', op: t as BinOperator, left, right, ...p.span(start) };
          continue;
        }
      }
      p.mark = m;
      break;
    }
  }
  p.insertMemo(rule, start, left);
  return left;
}

const OR_OPS = ['|'];

const XOR_OPS = ['^'];

const AND_OPS = ['&'];

const SHIFT_OPS = ['<<', '>>'];

const SUM_OPS = ['+', '-'];

const TERM_OPS = ['*', '/', '//', '%', '@'];

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
export function bitwiseOr(p: Parser): Expr | null {
  return binaryLevel(p, R.bitwise_or, OR_OPS, bitwiseXor);
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
function bitwiseXor(p: Parser): Expr | null {
  return binaryLevel(p, R.bitwise_xor, XOR_OPS, bitwiseAnd);
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
function bitwiseAnd(p: Parser): Expr | null {
  return binaryLevel(p, R.bitwise_and, AND_OPS, shiftExpr);
}

// shift_expr: shift_expr ('<<' | '>>') sum | sum
function shiftExpr(p: Parser): Expr | null {
  return binaryLevel(p, R.shift_expr, SHIFT_OPS, sum);
}

// sum: sum ('+' | '-') term | term
export function sum(p: Parser): Expr | null {
  return binaryLevel(p, R.sum, SUM_OPS, term);
}

// term: term ('*' | '/' | '//' | '%' | '@') factor | factor
export function term(p: Parser): Expr | null {
  return binaryLevel(p, R.term, TERM_OPS, factor);
}

// factor (memo): '+' factor | '-' factor | '~' factor | power
export function factor(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.factor)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = factorBody(p);
  p.insertMemo(R.factor, memoStart, r);
  return r;
}

function factorBody(p: Parser): Expr | null {
  const start = p.mark;
  const t = p.peek();
  if (t === '+' || t === '-' || t === '~') {
    p.mark++;
    const a = factor(p);
    if (a) return { kind: 'UnaryOp', op: t, operand: a, ...p.span(start) };
    if (p.errorIndicator) return null;
    p.mark = start;
    return null;
  }
  return power(p);
}

// power: a=await_primary '**' b=factor { BinOp(Pow) } | await_primary
function power(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = awaitPrimary(p);
  if (!a) return null;
  const m = p.mark;
  if (p.expect('**')) {
    const b = factor(p);
    if (b) return { kind: 'BinOp', op: '**', left: a, right: b, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = m;
  return a;
}
