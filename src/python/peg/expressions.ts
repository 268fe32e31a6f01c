// Expression rules, ported one by one from CPython 3.11's Grammar/python.gram
// ("EXPRESSIONS" and "Primary elements"): the precedence chain from expressions down to
// atoms. Each function is one grammar rule; the grammar text is quoted above it.
// Left-recursive rules (sum, term, primary, ...) are written as loops, which accept
// exactly the same input as CPython's seed-growing left recursion.

import type { BinOperator, CmpOperator, Expr, Span } from '../ast';
import type { Token } from '../tokenizer';
import { argumentsRule, starredExpression } from './arguments';
import type { Parser } from './core';
import { dict, dictcomp, genexp, list, listcomp, set, setcomp, tuple } from './displays';
import { invalidExpression, invalidGroup, invalidLegacyExpression, invalidNamedExpression } from './invalid';
import { nameNode, spanOf } from './names';
import { lambdaParams } from './params';
import { R } from './rules';
import { strings } from './strings';

/** Stand-in for an expression RefScope does not support (recorded in p.extra). */
export function standIn(p: Parser, kind: 'Yield' | 'YieldFrom' | 'Await' | 'NamedExpr', elts: Expr[], span: Span): Expr {
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
    invalidExpression(p);
    if (p.errorIndicator) return null;
    p.mark = start;
    invalidLegacyExpression(p);
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
    if (a) return standIn(p, 'YieldFrom', [a], p.span(start));
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('yield')) {
    const a = starExpressions(p);
    if (p.errorIndicator) return null;
    return standIn(p, 'Yield', a ? [a] : [], p.span(start));
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
    invalidNamedExpression(p);
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

// await_primary (memo): AWAIT a=primary { Await(a) } | primary
function awaitPrimary(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.await_primary)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = awaitPrimaryBody(p);
  p.insertMemo(R.await_primary, memoStart, r);
  return r;
}

function awaitPrimaryBody(p: Parser): Expr | null {
  const start = p.mark;
  if (p.expect('await')) {
    const a = primary(p);
    if (a) return standIn(p, 'Await', [a], p.span(start));
    if (p.errorIndicator) return null;
    p.mark = start;
    return null;
  }
  return primary(p);
}

// primary:
//     | a=primary '.' b=NAME { Attribute }
//     | a=primary b=genexp { Call(a, [b]) }
//     | a=primary '(' b=[arguments] ')' { Call }
//     | a=primary '[' b=slices ']' { Subscript }
//     | atom
export function primary(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.primary)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = primaryBody(p);
  p.insertMemo(R.primary, memoStart, r);
  return r;
}

function primaryBody(p: Parser): Expr | null {
  const start = p.mark;
  let a = atom(p);
  if (!a) return null;
  for (;;) {
    const next = trailer(p, a, start);
    if (!next) {
      if (p.errorIndicator) return null;
      return a;
    }
    a = next;
  }
}

/**
 * One step of primary / t_primary: '.' NAME, genexp, '(' [arguments] ')' or '[' slices ']'
 * applied to `a`. Restores the mark and returns null when none applies.
 */
export function trailer(p: Parser, a: Expr, start: number): Expr | null {
  const m = p.mark;
  const t = p.peek();
  if (t === '.') {
    p.mark++;
    const b = p.nameToken();
    if (b) return { kind: 'Attribute', value: a, attr: b.text, ...p.span(start) };
    p.mark = m;
    return null;
  }
  const tryCall = (): Expr | null => {
    const g = genexp(p);
    if (g) return { kind: 'Call', func: a, args: [g], keywords: [], ...p.span(start) };
    if (p.errorIndicator) return null;
    p.mark = m;
    if (p.expect('(')) {
      const args = argumentsRule(p);
      if (p.errorIndicator) return null;
      if (p.expect(')')) {
        return { kind: 'Call', func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], ...p.span(start) };
      }
    }
    p.mark = m;
    return null;
  };
  const trySubscript = (): Expr | null => {
    if (p.expect('[')) {
      const b = slices(p);
      if (b && p.expect(']')) return { kind: 'Subscript', value: a, index: b, ...p.span(start) };
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    return null;
  };
  if (t === '(') return tryCall();
  // genexp comes before subscripts; in the second pass its invalid_comprehension
  // alternative also looks at '[' and '{' (f[a, b for ...], f{...})
  if (p.callInvalidRules && (t === '[' || t === '{')) {
    genexp(p);
    if (p.errorIndicator) return null;
    p.mark = m;
  }
  if (t === '[') return trySubscript();
  return null;
}

// slices:
//     | a=slice !',' { a }
//     | a=','.(slice | starred_expression)+ [','] { Tuple(a) }
export function slices(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = slice(p);
  if (a && !p.at(',')) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  const elts = sepList(p, (q) => {
    const m = q.mark;
    const s = slice(q);
    if (s) return s;
    if (q.errorIndicator) return null;
    q.mark = m;
    return starredExpression(q);
  });
  if (!elts) return null;
  p.expect(',');
  return { kind: 'Tuple', elts, ...p.span(start) };
}

// slice:
//     | a=[expression] ':' b=[expression] c=[':' d=[expression]] { Slice(a, b, c) }
//     | a=named_expression { a }
function slice(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = expression(p);
  if (p.errorIndicator) return null;
  if (!a) p.mark = start;
  if (p.expect(':')) {
    const bm = p.mark;
    const b = expression(p);
    if (p.errorIndicator) return null;
    if (!b) p.mark = bm;
    let c: Expr | null = null;
    const cm = p.mark;
    if (p.expect(':')) {
      const dm = p.mark;
      c = expression(p);
      if (p.errorIndicator) return null;
      if (!c) p.mark = dm;
    } else {
      p.mark = cm;
    }
    return { kind: 'Slice', lower: a, upper: b, step: c, ...p.span(start) };
  }
  p.mark = start;
  return namedExpression(p);
}

// atom:
//     | NAME | 'True' | 'False' | 'None'
//     | &STRING strings
//     | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...'
export function atom(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const t = p.peek();
  const tok = p.toks[start];
  switch (t) {
    case 'NAME':
      p.mark++;
      return nameNode(tok);
    case 'True':
    case 'False':
      p.mark++;
      return { kind: 'Bool', value: t === 'True', ...spanOf(tok) };
    case 'None':
      p.mark++;
      return { kind: 'None', ...spanOf(tok) };
    case 'STRING':
      return strings(p);
    case 'NUMBER':
      p.mark++;
      return numberNode(p, tok);
    case '(':
      return firstOf(p, start, [tuple, group, genexp]);
    case '[':
      return firstOf(p, start, [list, listcomp]);
    case '{':
      return firstOf(p, start, [dict, set, dictcomp, setcomp]);
    case '...': {
      p.mark++;
      return { kind: 'Ellipsis', ...spanOf(tok) };
    }
    default:
      return null;
  }
}

function firstOf(p: Parser, start: number, alts: ((p: Parser) => Expr | null)[]): Expr | null {
  for (const alt of alts) {
    const r = alt(p);
    if (r) return r;
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  return null;
}

/** _PyPegen_number_token: int (number or bigint), float, or a complex stand-in. */
export function numberNode(p: Parser, tok: Token): Expr {
  const text = tok.text.replace(/_/g, '');
  const span = spanOf(tok);
  const last = text[text.length - 1];
  if (last === 'j' || last === 'J') {
    return { kind: 'Imag', value: parseFloat(text.slice(0, -1)) || 0, ...span };
  }
  const lower = text.toLowerCase();
  const isRadix = lower.startsWith('0x') || lower.startsWith('0o') || lower.startsWith('0b');
  if (!isRadix && /[.e]/.test(lower)) {
    return { kind: 'Float', value: parseFloat(lower), ...span };
  }
  let big: bigint;
  try {
    big = BigInt(isRadix ? lower : lower.replace(/^0+(?=\d)/, ''));
  } catch {
    // a malformed literal the tokenizer already reported
    return { kind: 'Int', value: 0, ...span };
  }
  if (!isRadix && text.length > 4300) {
    // CPython 3.11 refuses decimal literals beyond its int/str conversion limit
    p.raiseFull(
      'SyntaxError',
      `Exceeds the limit (4300 digits) for integer string conversion: value has ${text.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      tok.line, 0, tok.line, 0,
    );
  }
  const n = Number(big);
  return { kind: 'Int', value: Number.isSafeInteger(n) ? n : big, ...span };
}

// group:
//     | '(' a=(yield_expr | named_expression) ')' { a }
//     | invalid_group
function group(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('(')) {
    const m = p.mark;
    let a = yieldExpr(p);
    if (!a && !p.errorIndicator) {
      p.mark = m;
      a = namedExpression(p);
    }
    if (a && p.expect(')')) return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidGroup(p);
    p.mark = start;
  }
  return null;
}

// lambdef: 'lambda' a=[lambda_params] ':' b=expression { Lambda }
function lambdef(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('lambda')) {
    const m = p.mark;
    let a = lambdaParams(p);
    if (p.errorIndicator) return null;
    if (!a) p.mark = m;
    if (p.expect(':')) {
      const b = expression(p);
      if (b) {
        a ??= { args: [], vararg: null, kwonly: [], kwarg: null };
        return { kind: 'Lambda', args: a, body: b, ...p.span(start) };
      }
    }
  }
  p.mark = start;
  return null;
}
