// The invalid_* rules of CPython 3.11's grammar for expressions, assignments and
// displays. They only run in the second pass (after the plain grammar failed) and exist
// to raise specialised error messages. Each function raises (sets p.error) or leaves the
// error state alone; the caller restores the mark. When all items of an alternative
// match, CPython runs its action and does not try the following alternatives of that
// rule even if the action raised nothing; the early `return`s reproduce that.

import type { ComprehensionFor, Expr } from '../ast';
import { args, kwargs, positionalArgs, starredExpression } from './arguments';
import type { Parser } from './core';
import { forIfClauses, genexp, kvpairList, list, tuple } from './displays';
import {
  disjunction, expression, expressionWithoutInvalid, starExpressions, starNamedExpression,
  starNamedExpressions, yieldExpr,
} from './expressions';
import { exprName, raiseInvalidTarget } from './names';
import { bitwiseOr } from './operators';
import { many } from './params';
import { R } from './rules';
import { augassign } from './statements';
import { starTargets } from './targets';

/** _PyPegen_get_last_comprehension_item */
function lastComprehensionItem(c: ComprehensionFor): Expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

const LEGACY = new Set(['print', 'exec']);

function isLegacy(e: Expr): boolean {
  return e.kind === 'Name' && LEGACY.has(e.id);
}

/** try an optional item, restoring the mark if it fails */
export function opt<T>(p: Parser, fn: () => T | null): T | null {
  const m = p.mark;
  const r = fn();
  if (!r) p.mark = m;
  return r;
}

// invalid_arguments
export function invalidArguments(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // 3.11.7 (later than the grammar file this port started from):
  // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs) ',' b='*'
  {
    let ok = false;
    if (positionalArgs(p) && p.expect(',') && kwargs(p)) ok = true;
    if (!ok) {
      if (p.errorIndicator) return;
      p.mark = start;
      ok = kwargs(p) !== null;
    }
    const star = ok && p.expect(',') && p.expect('*');
    if (star) {
      p.raiseAtToken(star, 'iterable argument unpacking follows keyword argument unpacking');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  {
    const a = expression(p);
    const b = a && forIfClauses(p);
    if (a && b && p.expect(',')) {
      const m = p.mark;
      if (!args(p)) {
        if (p.errorIndicator) return;
        p.mark = m;
        if (!(expression(p) && forIfClauses(p))) {
          if (p.errorIndicator) return;
          p.mark = m;
        }
      }
      p.raiseAt(a, 'Generator expression must be parenthesized', lastComprehensionItem(b[b.length - 1]));
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=NAME b='=' expression for_if_clauses
  {
    const a = p.nameToken();
    const b = a && p.expect('=');
    if (a && b && expression(p) && forIfClauses(p)) {
      p.raiseAt(a, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=args b=for_if_clauses { _PyPegen_nonparen_genexp_in_call(p, a, b) }
  {
    const a = args(p);
    const b = a && forIfClauses(p);
    if (a && b) {
      if (a.args.length > 1) {
        p.raiseAt(a.args[a.args.length - 1], 'Generator expression must be parenthesized', lastComprehensionItem(b[b.length - 1]));
      }
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // args ',' a=expression b=for_if_clauses
  {
    if (args(p) && p.expect(',')) {
      const a = expression(p);
      const b = a && forIfClauses(p);
      if (a && b) {
        p.raiseAt(a, 'Generator expression must be parenthesized', lastComprehensionItem(b[b.length - 1]));
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=args ',' args { _PyPegen_arguments_parsing_error(p, a) }
  {
    const a = args(p);
    if (a && p.expect(',') && args(p)) {
      const unpacking = a.keywords.some((k) => k.name === null);
      p.raiseSyntax(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
      return;
    }
    p.mark = start;
  }
}

// invalid_kwarg
export function invalidKwarg(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // a=('True'|'False'|'None') b='='
  {
    const t = p.peek();
    if (t === 'True' || t === 'False' || t === 'None') {
      const a = p.toks[p.mark++];
      const b = p.expect('=');
      if (b) {
        p.raiseAt(a, `cannot assign to ${a.text}`, b);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=NAME b='=' expression for_if_clauses
  {
    const a = p.nameToken();
    const b = a && p.expect('=');
    if (a && b && expression(p) && forIfClauses(p)) {
      p.raiseAt(a, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // !(NAME '=') a=expression b='='
  {
    const nameEq = p.lookahead(true, () => p.nameToken() && p.expect('='));
    if (!nameEq) {
      const a = expression(p);
      const b = a && p.expect('=');
      if (a && b) {
        p.raiseAt(a, 'expression cannot contain assignment, perhaps you meant "=="?', b);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_legacy_expression:
//     | a=NAME !'(' b=star_expressions { legacy ? "Missing parentheses in call to '%U'. Did you mean %U(...)?" : NULL }
export function invalidLegacyExpression(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = p.nameToken();
  if (a && !p.at('(')) {
    const b = starExpressions(p);
    if (b) {
      if (LEGACY.has(a.text)) {
        p.raiseAt(a, `Missing parentheses in call to '${a.text}'. Did you mean ${a.text}(...)?`, b);
      }
      return;
    }
  }
  p.mark = start;
}

// invalid_expression:
//     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {...}
//     | a=disjunction 'if' b=disjunction !('else'|':') { "expected 'else' after 'if' expression" }
export function invalidExpression(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  {
    const excluded = p.lookahead(true, () => {
      const m = p.mark;
      if (p.nameToken() && p.at('STRING')) return true;
      if (p.errorIndicator) return false;
      p.mark = m;
      return p.softKeyword() !== null;
    });
    if (!excluded) {
      const a = disjunction(p);
      const b = a && expressionWithoutInvalid(p);
      if (a && b) {
        if (!isLegacy(a) && p.last().level !== 0) {
          p.raiseAt(a, 'invalid syntax. Perhaps you forgot a comma?', b);
        }
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  {
    const a = disjunction(p);
    if (a && p.expect('if')) {
      const b = disjunction(p);
      if (b && !p.at('else') && !p.at(':')) {
        p.raiseAt(a, "expected 'else' after 'if' expression", b);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_named_expression (memo):
//     | a=expression ':=' expression
//     | a=NAME '=' b=bitwise_or !('='|':=')
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
export function invalidNamedExpression(p: Parser): void {
  if (p.errorIndicator) return;
  p.memoized(R.invalid_named_expression, () => {
    invalidNamedExpressionBody(p);
    return null;
  });
}

function invalidNamedExpressionBody(p: Parser): void {
  const start = p.mark;
  {
    const a = expression(p);
    if (a && p.expect(':=') && expression(p)) {
      p.raiseAt(a, `cannot use assignment expressions with ${exprName(p, a)}`);
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  {
    const a = p.nameToken();
    if (a && p.expect('=')) {
      const b = bitwiseOr(p);
      if (b && !p.at('=') && !p.at(':=')) {
        p.raiseAt(a, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", b);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  {
    const t = p.peek();
    const excluded = t === 'True' || t === 'None' || t === 'False' ||
      p.lookahead(true, () => list(p)) || p.lookahead(true, () => tuple(p)) || p.lookahead(true, () => genexp(p));
    if (p.errorIndicator) return;
    if (!excluded) {
      const a = bitwiseOr(p);
      if (a && p.expect('=') && bitwiseOr(p) && !p.at('=') && !p.at(':=')) {
        p.raiseAt(a, `cannot assign to ${exprName(p, a)} here. Maybe you meant '==' instead of '='?`);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_assignment
export function invalidAssignment(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // a=invalid_ann_assign_target ':' expression
  {
    const a = invalidAnnAssignTarget(p);
    if (a && p.expect(':') && expression(p)) {
      p.raiseAt(a, `only single target (not ${exprName(p, a)}) can be annotated`);
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=star_named_expression ',' star_named_expressions* ':' expression
  {
    const a = starNamedExpression(p);
    if (a && p.expect(',')) {
      many(p, () => starNamedExpressions(p));
      if (p.expect(':') && expression(p)) {
        p.raiseAt(a, 'only single target (not tuple) can be annotated');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=expression ':' expression
  {
    const a = expression(p);
    if (a && p.expect(':') && expression(p)) {
      p.raiseAt(a, 'illegal target for annotation');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // (star_targets '=')* a=star_expressions '='
  {
    starTargetsEqMany(p);
    const a = starExpressions(p);
    if (a && p.expect('=')) {
      raiseInvalidTarget(p, 'star', a);
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // (star_targets '=')* a=yield_expr '='
  {
    starTargetsEqMany(p);
    const a = yieldExpr(p);
    if (a && p.expect('=')) {
      p.raiseAt(a, 'assignment to yield expression not possible');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a=star_expressions augassign (yield_expr | star_expressions)
  {
    const a = starExpressions(p);
    if (a && augassign(p)) {
      const m = p.mark;
      let rhs = yieldExpr(p);
      if (!rhs && !p.errorIndicator) {
        p.mark = m;
        rhs = starExpressions(p);
      }
      if (rhs) {
        p.raiseAt(a, `'${exprName(p, a)}' is an illegal expression for augmented assignment`);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

function starTargetsEqMany(p: Parser): void {
  many(p, () => {
    const t = starTargets(p);
    return t && p.expect('=') ? t : null;
  });
}

// invalid_ann_assign_target: list | tuple | '(' a=invalid_ann_assign_target ')' { a }
function invalidAnnAssignTarget(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const l = list(p);
  if (l) return l;
  if (p.errorIndicator) return null;
  p.mark = start;
  const t = tuple(p);
  if (t) return t;
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('(')) {
    const a = invalidAnnAssignTarget(p);
    if (a && p.expect(')')) return a;
  }
  p.mark = start;
  return null;
}

// invalid_del_stmt: 'del' a=star_expressions { INVALID_TARGET(DEL_TARGETS, a) }
export function invalidDelStmt(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (p.expect('del')) {
    const a = starExpressions(p);
    if (a) {
      raiseInvalidTarget(p, 'del', a);
      return;
    }
  }
  p.mark = start;
}

// invalid_comprehension
export function invalidComprehension(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const open = p.peek();
  // ('[' | '(' | '{') a=starred_expression for_if_clauses
  if (open === '[' || open === '(' || open === '{') {
    p.mark++;
    const a = starredExpression(p);
    if (a && forIfClauses(p)) {
      p.raiseAt(a, 'iterable unpacking cannot be used in comprehension');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  if (open === '[' || open === '{') {
    // ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
    p.mark++;
    const a = starNamedExpression(p);
    if (a && p.expect(',')) {
      const b = starNamedExpressions(p);
      if (b && forIfClauses(p)) {
        p.raiseAt(a, 'did you forget parentheses around the comprehension target?', b[b.length - 1]);
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start + 1;
    // ('[' | '{') a=star_named_expression b=',' for_if_clauses
    const a2 = starNamedExpression(p);
    const b2 = a2 && p.expect(',');
    if (a2 && b2 && forIfClauses(p)) {
      p.raiseAt(a2, 'did you forget parentheses around the comprehension target?', b2);
      return;
    }
    if (p.errorIndicator) return;
  }
  p.mark = start;
}

// invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
export function invalidDictComprehension(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (p.expect('{')) {
    const a = p.expect('**');
    if (a && bitwiseOr(p) && forIfClauses(p) && p.expect('}')) {
      p.raiseAt(a, 'dict unpacking cannot be used in dict comprehension');
      return;
    }
  }
  p.mark = start;
}

// invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') { INVALID_TARGET(STAR_TARGETS, a) }
export function invalidWithItem(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (expression(p) && p.expect('as')) {
    const a = expression(p);
    if (a && (p.at(',') || p.at(')') || p.at(':'))) {
      raiseInvalidTarget(p, 'star', a);
      return;
    }
  }
  p.mark = start;
}

// invalid_for_target: ASYNC? 'for' a=star_expressions { INVALID_TARGET(FOR_TARGETS, a) }
export function invalidForTarget(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  p.expect('async');
  if (p.expect('for')) {
    const a = starExpressions(p);
    if (a) {
      raiseInvalidTarget(p, 'for', a);
      return;
    }
  }
  p.mark = start;
}

// invalid_group:
//     | '(' a=starred_expression ')' { "cannot use starred expression here" }
//     | '(' a='**' expression ')' { "cannot use double starred expression here" }
export function invalidGroup(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (p.expect('(')) {
    const a = starredExpression(p);
    if (a && p.expect(')')) {
      p.raiseAt(a, 'cannot use starred expression here');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start + 1;
    const b = p.expect('**');
    if (b && expression(p) && p.expect(')')) {
      p.raiseAt(b, 'cannot use double starred expression here');
      return;
    }
  }
  p.mark = start;
}
