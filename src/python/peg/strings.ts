// strings (memo): a=STRING+ { _PyPegen_concatenate_strings(p, a) }
// Implicit concatenation of adjacent literals, mixing plain and f-strings. Errors are raised
// while the parser builds the literal (after it has fetched the token that follows the
// last STRING), exactly when CPython raises them.

import type { Expr, FormattedValue } from '../ast';
import type { Token } from '../tokenizer';
import type { Parser } from './core';
import { R } from './rules';
import { parseFstringBody } from './fstring';

export function strings(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.strings)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = stringsBody(p);
  p.insertMemo(R.strings, memoStart, r);
  return r;
}

function stringsBody(p: Parser): Expr | null {
  const start = p.mark;
  const toks: Token[] = [];
  for (;;) {
    const t = p.expect('STRING');
    if (!t) break;
    toks.push(t);
  }
  if (toks.length === 0) return null;
  return concatenate(p, toks, start);
}

function concatenate(p: Parser, toks: Token[], start: number): Expr | null {
  let bytesmode = false;
  let isF = false;
  let unsupported = false;
  const parts: (string | FormattedValue)[] = [];
  const addLiteral = (s: string): void => {
    if (s === '') return;
    const last = parts[parts.length - 1];
    if (typeof last === 'string') parts[parts.length - 1] = last + s;
    else parts.push(s);
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const info = t.str;
    if (!info) continue;
    if (info.decodeError) {
      if (info.decodeError.startsWith('bytes can only')) return p.raiseAtToken(t, info.decodeError);
      return p.raiseSyntax(info.decodeError);
    }
    if (i !== 0 && bytesmode !== info.bytes) return p.raiseSyntax('cannot mix bytes and nonbytes literals');
    bytesmode = info.bytes;
    if (info.unsupported) unsupported = true;
    if (info.fstring) {
      isF = true;
      const r = parseFstringBody(p, t, 0);
      if (!r) return null;
      if (r.unsupported) unsupported = true;
      for (const x of r.parts) {
        if (typeof x === 'string') addLiteral(x);
        else parts.push(x);
      }
    } else {
      addLiteral(info.value);
    }
  }
  const span = p.span(start);
  let e: Expr;
  if (isF) {
    e = { kind: 'FString', parts, ...span };
  } else {
    e = { kind: 'Str', value: parts.length ? (parts[0] as string) : '', ...span };
    if (bytesmode) {
      e.bytes = true;
      p.extra.set(e, { kind: 'Bytes' });
    }
  }
  if (unsupported && !p.extra.has(e)) p.extra.set(e, { kind: 'NameEscape' });
  return e;
}
