// Statement rules, ported from CPython 3.11's python.gram ("GENERAL STATEMENTS" and
// "SIMPLE STATEMENTS"): the file and block structure, simple statements and imports.
// Constructs RefScope does not run (star imports, relative imports) are parsed fully, so
// CPython's syntax errors still come first, and are then recorded in p.extra.

import type { Alias, BinOperator, Expr, Module, Stmt } from '../ast';
import { compoundStmt } from './compound';
import type { Parser } from './core';
import { expression, sepList, starExpressions, yieldExpr } from './expressions';
import { nameNode, spanOf } from './names';
import { many } from './params';
import { R } from './rules';
import { delTargets, singleSubscriptAttributeTarget, singleTarget, starTargets } from './targets';
import { invalidRules } from './lateRules';

// file: a=[statements] ENDMARKER { Module(a) }
export function fileRule(p: Parser): Module | null {
  if (p.errorIndicator) return null;
  const m = p.mark;
  let body = statements(p);
  if (!body) {
    if (p.errorIndicator) return null;
    p.mark = m;
    body = [];
  }
  if (!p.expect('ENDMARKER')) return null;
  return { kind: 'Module', body };
}

// fstring: star_expressions   (the start rule for f-string replacement fields)
export function fstringRule(p: Parser): Expr | null {
  return starExpressions(p);
}

// statements: a=statement+ { flatten(a) }
export function statements(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  if (p.recovering) return invalidRules().recoverStatements(p, statement);
  const out: Stmt[] = [];
  for (;;) {
    const m = p.mark;
    const s = statement(p);
    if (!s) {
      p.mark = m;
      break;
    }
    out.push(...s);
  }
  if (p.errorIndicator) return null;
  return out.length ? out : null;
}

// statement: a=compound_stmt { [a] } | a=simple_stmts { a }
export function statement(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const c = compoundStmt(p);
  if (c) return [c];
  if (p.errorIndicator) return null;
  p.mark = start;
  return simpleStmts(p);
}

// simple_stmts:
//     | a=simple_stmt !';' NEWLINE { [a] }
//     | a=';'.simple_stmt+ [';'] NEWLINE { a }
function simpleStmts(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = simpleStmt(p);
  if (a && !p.at(';') && p.expect('NEWLINE')) return [a];
  if (p.errorIndicator) return null;
  p.mark = start;
  const list = sepList(p, simpleStmt, ';');
  if (list) {
    p.expect(';');
    if (p.expect('NEWLINE')) return list;
  }
  p.mark = start;
  return null;
}

// simple_stmt (memo):
//     | assignment
//     | e=star_expressions { Expr(e) }
//     | &'return' return_stmt
//     | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt
//     | 'pass'
//     | &'del' del_stmt
//     | &'yield' yield_stmt
//     | &'assert' assert_stmt
//     | 'break'
//     | 'continue'
//     | &'global' global_stmt
//     | &'nonlocal' nonlocal_stmt
function simpleStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.simple_stmt)) return p.memoResult as Stmt | null;
  const memoStart = p.mark;
  const r = simpleStmtBody(p);
  p.insertMemo(R.simple_stmt, memoStart, r);
  return r;
}

function simpleStmtBody(p: Parser): Stmt | null {
  const start = p.mark;
  const a = assignment(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  const e = starExpressions(p);
  if (e) return { kind: 'ExprStmt', value: e, ...p.span(start) };
  if (p.errorIndicator) return null;
  p.mark = start;
  const tok = p.toks[start];
  switch (p.peek()) {
    case 'return': return returnStmt(p);
    case 'import': case 'from': return importStmt(p);
    case 'raise': return raiseStmt(p);
    case 'pass': p.mark++; return { kind: 'Pass', ...spanOf(tok) };
    case 'del': return delStmt(p);
    case 'yield': {
      const y = yieldExpr(p);
      return y ? { kind: 'ExprStmt', value: y, ...p.span(start) } : null;
    }
    case 'assert': return assertStmt(p);
    case 'break': p.mark++; return { kind: 'Break', ...spanOf(tok) };
    case 'continue': p.mark++; return { kind: 'Continue', ...spanOf(tok) };
    case 'global': case 'nonlocal': return globalStmt(p);
    default: return null;
  }
}

// assignment:
//     | a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] { AnnAssign }
//     | a=('(' b=single_target ')' { b } | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }]
//     | a=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] { Assign }
//     | a=single_target b=augassign ~ c=(yield_expr | star_expressions) { AugAssign }
//     | invalid_assignment
function assignment(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const annRest = (target: Expr, simple = false): Stmt | null => {
    if (!p.expect(':')) return null;
    const annotation = expression(p);
    if (!annotation) return null;
    const m = p.mark;
    let value: Expr | null = null;
    if (p.expect('=')) value = annotatedRhs(p);
    if (p.errorIndicator) return null;
    if (!value) p.mark = m;
    return { kind: 'AnnAssign', target, value, annotation, simple, ...p.span(start) };
  };
  // alt 1
  {
    const a = p.nameToken();
    const r = a && annRest(nameNode(a), true);
    if (r) return r;
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  // alt 2
  {
    let a: Expr | null = null;
    if (p.expect('(')) {
      const b = singleTarget(p);
      if (b && p.expect(')')) a = b;
    }
    if (!a) {
      if (p.errorIndicator) return null;
      p.mark = start;
      a = singleSubscriptAttributeTarget(p);
    }
    const r = a && annRest(a);
    if (r) return r;
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  // alt 3
  {
    const targets = many(p, () => {
      const z = starTargets(p);
      return z && p.expect('=') ? z : null;
    });
    if (targets.length) {
      const m = p.mark;
      let b = yieldExpr(p);
      if (!b && !p.errorIndicator) {
        p.mark = m;
        b = starExpressions(p);
      }
      if (b && !p.at('=')) return { kind: 'Assign', targets, value: b, ...p.span(start) };
    }
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  // alt 4
  {
    const a = singleTarget(p);
    const op = a && augassign(p);
    if (a && op) {
      // cut: no other alternative once an augmented operator is seen
      const m = p.mark;
      let c = yieldExpr(p);
      if (!c && !p.errorIndicator) {
        p.mark = m;
        c = starExpressions(p);
      }
      if (!c) return null;
      return { kind: 'AugAssign', target: a, op, value: c, ...p.span(start) };
    }
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.callInvalidRules) {
    invalidRules().invalidAssignment(p);
    p.mark = start;
  }
  return null;
}

// annotated_rhs: yield_expr | star_expressions
function annotatedRhs(p: Parser): Expr | null {
  const m = p.mark;
  const y = yieldExpr(p);
  if (y) return y;
  if (p.errorIndicator) return null;
  p.mark = m;
  return starExpressions(p);
}

const AUG_OPS: Record<string, BinOperator> = {
  '+=': '+', '-=': '-', '*=': '*', '@=': '@', '/=': '/', '%=': '%', '&=': '&', '|=': '|', '^=': '^',
  '<<=': '<<', '>>=': '>>', '**=': '**', '//=': '//',
};

// augassign: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//='
export function augassign(p: Parser): BinOperator | null {
  const t = p.peek();
  const op = AUG_OPS[t];
  if (op === undefined) return null;
  p.mark++;
  return op;
}

// return_stmt: 'return' a=[star_expressions] { Return(a) }
function returnStmt(p: Parser): Stmt | null {
  const start = p.mark;
  if (!p.expect('return')) return null;
  const m = p.mark;
  const a = starExpressions(p);
  if (p.errorIndicator) return null;
  if (!a) p.mark = m;
  return { kind: 'Return', value: a, ...p.span(start) };
}

// raise_stmt:
//     | 'raise' a=expression b=['from' z=expression { z }] { Raise(a, b) }
//     | 'raise' { Raise(NULL, NULL) }
function raiseStmt(p: Parser): Stmt | null {
  const start = p.mark;
  if (!p.expect('raise')) return null;
  const a = expression(p);
  if (a) {
    const m = p.mark;
    let b: Expr | null = null;
    if (p.expect('from')) b = expression(p);
    if (p.errorIndicator) return null;
    if (!b) p.mark = m;
    return { kind: 'Raise', exc: a, cause: b, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start + 1;
  return { kind: 'Raise', exc: null, cause: null, ...p.span(start) };
}

// global_stmt: 'global' a=','.NAME+ ; nonlocal_stmt: 'nonlocal' a=','.NAME+
function globalStmt(p: Parser): Stmt | null {
  const start = p.mark;
  const kw = p.expect('global') ?? p.expect('nonlocal');
  if (!kw) return null;
  const names = sepList(p, (q) => q.nameToken());
  if (!names) {
    p.mark = start;
    return null;
  }
  const ids = names.map((n) => n.text);
  return kw.text === 'global'
    ? { kind: 'Global', names: ids, ...p.span(start) }
    : { kind: 'Nonlocal', names: ids, ...p.span(start) };
}

// del_stmt:
//     | 'del' a=del_targets &(';' | NEWLINE) { Delete(a) }
//     | invalid_del_stmt
function delStmt(p: Parser): Stmt | null {
  const start = p.mark;
  if (p.expect('del')) {
    const a = delTargets(p);
    if (a && (p.at(';') || p.at('NEWLINE'))) return { kind: 'Delete', targets: a, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidDelStmt(p);
    p.mark = start;
  }
  return null;
}

// assert_stmt: 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b) }
function assertStmt(p: Parser): Stmt | null {
  const start = p.mark;
  if (!p.expect('assert')) return null;
  const a = expression(p);
  if (!a) {
    p.mark = start;
    return null;
  }
  const m = p.mark;
  let b: Expr | null = null;
  if (p.expect(',')) b = expression(p);
  if (p.errorIndicator) return null;
  if (!b) p.mark = m;
  return { kind: 'Assert', test: a, msg: b, ...p.span(start) };
}

// import_stmt: import_name | import_from
function importStmt(p: Parser): Stmt | null {
  const start = p.mark;
  const a = importName(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  return importFrom(p);
}

// import_name: 'import' a=dotted_as_names { Import(a) }
function importName(p: Parser): Stmt | null {
  const start = p.mark;
  if (!p.expect('import')) return null;
  // dotted_as_names: a=','.dotted_as_name+ { a }
  const names = sepList(p, dottedAsName);
  if (!names) return null;
  return { kind: 'Import', names, ...p.span(start) };
}

// dotted_as_name: a=dotted_name b=['as' z=NAME { z }] { alias }
function dottedAsName(p: Parser): Alias | null {
  const start = p.mark;
  const a = dottedName(p);
  if (!a) return null;
  return { name: a, asname: optAs(p), span: p.span(start) };
}

function optAs(p: Parser): string | null {
  const m = p.mark;
  if (p.expect('as')) {
    const z = p.nameToken();
    if (z) return z.text;
  }
  p.mark = m;
  return null;
}

// dotted_name: a=dotted_name '.' b=NAME | NAME
function dottedName(p: Parser): string | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.dotted_name)) return p.memoResult as string | null;
  const memoStart = p.mark;
  const r = dottedNameBody(p);
  p.insertMemo(R.dotted_name, memoStart, r);
  return r;
}

function dottedNameBody(p: Parser): string | null {
  const first = p.nameToken();
  if (!first) return null;
  let name = first.text;
  for (;;) {
    const m = p.mark;
    if (p.expect('.')) {
      const b = p.nameToken();
      if (b) {
        name += '.' + b.text;
        continue;
      }
    }
    p.mark = m;
    return name;
  }
}

// import_from:
//     | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets
//     | 'from' a=('.' | '...')+ 'import' b=import_from_targets
function importFrom(p: Parser): Stmt | null {
  const start = p.mark;
  if (!p.expect('from')) return null;
  const dotsStart = p.mark;
  let level = 0;
  const countDots = (): void => {
    for (;;) {
      if (p.expect('.')) level += 1;
      else if (p.expect('...')) level += 3;
      else return;
    }
  };
  countDots();
  const b = dottedName(p);
  if (b && p.expect('import')) {
    const c = importFromTargets(p);
    if (c) return makeImportFrom(p, start, '.'.repeat(level) + b, level, c);
  }
  if (p.errorIndicator) return null;
  p.mark = dotsStart;
  level = 0;
  countDots();
  if (level > 0 && p.expect('import')) {
    const c = importFromTargets(p);
    if (c) return makeImportFrom(p, start, '.'.repeat(level), level, c);
  }
  p.mark = start;
  return null;
}

function makeImportFrom(p: Parser, start: number, module: string, level: number, names: Alias[] | 'star'): Stmt {
  const span = p.span(start);
  const star = names === 'star';
  const stmt: Stmt = {
    kind: 'ImportFrom',
    module,
    names: star ? [{ name: '*', asname: null, span: spanOf(p.last()) }] : names,
    ...span,
  };
  if (star) p.extra.set(stmt, { kind: 'StarImport' });
  else if (level > 0) p.extra.set(stmt, { kind: 'RelativeImport' });
  return stmt;
}

// import_from_targets:
//     | '(' a=import_from_as_names [','] ')' { a }
//     | import_from_as_names !','
//     | '*' { [alias('*')] }
//     | invalid_import_from_targets
function importFromTargets(p: Parser): Alias[] | 'star' | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('(')) {
    const a = importFromAsNames(p);
    if (a) {
      p.expect(',');
      if (p.expect(')')) return a;
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  const b = importFromAsNames(p);
  if (b && !p.at(',')) return b;
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('*')) return 'star';
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidImportFromTargets(p);
    p.mark = start;
  }
  return null;
}

// import_from_as_names: a=','.import_from_as_name+ { a }
// import_from_as_name: a=NAME b=['as' z=NAME { z }] { alias }
export function importFromAsNames(p: Parser): Alias[] | null {
  return sepList(p, (q) => {
    const start = q.mark;
    const a = q.nameToken();
    if (!a) return null;
    return { name: a.text, asname: optAs(q), span: q.span(start) };
  });
}

// block (memo):
//     | NEWLINE INDENT a=statements DEDENT { a }
//     | simple_stmts
//     | invalid_block
export function block(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.block)) return p.memoResult as Stmt[] | null;
  const memoStart = p.mark;
  const r = blockBody(p);
  p.insertMemo(R.block, memoStart, r);
  return r;
}

function blockBody(p: Parser): Stmt[] | null {
  const start = p.mark;
  if (p.expect('NEWLINE') && p.expect('INDENT')) {
    const a = statements(p);
    if (a && p.expect('DEDENT')) return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  const s = simpleStmts(p);
  if (s) return s;
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidBlock(p);
    p.mark = start;
  }
  return null;
}
