// RefScope's parser: source text -> AST (ast.ts) plus diagnostics.
//
// The grammar is a hand port of CPython 3.11's PEG grammar (src/python/peg/), run the way
// CPython runs it, so that errors[0] is the error Python itself would report: a first pass
// with the plain grammar, a second pass with the invalid_* rules for a better message, and
// tokenizer errors taking priority where CPython gives them priority. When the parse
// succeeds, the checks CPython's compiler makes ('return' outside function, nonlocal
// bindings, ...) follow, then NotImplementedError for valid Python that RefScope does not
// run. When it fails, a recovery pass collects further errors for the editor.
//
// parse() never throws on user input.

import type { Module, ParseResult, SyntaxErrorInfo } from './ast';
import { normalizeSource, tokenize } from './tokenizer';
import type { Token, TokenizerError } from './tokenizer';
import { Parser } from './peg/core';
import type { Extra, RaisedError } from './peg/core';
import { runParser } from './peg/run';
import { fileRule } from './peg/statements';
import { compileChecks } from './compileChecks';
import { unsupportedDiagnostics } from './unsupported';
import { RulesNotLoaded } from './peg/lateRules';

export type { ParseResult } from './ast';

export function parse(source: string): ParseResult {
  try {
    return parseUnguarded(source);
  } catch (e) {
    if (e instanceof RulesNotLoaded) {
      const error: SyntaxErrorInfo = { type: 'SyntaxError', message: 'invalid syntax', line: 1, col: 0, endLine: 1, endCol: 1 };
      return { module: { kind: 'Module', body: [] }, errors: [error], symtable: null, needsRules: e.part };
    }
    if (!(e instanceof RangeError)) throw e;
    // nesting deeper than the JS stack: CPython's compiler gives up the same way
    return {
      module: { kind: 'Module', body: [] },
      errors: [{ type: 'RecursionError', message: 'maximum recursion depth exceeded during compilation', line: 1, col: 0, endLine: 1, endCol: 1 }],
      symtable: null,
    };
  }
}

function parseUnguarded(source: string): ParseResult {
  const src = normalizeSource(source);
  const { tokens, errors: tokErrors } = tokenize(src);
  const extra = new Map<object, Extra>();
  const run = runParser(tokens, tokErrors, fileRule, { extra });
  if (run.node) {
    const module = run.node;
    const checked = compileChecks(module, extra);
    const errors = [...checked.errors, ...unsupportedDiagnostics(module, extra)];
    return { module, errors, symtable: errors.length ? null : checked.symtable };
  }
  const first = toInfo(run.error ?? fallbackError(tokens.length ? tokens[tokens.length - 1] : null));
  const recovery = recoverParse(tokens, extra);
  const others = mergeDiagnostics(first, tokErrors, recovery.errors);
  return {
    module: recovery.module,
    errors: [first, ...others, ...unsupportedDiagnostics(recovery.module, extra)],
    symtable: null,
  };
}

function toInfo(e: RaisedError | SyntaxErrorInfo): SyntaxErrorInfo {
  return { type: e.type, message: e.message, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
}

function fallbackError(t: { line: number; col: number } | null): SyntaxErrorInfo {
  const line = t ? t.line : 1;
  const col = t ? t.col : 0;
  return { type: 'SyntaxError', message: 'invalid syntax', line, col, endLine: line, endCol: col + 1 };
}

/** Parse again with statement-level recovery to collect more errors and a partial tree. */
function recoverParse(tokens: Token[], extra: Map<object, Extra>): { module: Module; errors: SyntaxErrorInfo[] } {
  // tokenizer errors are listed separately; here the tokenizer's recovery tokens are parsed as they are
  const p = new Parser(tokens, [], { extra, ignoreTokenizerErrors: true });
  p.recovering = true;
  let module: Module = { kind: 'Module', body: [] };
  try {
    const m = fileRule(p);
    if (m) module = m;
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  return { module, errors: p.recovered.map(toInfo) };
}

/**
 * Everything after the first error: all tokenizer errors, then the statements recovery
 * rejected, minus duplicates of the first error and parser errors on a line that already
 * has a tokenizer error (those are usually its consequence).
 */
function mergeDiagnostics(first: SyntaxErrorInfo, tokErrors: TokenizerError[], recovered: SyntaxErrorInfo[]): SyntaxErrorInfo[] {
  const key = (e: SyntaxErrorInfo): string => `${e.line}:${e.col}:${e.message}`;
  const seen = new Set([key(first)]);
  const tokLines = new Set<number>();
  const out: SyntaxErrorInfo[] = [];
  for (const e of tokErrors) {
    const info = toInfo(e);
    tokLines.add(e.line);
    if (!seen.has(key(info))) {
      seen.add(key(info));
      out.push(info);
    }
  }
  for (const e of recovered) {
    if (tokLines.has(e.line) || seen.has(key(e))) continue;
    if (e.line === first.line && e.message === first.message) continue;
    seen.add(key(e));
    out.push(e);
  }
  out.sort((a, b) => a.line - b.line || a.col - b.col);
  return out;
}
