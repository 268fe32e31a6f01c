// Helpers shared by the rules: node construction and CPython's descriptions of
// expressions in error messages (_PyPegen_get_expr_name, _PyPegen_get_invalid_target).

import type { Expr, Span } from '../ast';
import type { Token } from '../tokenizer';
import type { Parser } from './core';

export function spanOf(t: Span): Span {
  return { line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
}

export function nameNode(t: Token): Expr {
  return { kind: 'Name', id: t.text, line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol };
}

/** Span from the start of `a` to the end of `b`. */
export function joinSpans(a: Span, b: Span): Span {
  return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

/** How CPython names an expression in "cannot assign to %s" and similar messages. */
export function exprName(p: Parser, e: Expr): string {
  const x = p.extra.get(e);
  if (x) {
    switch (x.kind) {
      case 'Await': return 'await expression';
      case 'Bytes': return 'literal';
      default: break;
    }
  }
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Comprehension':
      return e.type === 'gen' ? 'generator expression' : `${e.type} comprehension`;
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'FString': return 'f-string expression';
    case 'None': return 'None';
    case 'Bool': return e.value ? 'True' : 'False';
    case 'Int': case 'Float': case 'Str': return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'Slice': return 'slice';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'NamedExpr': return 'named expression';
    case 'Ellipsis': return 'ellipsis';
    case 'Imag': return 'literal';
  }
}

export type TargetsType = 'star' | 'del' | 'for';

/** The first sub-expression that cannot be assigned to (or deleted), or null. */
export function invalidTarget(p: Parser, e: Expr | null, type: TargetsType): Expr | null {
  if (!e) return null;
  if (p.extra.has(e)) return e;
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const c = invalidTarget(p, x, type);
        if (c) return c;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(p, e.value, type);
    case 'Compare':
      // `for a in b` first parses `a in b` as a comparison; look at its left side
      if (type === 'for') {
        if (e.ops[0] === 'in') return invalidTarget(p, e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function raiseInvalidTarget(p: Parser, type: TargetsType, e: Expr | null): null {
  const bad = invalidTarget(p, e, type);
  if (bad) {
    const verb = type === 'del' ? 'delete' : 'assign to';
    return p.raiseAt(bad, `cannot ${verb} ${exprName(p, bad)}`);
  }
  // nothing to blame: CPython 3.11 falls back to the generic error of the first pass
  return null;
}
