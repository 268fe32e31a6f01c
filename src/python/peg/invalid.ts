// The invalid_* rules of CPython 3.11's grammar. They only run in the second pass (after
// the plain grammar failed) and exist to raise specialised error messages. Each function
// raises (sets p.error) or leaves the error state alone; the caller restores the mark.
// When all items of an alternative match, CPython runs its action and does not try the
// following alternatives of that rule even if the action raised nothing; the early
// `return`s below reproduce that.

import type { ComprehensionFor, Expr } from '../ast';
import type { Parser } from './core';
import { R } from './rules';
import { exprName, raiseInvalidTarget } from './names';
import {
  args, bitwiseOr, disjunction, expression, expressions, kvpairList, kwargs, positionalArgs,
  expressionWithoutInvalid, forIfClauses, genexp, list, namedExpression, sepList, starExpressions,
  starNamedExpression, starNamedExpressions, starredExpression, tuple, yieldExpr,
} from './expressions';
import { starTarget, starTargets } from './targets';
import {
  DEF_FLAVOR, LAMBDA_FLAVOR, many, param, paramMaybeDefault, paramNoDefault, paramWithDefault,
  slashNoDefault, slashWithDefault,
} from './params';
import type { Flavor } from './params';
import { augassign, block, exceptBlock, exceptStarBlock, importFromAsNames } from './statements';
import { subjectExpr, patterns, orPattern } from './match';

/** _PyPegen_get_last_comprehension_item */
function lastComprehensionItem(c: ComprehensionFor): Expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

const LEGACY = new Set(['print', 'exec']);
function isLegacy(e: Expr): boolean {
  return e.kind === 'Name' && LEGACY.has(e.id);
}

/** try an optional item, restoring the mark if it fails */
function opt<T>(p: Parser, fn: () => T | null): T | null {
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

// invalid_block: NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block") }
export function invalidBlock(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (p.expect('NEWLINE') && !p.at('INDENT')) {
    p.raiseIndentation('expected an indented block');
    return;
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

// invalid_parameters / invalid_lambda_parameters
export function invalidParameters(p: Parser): void {
  invalidParams(p, DEF_FLAVOR);
}
export function invalidLambdaParameters(p: Parser): void {
  invalidParams(p, LAMBDA_FLAVOR);
}

function invalidParams(p: Parser, f: Flavor): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const noDefault = (): ReturnType<typeof paramNoDefault> => paramNoDefault(p, f);
  const maybeDefault = (): ReturnType<typeof paramMaybeDefault> => paramMaybeDefault(p, f);
  // param_no_default* invalid_parameters_helper a=param_no_default
  {
    many(p, noDefault);
    // invalid_parameters_helper: a=slash_with_default | param_with_default+
    let helper = opt(p, () => slashWithDefault(p, f));
    if (!helper && !p.errorIndicator) {
      const w = many(p, () => paramWithDefault(p, f));
      helper = w.length ? w : null;
    }
    if (helper) {
      const a = paramNoDefault(p, f);
      if (a) {
        p.raiseAt(a.span, 'non-default argument follows default argument');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // param_no_default* a='(' param_no_default+ ','? b=')'       (lambda: ','.lambda_param+)
  {
    many(p, noDefault);
    const a = p.expect('(');
    if (a) {
      const ok = f.lambda ? sepList(p, (q) => param(q, f)) !== null : many(p, noDefault).length > 0;
      if (ok) {
        p.expect(',');
        const b = p.expect(')');
        if (b) {
          p.raiseAt(a, f.lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized', b);
          return;
        }
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a="/" ','
  {
    const a = p.expect('/');
    if (a && p.expect(',')) {
      p.raiseAt(a, 'at least one argument must precede /');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  const slash = (): unknown => {
    const m = p.mark;
    const s = slashNoDefault(p, f);
    if (s) return s;
    if (p.errorIndicator) return null;
    p.mark = m;
    return slashWithDefault(p, f);
  };
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  {
    if (slash()) {
      many(p, maybeDefault);
      const a = p.expect('/');
      if (a) {
        p.raiseAt(a, '/ may appear only once');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
  {
    opt(p, slash);
    many(p, maybeDefault);
    if (p.expect('*') && (p.expect(',') || noDefault())) {
      many(p, maybeDefault);
      const a = p.expect('/');
      if (a) {
        p.raiseAt(a, '/ must be ahead of *');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // param_maybe_default+ '/' a='*'
  {
    if (many(p, maybeDefault).length && p.expect('/')) {
      const a = p.expect('*');
      if (a) {
        p.raiseAt(a, 'expected comma between / and *');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_default: a='=' &(')'|',')
export function invalidDefault(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = p.expect('=');
  if (a && (p.at(')') || p.at(','))) {
    p.raiseAt(a, 'expected default value expression');
    return;
  }
  p.mark = start;
}

// invalid_star_etc / invalid_lambda_star_etc
export function invalidStarEtc(p: Parser): void {
  starEtcErrors(p, DEF_FLAVOR);
}
export function invalidLambdaStarEtc(p: Parser): void {
  starEtcErrors(p, LAMBDA_FLAVOR);
}

function starEtcErrors(p: Parser, f: Flavor): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // a='*' (')' | ',' (')' | '**'))          (lambda: '*' (':' | ',' (':' | '**')))
  {
    const a = p.expect('*');
    if (a) {
      let ok = !!p.expect(f.close);
      if (!ok && p.expect(',')) ok = !!(p.expect(f.close) || p.expect('**'));
      if (ok) {
        if (f.lambda) p.raiseSyntax('named arguments must follow bare *');
        else p.raiseAt(a, 'named arguments must follow bare *');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // '*' param a='='
  {
    if (p.expect('*') && param(p, f)) {
      const a = p.expect('=');
      if (a) {
        p.raiseAt(a, 'var-positional argument cannot have default value');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  {
    if (p.expect('*') && (paramNoDefault(p, f) || p.expect(','))) {
      many(p, () => paramMaybeDefault(p, f));
      const a = p.expect('*');
      if (a && (paramNoDefault(p, f) || p.expect(','))) {
        p.raiseAt(a, '* argument may appear only once');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_kwds / invalid_lambda_kwds
export function invalidKwds(p: Parser): void {
  kwdsErrors(p, DEF_FLAVOR);
}
export function invalidLambdaKwds(p: Parser): void {
  kwdsErrors(p, LAMBDA_FLAVOR);
}

function kwdsErrors(p: Parser, f: Flavor): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // '**' param a='='
  if (p.expect('**') && param(p, f)) {
    const a = p.expect('=');
    if (a) {
      p.raiseAt(a, 'var-keyword argument cannot have default value');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  // '**' param ',' a=param
  if (p.expect('**') && param(p, f) && p.expect(',')) {
    const a = param(p, f);
    if (a) {
      p.raiseAt(a.span, 'arguments cannot follow var-keyword argument');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  // '**' param ',' a=('*'|'**'|'/')
  if (p.expect('**') && param(p, f) && p.expect(',')) {
    const a = p.expect('*') || p.expect('**') || p.expect('/');
    if (a) {
      p.raiseAt(a, 'arguments cannot follow var-keyword argument');
      return;
    }
  }
  if (p.errorIndicator) return;
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

// invalid_import_from_targets: import_from_as_names ',' NEWLINE
export function invalidImportFromTargets(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (importFromAsNames(p) && p.expect(',') && p.expect('NEWLINE')) {
    p.raiseSyntax('trailing comma not allowed without surrounding parentheses');
    return;
  }
  p.mark = start;
}

/** ','.(expression ['as' star_target])+  (and the parenthesised variant with `expressions`) */
function withItemsLoose(p: Parser, item: (p: Parser) => Expr | null): boolean {
  const one = (q: Parser): Expr | null => {
    const e = item(q);
    if (!e) return null;
    const m = q.mark;
    if (!(q.expect('as') && starTarget(q))) q.mark = m;
    return e;
  };
  return sepList(p, one) !== null;
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { "expected ':'" }
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { "expected ':'" }
export function invalidWithStmt(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  p.expect('async');
  if (p.expect('with') && withItemsLoose(p, expression) && p.expect('NEWLINE')) {
    p.raiseSyntax("expected ':'");
    return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
  p.expect('async');
  if (p.expect('with') && p.expect('(') && withItemsLoose(p, expressions)) {
    p.expect(',');
    if (p.expect(')') && p.expect('NEWLINE')) {
      p.raiseSyntax("expected ':'");
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
}

// invalid_with_stmt_indent: the same headers followed by ':' NEWLINE !INDENT
export function invalidWithStmtIndent(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  p.expect('async');
  let a = p.expect('with');
  if (a && withItemsLoose(p, expression) && p.expect(':') && p.expect('NEWLINE') && !p.at('INDENT')) {
    p.raiseIndentation(`expected an indented block after 'with' statement on line ${a.line}`);
    return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
  p.expect('async');
  a = p.expect('with');
  if (a && p.expect('(') && withItemsLoose(p, expressions)) {
    p.expect(',');
    if (p.expect(')') && p.expect(':') && p.expect('NEWLINE') && !p.at('INDENT')) {
      p.raiseIndentation(`expected an indented block after 'with' statement on line ${a.line}`);
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
}

/** 'except' [expression ['as' NAME]] ... helpers */
function optAsName(p: Parser): void {
  const m = p.mark;
  if (!(p.expect('as') && p.nameToken())) p.mark = m;
}

// invalid_try_stmt
export function invalidTryStmt(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // a='try' ':' NEWLINE !INDENT
  {
    const a = p.expect('try');
    if (a && p.expect(':') && p.expect('NEWLINE') && !p.at('INDENT')) {
      p.raiseIndentation(`expected an indented block after 'try' statement on line ${a.line}`);
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // 'try' ':' block !('except' | 'finally')
  {
    if (p.expect('try') && p.expect(':') && block(p) && !p.at('except') && !p.at('finally')) {
      p.raiseSyntax("expected 'except' or 'finally' block");
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
  {
    if (p.expect('try') && p.expect(':')) {
      many(p, () => block(p));
      if (many(p, () => exceptBlock(p)).length) {
        const a = p.expect('except');
        const b = a && p.expect('*');
        if (a && b && expression(p)) {
          optAsName(p);
          if (p.expect(':')) {
            p.raiseAt(a, "cannot have both 'except' and 'except*' on the same 'try'", b);
            return;
          }
        }
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
  {
    if (p.expect('try') && p.expect(':')) {
      many(p, () => block(p));
      if (many(p, () => exceptStarBlock(p)).length) {
        const a = p.expect('except');
        if (a) {
          const m = p.mark;
          if (expression(p)) optAsName(p);
          else p.mark = m;
          if (p.errorIndicator) return;
          if (p.expect(':')) {
            p.raiseAt(a, "cannot have both 'except' and 'except*' on the same 'try'");
            return;
          }
        }
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}


// invalid_except_stmt
export function invalidExceptStmt(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
  {
    if (p.expect('except')) {
      p.expect('*');
      const a = expression(p);
      if (a && p.expect(',') && expressions(p)) {
        optAsName(p);
        if (p.expect(':')) {
          p.raiseFrom(a, 'multiple exception types must be parenthesized');
          return;
        }
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a='except' '*'? expression ['as' NAME ] NEWLINE
  {
    if (p.expect('except')) {
      p.expect('*');
      if (expression(p)) {
        optAsName(p);
        if (p.expect('NEWLINE')) {
          p.raiseSyntax("expected ':'");
          return;
        }
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a='except' NEWLINE
  {
    if (p.expect('except') && p.expect('NEWLINE')) {
      p.raiseSyntax("expected ':'");
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a='except' '*' (NEWLINE | ':')
  {
    if (p.expect('except') && p.expect('*') && (p.expect('NEWLINE') || p.expect(':'))) {
      p.raiseSyntax('expected one or more exception types');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT
export function invalidFinallyStmt(p: Parser): void {
  headerIndent(p, 'finally', "'finally' statement", (q) => !!q.expect(':'));
}

// invalid_except_stmt_indent:
//     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
//     | a='except' ':' NEWLINE !INDENT
export function invalidExceptStmtIndent(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  headerIndent(p, 'except', "'except' statement", (q) => {
    if (!expression(q)) return false;
    optAsName(q);
    return !!q.expect(':');
  });
  if (p.errorIndicator) return;
  p.mark = start;
  headerIndent(p, 'except', "'except' statement", (q) => !!q.expect(':'));
}

// invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
export function invalidExceptStarStmtIndent(p: Parser): void {
  headerIndent(p, 'except', "'except*' statement", (q) => {
    if (!(q.expect('*') && expression(q))) return false;
    optAsName(q);
    return !!q.expect(':');
  });
}

/** a=KEYWORD <header> NEWLINE !INDENT { "expected an indented block after %s on line %d" } */
function headerIndent(p: Parser, kw: string, what: string, header: (p: Parser) => boolean): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = kw === 'case' || kw === 'match' ? p.softKeyword(kw) : p.expect(kw);
  if (a && header(p) && p.expect('NEWLINE') && !p.at('INDENT')) {
    p.raiseIndentation(`expected an indented block after ${what} on line ${a.line}`);
    return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
}

/** 'KEYWORD' <header> NEWLINE { "expected ':'" } */
function headerColon(p: Parser, kw: string, header: (p: Parser) => boolean): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = kw === 'case' || kw === 'match' ? p.softKeyword(kw) : p.expect(kw);
  if (a && header(p) && p.expect('NEWLINE')) {
    p.raiseSyntax("expected ':'");
    return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE { "expected ':'" }
//     | a="match" subject=subject_expr ':' NEWLINE !INDENT
export function invalidMatchStmt(p: Parser): void {
  headerColon(p, 'match', (q) => subjectExpr(q) !== null);
  if (p.errorIndicator) return;
  headerIndent(p, 'match', "'match' statement", (q) => subjectExpr(q) !== null && !!q.expect(':'));
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE { "expected ':'" }
//     | a="case" patterns guard? ':' NEWLINE !INDENT
export function invalidCaseBlock(p: Parser): void {
  const patternsGuard = (q: Parser): boolean => {
    if (!patterns(q)) return false;
    const m = q.mark;
    if (!(q.expect('if') && namedExpression(q))) q.mark = m;
    return true;
  };
  headerColon(p, 'case', patternsGuard);
  if (p.errorIndicator) return;
  headerIndent(p, 'case', "'case' statement", (q) => patternsGuard(q) && !!q.expect(':'));
}

// invalid_as_pattern:
//     | or_pattern 'as' a="_" { "cannot use '_' as a target" }
//     | or_pattern 'as' !NAME a=expression { "invalid pattern target" }
export function invalidAsPattern(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (orPattern(p) && p.expect('as')) {
    const a = p.softKeyword('_');
    if (a) {
      p.raiseAt(a, "cannot use '_' as a target");
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  if (orPattern(p) && p.expect('as') && !p.at('NAME')) {
    const a = expression(p);
    if (a) {
      p.raiseAt(a, 'invalid pattern target');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
}

// invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt:
//     | 'if' named_expression NEWLINE { "expected ':'" }
//     | a='if' a=named_expression ':' NEWLINE !INDENT
export function invalidCondStmt(p: Parser, kw: 'if' | 'elif' | 'while'): void {
  headerColon(p, kw, (q) => namedExpression(q) !== null);
  if (p.errorIndicator) return;
  headerIndent(p, kw, `'${kw}' statement`, (q) => namedExpression(q) !== null && !!q.expect(':'));
}

// invalid_else_stmt: a='else' ':' NEWLINE !INDENT
export function invalidElseStmt(p: Parser): void {
  headerIndent(p, 'else', "'else' statement", (q) => !!q.expect(':'));
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { "expected ':'" }
//     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
export function invalidForStmt(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const header = (q: Parser): boolean => !!(starTargets(q) && q.expect('in') && starExpressions(q));
  p.expect('async');
  headerColon(p, 'for', header);
  if (p.errorIndicator) return;
  p.mark = start;
  p.expect('async');
  headerIndent(p, 'for', "'for' statement", (q) => header(q) && !!q.expect(':'));
  if (p.errorIndicator) return;
  p.mark = start;
}

// invalid_def_raw:
//     | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
export function invalidDefRaw(p: Parser, paramsRule: (p: Parser) => unknown): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  p.expect('async');
  headerIndent(p, 'def', 'function definition', (q) => {
    if (!(q.nameToken() && q.expect('('))) return false;
    opt(q, () => paramsRule(q));
    if (q.errorIndicator || !q.expect(')')) return false;
    const m = q.mark;
    if (!(q.expect('->') && expression(q))) q.mark = m;
    return !!q.expect(':');
  });
  if (p.errorIndicator) return;
  p.mark = start;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE { "expected ':'" }
//     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
export function invalidClassDefRaw(p: Parser, argumentsRule: (p: Parser) => unknown): void {
  const header = (q: Parser): boolean => {
    if (!q.nameToken()) return false;
    const m = q.mark;
    if (q.expect('(')) {
      opt(q, () => argumentsRule(q));
      if (!q.expect(')')) q.mark = m;
    }
    return !q.errorIndicator;
  };
  headerColon(p, 'class', header);
  if (p.errorIndicator) return;
  headerIndent(p, 'class', 'class definition', (q) => header(q) && !!q.expect(':'));
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or { "cannot use a starred expression in a dictionary value" }
//     | expression a=':' &('}'|',') { "expression expected after dictionary key and ':'" }
export function invalidDoubleStarredKvpairs(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (kvpairList(p) && p.expect(',')) {
    invalidKvpair(p);
    if (p.errorIndicator) return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
  kvpairErrors(p);
}

// invalid_kvpair:
//     | a=expression !(':') { "':' expected after dictionary key" }
//     | expression ':' a='*' bitwise_or
//     | expression a=':' &('}'|',')
function invalidKvpair(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = expression(p);
  if (a && !p.at(':')) {
    p.raiseFull('SyntaxError', "':' expected after dictionary key", a.line, a.endCol - 1, a.endLine, a.endCol);
    return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
  kvpairErrors(p);
}

function kvpairErrors(p: Parser): void {
  const start = p.mark;
  if (expression(p) && p.expect(':')) {
    const a = p.expect('*');
    if (a && bitwiseOr(p)) {
      p.raiseFrom(a, 'cannot use a starred expression in a dictionary value');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  if (expression(p)) {
    const a = p.expect(':');
    if (a && (p.at('}') || p.at(','))) {
      p.raiseAt(a, "expression expected after dictionary key and ':'");
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
}

