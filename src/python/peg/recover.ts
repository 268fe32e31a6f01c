// Error recovery for the editor. CPython stops at its first error; RefScope re-parses a
// broken file in "recovery" mode, where the statements loop reports a statement that
// does not parse, skips its logical line (and any block indented under it) and carries on.
// The message for each skipped statement comes from running CPython's two-pass algorithm
// on that statement alone, so it reads like what Python would say there.

import type { Stmt } from '../ast';
import type { Token } from '../tokenizer';
import { Parser } from './core';
import type { RaisedError } from './core';

type StatementRule = (p: Parser) => Stmt[] | null;

export function recoverStatements(p: Parser, statement: StatementRule): Stmt[] {
  const out: Stmt[] = [];
  for (;;) {
    const t = p.peek();
    if (t === 'DEDENT' || t === 'ENDMARKER' || t === '') break;
    const m = p.mark;
    const s = statement(p);
    if (s && !p.errorIndicator) {
      out.push(...s);
      continue;
    }
    const err = p.errorIndicator && p.error ? p.error : diagnose(p.toks, m, statement, p);
    p.recovered.push(err);
    p.errorIndicator = false;
    p.error = null;
    skipStatement(p, m, statement);
    if (p.mark <= m) p.mark = m + 1; // always make progress
  }
  return out;
}

/** The first error CPython would report for the statement starting at token m. */
function diagnose(toks: Token[], m: number, statement: StatementRule, outer: Parser): RaisedError {
  const q = new Parser(toks, [], { extra: outer.extra, ignoreTokenizerErrors: true });
  q.mark = m;
  q.fill = m;
  const first = statement(q);
  if (q.error) return q.error;
  const last = toks[Math.max(m, q.fill - 1)];
  if (!first) {
    q.clearMemo();
    q.mark = m;
    q.callInvalidRules = true;
    statement(q);
    if (q.error) return q.error;
  }
  if (last.kind === 'INDENT' || last.kind === 'DEDENT') {
    return {
      type: 'IndentationError', message: last.kind === 'INDENT' ? 'unexpected indent' : 'unexpected unindent',
      line: last.errLine, col: Math.max(0, last.errCol), endLine: last.errLine, endCol: Math.max(0, last.errCol) + 1,
      fromTokenizer: false,
    };
  }
  return { type: 'SyntaxError', message: 'invalid syntax', line: last.line, col: last.col, endLine: last.endLine, endCol: last.endCol, fromTokenizer: false };
}

/** Move past the logical line starting at m, and past a block indented under it. */
function skipStatement(p: Parser, m: number, statement: StatementRule): void {
  const toks = p.toks;
  if (toks[m].kind === 'INDENT') {
    // an unexpected indented block: parse it for its own errors, then drop it
    p.mark = m + 1;
    recoverStatements(p, statement);
    if (toks[p.mark]?.kind === 'DEDENT') p.mark++;
    return;
  }
  let i = m;
  while (i < toks.length - 1 && toks[i].kind !== 'NEWLINE') i++;
  p.mark = toks[i].kind === 'NEWLINE' ? i + 1 : i;
  if (toks[p.mark]?.kind === 'INDENT') {
    p.mark++;
    recoverStatements(p, statement);
    if (toks[p.mark]?.kind === 'DEDENT') p.mark++;
  }
}
