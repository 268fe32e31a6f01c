// Compound statements (python.gram "COMPOUND STATEMENTS"): if, while, for, with, try,
// def and class. Constructs RefScope does not run (with, async, except*) are parsed fully,
// so CPython's syntax errors still come first, and are then represented by a stand-in node
// recorded in p.extra.

import type { Arguments, ExceptHandler, Expr, Keyword, Stmt, WithItem } from '../ast';
import { argumentsRule } from './arguments';
import type { Parser } from './core';
import { expression, namedExpression, sepList, starExpressions } from './expressions';
import { spanOf } from './names';
import { many, params } from './params';
import { block } from './statements';
import { starTarget, starTargets } from './targets';
import { invalidRules, matchRules } from './lateRules';

const EMPTY_ARGS = (): Arguments => ({ args: [], vararg: null, kwonly: [], kwarg: null });

// compound_stmt:
//     | &('def' | '@' | ASYNC) function_def
//     | &'if' if_stmt
//     | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt
//     | &('for' | ASYNC) for_stmt
//     | &'try' try_stmt
//     | &'while' while_stmt
//     | match_stmt
export function compoundStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const t = p.peek();
  const attempt = (fn: (p: Parser) => Stmt | null): Stmt | null => {
    const r = fn(p);
    if (!r) p.mark = start;
    return r;
  };
  let r: Stmt | null = null;
  if (t === 'def' || t === '@' || t === 'async') r = attempt(functionDef);
  if (r || p.errorIndicator) return r;
  if (t === 'if') return attempt(ifStmt);
  if (t === 'class' || t === '@') r = attempt(classDef);
  if (r || p.errorIndicator) return r;
  if (t === 'with' || t === 'async') r = attempt(withStmt);
  if (r || p.errorIndicator) return r;
  if (t === 'for' || t === 'async') r = attempt(forStmt);
  if (r || p.errorIndicator) return r;
  if (t === 'try') return attempt(tryStmt);
  if (t === 'while') return attempt(whileStmt);
  // match_stmt begins with the soft keyword (its invalid_ alternative too): the rules are
  // fetched on first use, so look before reaching for them
  if (!p.softKeyword('match')) return null;
  p.mark = start;
  return attempt((q) => matchRules().matchStmt(q));
}

// decorators: a=('@' f=named_expression NEWLINE { f })+ { a }
function decorators(p: Parser): Expr[] | null {
  const out = many(p, () => {
    if (!p.expect('@')) return null;
    const f = namedExpression(p);
    return f && p.expect('NEWLINE') ? f : null;
  });
  return out.length ? out : null;
}

// class_def: a=decorators b=class_def_raw | class_def_raw
function classDef(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const d = decorators(p);
  if (d) {
    const c = classDefRaw(p);
    if (c && c.kind === 'ClassDef') return { ...c, decorators: d };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return classDefRaw(p);
}

// class_def_raw:
//     | invalid_class_def_raw
//     | 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block
function classDefRaw(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidClassDefRaw(p, argumentsRule);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('class')) {
    const a = p.nameToken();
    if (a) {
      const m = p.mark;
      let bases: Expr[] = [];
      let keywords: Keyword[] = [];
      let ok = false;
      if (p.expect('(')) {
        const am = p.mark;
        const z = argumentsRule(p);
        if (p.errorIndicator) return null;
        if (!z) p.mark = am;
        if (p.expect(')')) {
          ok = true;
          if (z) {
            bases = z.args;
            keywords = z.keywords;
          }
        }
      }
      if (!ok) p.mark = m;
      if (p.expect(':')) {
        const c = block(p);
        if (c) return { kind: 'ClassDef', name: a.text, bases, keywords, body: c, decorators: [], ...p.span(start) };
      }
    }
  }
  p.mark = start;
  return null;
}

// function_def: d=decorators f=function_def_raw | function_def_raw
function functionDef(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const d = decorators(p);
  if (d) {
    const f = functionDefRaw(p);
    if (f && f.kind === 'FunctionDef') {
      const r: Stmt = { ...f, decorators: d };
      const x = p.extra.get(f);
      if (x) p.extra.set(r, x);
      return r;
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return functionDefRaw(p);
}

// function_def_raw:
//     | invalid_def_raw
//     | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' tc=[func_type_comment] b=block
//     | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression] &&':' tc=[func_type_comment] b=block
function functionDefRaw(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidDefRaw(p, params);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  for (const isAsync of [false, true]) {
    p.mark = start;
    if (isAsync && !p.expect('async')) break;
    if (!p.expect('def')) continue;
    const n = p.nameToken();
    if (!n) continue;
    if (!p.forced('(', '(')) return null;
    const pm = p.mark;
    let args = params(p);
    if (p.errorIndicator) return null;
    if (!args) p.mark = pm;
    if (!p.expect(')')) continue;
    const rm = p.mark;
    let returns: Expr | null = null;
    if (!(p.expect('->') && (returns = expression(p)))) {
      if (p.errorIndicator) return null;
      p.mark = rm;
      returns = null;
    }
    if (!p.forced(':', ':')) return null;
    const b = block(p);
    if (!b) continue;
    args ??= EMPTY_ARGS();
    const f: Stmt = { kind: 'FunctionDef', name: n.text, args, body: b, decorators: [], returns, ...p.span(start) };
    if (isAsync) p.extra.set(f, { kind: 'AsyncFunctionDef' });
    return f;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return null;
}

// if_stmt:
//     | invalid_if_stmt
//     | 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c]) }
//     | 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c) }
// elif_stmt: the same with 'elif'
function ifStmt(p: Parser): Stmt | null {
  return conditional(p, 'if');
}

function conditional(p: Parser, kw: 'if' | 'elif'): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidCondStmt(p, kw);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect(kw)) {
    const a = namedExpression(p);
    if (a && p.expect(':')) {
      const b = block(p);
      if (b) {
        const m = p.mark;
        const c = conditional(p, 'elif');
        if (c) return { kind: 'If', test: a, body: b, orelse: [c], ...p.span(start) };
        if (p.errorIndicator) return null;
        p.mark = m;
        const e = elseBlock(p);
        if (p.errorIndicator) return null;
        if (!e) p.mark = m;
        return { kind: 'If', test: a, body: b, orelse: e ?? [], ...p.span(start) };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return null;
}

// else_block: invalid_else_stmt | 'else' &&':' b=block { b }
function elseBlock(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidElseStmt(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('else')) {
    if (!p.forced(':', ':')) return null;
    const b = block(p);
    if (b) return b;
  }
  p.mark = start;
  return null;
}

/** [else_block] */
function optElse(p: Parser): Stmt[] | null | false {
  const m = p.mark;
  const e = elseBlock(p);
  if (p.errorIndicator) return false;
  if (!e) p.mark = m;
  return e;
}

// while_stmt:
//     | invalid_while_stmt
//     | 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c) }
function whileStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidCondStmt(p, 'while');
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('while')) {
    const a = namedExpression(p);
    if (a && p.expect(':')) {
      const b = block(p);
      if (b) {
        const c = optElse(p);
        if (c === false) return null;
        return { kind: 'While', test: a, body: b, orelse: c ?? [], ...p.span(start) };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return null;
}

// for_stmt:
//     | invalid_for_stmt
//     | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
//     | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
//     | invalid_for_target
function forStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidForStmt(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  for (const isAsync of [false, true]) {
    p.mark = start;
    if (isAsync && !p.expect('async')) break;
    if (!p.expect('for')) continue;
    const t = starTargets(p);
    if (!t || !p.expect('in')) {
      if (p.errorIndicator) return null;
      continue;
    }
    // cut: after 'in' no other alternative is tried
    const ex = starExpressions(p);
    if (!ex || !p.expect(':')) return null;
    const b = block(p);
    if (!b) return null;
    const el = optElse(p);
    if (el === false) return null;
    const s: Stmt = { kind: 'For', target: t, iter: ex, body: b, orelse: el ?? [], ...p.span(start) };
    if (isAsync) p.extra.set(s, { kind: 'AsyncFor' });
    return s;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidForTarget(p);
    p.mark = start;
  }
  return null;
}

// with_stmt:
//     | invalid_with_stmt_indent
//     | 'with' '(' a=','.with_item+ ','? ')' ':' b=block
//     | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
//     | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block
//     | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
//     | invalid_with_stmt
function withStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidWithStmtIndent(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  for (const isAsync of [false, true]) {
    for (const parens of [true, false]) {
      p.mark = start;
      if (isAsync && !p.expect('async')) continue;
      const w = p.expect('with');
      if (!w) continue;
      if (parens && !p.expect('(')) continue;
      const items = sepList(p, withItem);
      if (!items) {
        if (p.errorIndicator) return null;
        continue;
      }
      if (parens) {
        p.expect(',');
        if (!p.expect(')')) continue;
      }
      if (!p.expect(':')) continue;
      const b = block(p);
      if (!b) {
        if (p.errorIndicator) return null;
        continue;
      }
      const s: Stmt = { kind: 'With', items, body: b, isAsync, ...p.span(start) };
      if (isAsync) p.extra.set(s, { kind: 'AsyncWith' });
      return s;
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidWithStmt(p);
    p.mark = start;
  }
  return null;
}

// with_item:
//     | e=expression 'as' t=star_target &(',' | ')' | ':')
//     | invalid_with_item
//     | e=expression
function withItem(p: Parser): WithItem | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const e = expression(p);
  if (e && p.expect('as')) {
    const t = starTarget(p);
    if (t && (p.at(',') || p.at(')') || p.at(':'))) return { context: e, target: t };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidWithItem(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  const e2 = expression(p);
  return e2 ? { context: e2, target: null } : null;
}

// try_stmt:
//     | invalid_try_stmt
//     | 'try' &&':' b=block f=finally_block
//     | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block]
//     | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
function tryStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidTryStmt(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  const head = (): Stmt[] | null => {
    p.mark = start;
    if (!p.expect('try')) return null;
    if (!p.forced(':', ':')) return null;
    return block(p);
  };
  // alt 1
  {
    const b = head();
    if (b) {
      const f = finallyBlock(p);
      if (f) return { kind: 'Try', body: b, handlers: [], orelse: [], finalbody: f, ...p.span(start) };
    }
    if (p.errorIndicator) return null;
  }
  // alt 2 and 3
  for (const star of [false, true]) {
    const b = head();
    if (b) {
      const ex = many(p, () => (star ? exceptStarBlock(p) : exceptBlock(p)));
      if (ex.length) {
        const el = optElse(p);
        if (el === false) return null;
        const m = p.mark;
        const f = finallyBlock(p);
        if (p.errorIndicator) return null;
        if (!f) p.mark = m;
        const s: Stmt = { kind: 'Try', body: b, handlers: ex, orelse: el ?? [], finalbody: f ?? [], ...p.span(start) };
        if (star) p.extra.set(s, { kind: 'TryStar' });
        return s;
      }
    }
    if (p.errorIndicator) return null;
  }
  p.mark = start;
  return null;
}

// except_block:
//     | invalid_except_stmt_indent
//     | 'except' e=expression t=['as' z=NAME { z }] ':' b=block
//     | 'except' ':' b=block
//     | invalid_except_stmt
export function exceptBlock(p: Parser): ExceptHandler | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidExceptStmtIndent(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('except')) {
    const e = expression(p);
    if (e) {
      const name = exceptAs(p);
      if (p.expect(':')) {
        const b = block(p);
        if (b) return { type: e, name, body: b, ...p.span(start) };
      }
    }
    if (p.errorIndicator) return null;
    p.mark = start + 1;
    if (p.expect(':')) {
      const b = block(p);
      if (b) return { type: null, name: null, body: b, ...p.span(start) };
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidExceptStmt(p);
    p.mark = start;
  }
  return null;
}

function exceptAs(p: Parser): string | null {
  const m = p.mark;
  if (p.expect('as')) {
    const z = p.nameToken();
    if (z) return z.text;
  }
  p.mark = m;
  return null;
}

// except_star_block:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block
//     | invalid_except_stmt
export function exceptStarBlock(p: Parser): ExceptHandler | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidExceptStarStmtIndent(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('except') && p.expect('*')) {
    const e = expression(p);
    if (e) {
      const name = exceptAs(p);
      if (p.expect(':')) {
        const b = block(p);
        if (b) return { type: e, name, body: b, ...p.span(start) };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidExceptStmt(p);
    p.mark = start;
  }
  return null;
}

// finally_block: invalid_finally_stmt | 'finally' &&':' a=block { a }
function finallyBlock(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidFinallyStmt(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('finally')) {
    if (!p.forced(':', ':')) return null;
    const a = block(p);
    if (a) return a;
  }
  p.mark = start;
  return null;
}
