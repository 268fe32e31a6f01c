// NotImplementedError diagnostics for valid Python outside RefScope's subset. The parser
// records such constructs in a side table (stand-in node -> what it really was); this walk
// reports the ones that ended up in the final tree, in source order.

import type { ComprehensionFor, Expr, Module, Span, Stmt, SyntaxErrorInfo } from './ast';
import type { Extra, ExtraKind } from './peg/core';
import { exprChildren, stmtChildren } from './astWalk';

const MESSAGES: Record<ExtraKind, string> = {
  AsyncWith: "'async with' statements are not supported in RefScope",
  AsyncFor: "'async for' loops are not supported in RefScope",
  AsyncFunctionDef: "async functions ('async def') are not supported in RefScope",
  Await: "'await' expressions are not supported in RefScope",
  StarImport: "star imports ('from module import *') are not supported in RefScope",
  RelativeImport: 'relative imports are not supported in RefScope',
  Bytes: "bytes literals (b'...') are not supported in RefScope",
  TryStar: "'except*' (exception groups) is not supported in RefScope",
  AsyncComprehension: "asynchronous comprehensions ('async for' in a comprehension) are not supported in RefScope",
  NameEscape: "\\N{...} escapes in strings are not supported in RefScope",
};

/** For compound statements, underline just the keyword rather than the whole block. */
const KEYWORD_LENGTH: Partial<Record<ExtraKind, number>> = {
  AsyncWith: 10, AsyncFor: 9, AsyncFunctionDef: 9, TryStar: 3,
};

export function unsupportedDiagnostics(module: Module, extra: Map<object, Extra>): SyntaxErrorInfo[] {
  const out: SyntaxErrorInfo[] = [];
  if (extra.size === 0) return out;
  const report = (node: object, span: Span): void => {
    const x = extra.get(node);
    if (!x || x.kind === 'Bytes') return; // bytes literals are supported now (a side-table mark only)
    const s = x.span ?? span;
    const kwLen = KEYWORD_LENGTH[x.kind];
    out.push({
      type: 'NotImplementedError',
      message: MESSAGES[x.kind],
      line: s.line,
      col: s.col,
      endLine: kwLen ? s.line : s.endLine,
      endCol: kwLen ? s.col + kwLen : s.endCol,
    });
  };
  const visitExpr = (e: Expr): void => {
    report(e, e);
    if (e.kind === 'Comprehension') {
      for (const g of e.generators) visitClause(g, e);
    }
    for (const c of exprChildren(e)) visitExpr(c);
  };
  const visitClause = (g: ComprehensionFor, owner: Span): void => {
    report(g, owner);
  };
  const visitStmt = (s: Stmt): void => {
    report(s, s);
    const c = stmtChildren(s);
    for (const e of c.exprs) visitExpr(e);
    for (const h of c.handlers) {
      if (h.type) visitExpr(h.type);
      for (const b of h.body) visitStmt(b);
    }
    for (const b of c.stmts) visitStmt(b);
  };
  for (const s of module.body) visitStmt(s);
  // report in source order
  out.sort((a, b) => a.line - b.line || a.col - b.col);
  return out;
}
