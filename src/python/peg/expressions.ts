// Expression rules, ported one by one from CPython 3.11's Grammar/python.gram, section
// "EXPRESSIONS": expressions, yield and starred expressions, named expressions (walrus)
// and the boolean operators (disjunction, conjunction, inversion). Each function is one
// grammar rule; the grammar text is quoted above it. The rest of the precedence chain
// follows python.gram's next sections: operators.ts (comparison, bitwise and arithmetic
// operators), primary.ts (primary elements and atoms); lambdef sits with lambda_params
// in params.ts ("Lambda functions").

import type { Expr, Span } from '../ast';
import type { Parser } from './core';
import { nameNode } from './names';
import { bitwiseOr, comparison } from './operators';
import { lambdef } from './params';
import { R } from './rules';
import { invalidRules } from './lateRules';

/** Stand-in for an expression RefScope does not support (recorded in p.extra). */
export function standIn(p: Parser, kind: 'Await', elts: Expr[], span: Span): Expr {
  const e: Expr = { kind: 'Tuple', elts, ...span };
  p.extra.set(e, { kind });
  return e;
}

// expressions:
//     | a=expression b=(',' c=expression { c })+ [','] { Tuple }
//     | a=expression ',' { Tuple }
//     | expression
export function expressions(p: Parser): Expr | null {
  return commaList(p, expression);
}

/** The shared shape of expressions / star_expressions: x (',' x)+ [','] | x ',' | x */
function commaList(p: Parser, item: (p: Parser) => Expr | null): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = item(p);
  if (a) {
    const elts = [a];
    for (;;) {
      const m = p.mark;
      if (p.expect(',')) {
        const c = item(p);
        if (c) {
          elts.push(c);
          continue;
        }
      }
      p.mark = m;
      break;
    }
    if (elts.length > 1) {
      p.expect(',');
      return { kind: 'Tuple', elts, ...p.span(start) };
    }
    if (p.expect(',')) return { kind: 'Tuple', elts, ...p.span(start) };
    return a;
  }
  return null;
}

// expression (memo):
//     | invalid_expression
//     | invalid_legacy_expression
//     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
//     | disjunction
//     | lambdef
export function expression(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.expression)) return p.memoResult as Expr | null;
  const start = p.mark;
  const r = expressionBody(p, true);
  p.insertMemo(R.expression, start, r);
  return r;
}

// expression_without_invalid: the same alternatives with invalid_* rules switched off
export function expressionWithoutInvalid(p: Parser): Expr | null {
  return p.withoutInvalid(() => {
    if (p.errorIndicator) return null;
    return expressionBody(p, false);
  });
}

function expressionBody(p: Parser, withInvalid: boolean): Expr | null {
  const start = p.mark;
  if (withInvalid && p.callInvalidRules) {
    invalidRules().invalidExpression(p);
    if (p.errorIndicator) return null;
    p.mark = start;
    invalidRules().invalidLegacyExpression(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  const a = disjunction(p);
  if (a) {
    const m = p.mark;
    if (p.expect('if')) {
      const b = disjunction(p);
      if (b && p.expect('else')) {
        const c = expression(p);
        if (c) return { kind: 'IfExp', test: b, body: a, orelse: c, ...p.span(start) };
      }
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return lambdef(p);
}

// yield_expr:
//     | 'yield' 'from' a=expression { YieldFrom(a) }
//     | 'yield' a=[star_expressions] { Yield(a) }
export function yieldExpr(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('yield') && p.expect('from')) {
    const a = expression(p);
    if (a) return { kind: 'YieldFrom', value: a, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('yield')) {
    const a = starExpressions(p);
    if (p.errorIndicator) return null;
    return { kind: 'Yield', value: a, ...p.span(start) };
  }
  return null;
}

// star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
export function starExpressions(p: Parser): Expr | null {
  return commaList(p, starExpression);
}

// star_expression (memo):
//     | '*' a=bitwise_or { Starred(a) }
//     | expression
export function starExpression(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.star_expression)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = starExpressionBody(p);
  p.insertMemo(R.star_expression, memoStart, r);
  return r;
}

function starExpressionBody(p: Parser): Expr | null {
  const start = p.mark;
  if (p.expect('*')) {
    const a = bitwiseOr(p);
    if (a) return { kind: 'Starred', value: a, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return expression(p);
}

// star_named_expressions: a=','.star_named_expression+ [','] { a }
export function starNamedExpressions(p: Parser): Expr[] | null {
  if (p.errorIndicator) return null;
  const a = sepList(p, starNamedExpression);
  if (!a) return null;
  p.expect(',');
  return a;
}

/** ','.item+ : one or more items separated by commas (no trailing comma consumed). */
export function sepList<T>(p: Parser, item: (p: Parser) => T | null, sep = ','): T[] | null {
  const first = item(p);
  if (!first) return null;
  const out = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(sep)) {
      const x = item(p);
      if (x) {
        out.push(x);
        continue;
      }
    }
    p.mark = m;
    return out;
  }
}

// star_named_expression:
//     | '*' a=bitwise_or { Starred(a) }
//     | named_expression
export function starNamedExpression(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('*')) {
    const a = bitwiseOr(p);
    if (a) return { kind: 'Starred', value: a, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return namedExpression(p);
}

// assignment_expression: a=NAME ':=' ~ b=expression { NamedExpr(a, b) }
export function assignmentExpression(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = p.nameToken();
  if (a && p.expect(':=')) {
    // cut: no other alternative once ':=' is seen
    const b = expression(p);
    if (!b) return null;
    return { kind: 'NamedExpr', target: nameNode(a) as Expr & { kind: 'Name' }, value: b, ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// named_expression:
//     | assignment_expression
//     | invalid_named_expression
//     | a=expression !':=' { a }
export function namedExpression(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = assignmentExpression(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidNamedExpression(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  const e = expression(p);
  if (e && !p.at(':=')) return e;
  p.mark = start;
  return null;
}

// disjunction (memo): a=conjunction b=('or' c=conjunction)+ { BoolOp(Or) } | conjunction
export function disjunction(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.disjunction)) return p.memoResult as Expr | null;
  const start = p.mark;
  const r = boolChain(p, 'or', conjunction);
  p.insertMemo(R.disjunction, start, r);
  return r;
}

// conjunction (memo): a=inversion b=('and' c=inversion)+ { BoolOp(And) } | inversion
export function conjunction(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.conjunction)) return p.memoResult as Expr | null;
  const start = p.mark;
  const r = boolChain(p, 'and', inversion);
  p.insertMemo(R.conjunction, start, r);
  return r;
}

function boolChain(p: Parser, op: 'and' | 'or', item: (p: Parser) => Expr | null): Expr | null {
  const start = p.mark;
  const a = item(p);
  if (!a) return null;
  const values = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(op)) {
      const c = item(p);
      if (c) {
        values.push(c);
        continue;
      }
    }
    p.mark = m;
    break;
  }
  if (values.length === 1) return a;
  return { kind: 'BoolOp', op, values, ...p.span(start) };
}

// inversion (memo): 'not' a=inversion { UnaryOp(Not, a) } | comparison
export function inversion(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.inversion)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = inversionBody(p);
  p.insertMemo(R.inversion, memoStart, r);
  return r;
}

function inversionBody(p: Parser): Expr | null {
  const start = p.mark;
  if (p.expect('not')) {
    const a = inversion(p);
    if (a) return { kind: 'UnaryOp', op: 'not', operand: a, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return comparison(p);
}
