// _PyPegen_run_parser and _PyPegen_set_syntax_error from CPython 3.11: a first pass with
// the plain grammar; if it fails, a second pass with the invalid_* rules switched on to
// find a specialised message; otherwise "invalid syntax" at the furthest token the first
// pass looked at. Finally the rest of the file is "tokenized" for tokenizer errors, which
// take priority over parser errors.

import type { Token, TokenizerError } from '../tokenizer';
import { Parser } from './core';
import type { Extra, RaisedError } from './core';

export interface RunResult<T> {
  node: T | null;
  error: RaisedError | null;
  parser: Parser;
}

export function runParser<T>(
  toks: Token[],
  tokErrors: TokenizerError[],
  startRule: (p: Parser) => T | null,
  opts: { isFstring?: boolean; extra?: Map<object, Extra> } = {},
): RunResult<T> {
  const p = new Parser(toks, tokErrors, opts);
  const res = guard(p, () => startRule(p));
  if (res !== null && !p.errorIndicator) return { node: res, error: null, parser: p };

  const lastToken = Math.max(0, p.fill - 1);
  // the second pass does nothing if the first one already raised (CPython keeps the error indicator)
  if (!p.errorIndicator) {
    p.resetForErrorPass();
    guard(p, () => startRule(p));
  }
  setSyntaxError(p, lastToken, tokErrors);
  return { node: null, error: p.error, parser: p };
}

/**
 * Deeply nested input can exhaust the JS stack before CPython's own limits would trigger;
 * report it the way CPython reports source too deep for its compiler.
 */
function guard<T>(p: Parser, fn: () => T | null): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) {
      const t = p.toks[Math.max(0, p.fill - 1)];
      p.raiseFull('RecursionError', 'maximum recursion depth exceeded during compilation', t.line, t.col, t.endLine, t.endCol, false, true);
      return null;
    }
    throw e;
  }
}

function setSyntaxError(p: Parser, lastTokenIndex: number, tokErrors: TokenizerError[]): void {
  if (p.error) {
    // a parser-raised error can still be overridden by a tokenizer error later in the file
    if (!p.error.fromTokenizer) scanRestForTokenizerErrors(p, tokErrors);
    return;
  }
  const last = p.toks[lastTokenIndex];
  if (last.kind === 'INDENT' || last.kind === 'DEDENT') {
    p.raiseFull('IndentationError', last.kind === 'INDENT' ? 'unexpected indent' : 'unexpected unindent',
      last.errLine, last.errCol, last.errLine, last.errCol + 1);
    return;
  }
  p.raiseAtToken(last, 'invalid syntax');
  scanRestForTokenizerErrors(p, tokErrors);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors (3.11): CPython keeps tokenizing
 * after the parser gave up. The first tokenizer error it meets replaces the parser's error
 * if the tokenizer raised it itself. Otherwise (an error code, or the end of the file) a
 * bracket still open there replaces it, but only when that bracket was opened on an
 * earlier line than the parser error.
 */
function scanRestForTokenizerErrors(p: Parser, tokErrors: TokenizerError[]): void {
  let first: TokenizerError | null = null;
  for (const e of tokErrors) {
    if (e.tokenIndex >= p.fill && (!first || e.tokenIndex < first.tokenIndex)) first = e;
  }
  if (!first || !p.error) return;
  if (first.kind === 'raise') {
    p.error = {
      type: first.type, message: first.message, line: first.line, col: first.col,
      endLine: first.endLine, endCol: first.endCol, fromTokenizer: true,
    };
    return;
  }
  const errLine = p.toks[Math.max(0, p.fill - 1)].line;
  const open = first.openBracket;
  if (open && errLine > open.line) {
    p.error = {
      type: 'SyntaxError', message: `'${open.char}' was never closed`, line: open.line, col: open.col,
      endLine: open.line, endCol: open.col + 1, fromTokenizer: true,
    };
  }
}
