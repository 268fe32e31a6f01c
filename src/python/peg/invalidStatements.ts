// invalid_* rules for statements: missing ':' and missing indented blocks after each
// compound statement header, try/except shapes, imports, match (second pass only).

import type { Expr } from '../ast';
import { exceptBlock, exceptStarBlock } from './compound';
import type { Parser } from './core';
import { expression, expressions, namedExpression, sepList, starExpressions } from './expressions';
import { opt } from './invalid';
import { orPattern, patterns, subjectExpr } from './match';
import { many } from './params';
import { block, importFromAsNames } from './statements';
import { starTarget, starTargets } from './targets';

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
