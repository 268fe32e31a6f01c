// f-string bodies, ported from CPython 3.11's Parser/string_parser.c. In 3.11 an f-string
// is a single STRING token; its replacement fields are found by scanning the body, and
// each expression is parsed by a fresh parser over "(" + text + ")", whose errors get the
// "f-string: " prefix. Errors found while scanning are raised at the parser's last
// fetched token, as CPython does.

import type { Expr, FormattedValue } from '../ast';
import type { Token } from '../tokenizer';
import { tokenize } from '../tokenizer';
import { decodeStringBody } from '../strings';
import type { Parser } from './core';
import { runParser } from './run';
import { fstringRule } from './statements';

type Part = string | FormattedValue;

export interface FstringResult {
  parts: Part[];
  /** the body used an escape RefScope cannot decode */
  unsupported: boolean;
}

interface Scan {
  p: Parser;
  tok: Token;
  body: string;
  pos: number;
  end: number;
  raw: boolean;
  unsupported: boolean;
}

export function parseFstringBody(p: Parser, tok: Token, recurseLvl: number): FstringResult | null {
  const info = tok.str;
  if (!info) return null;
  const s: Scan = { p, tok, body: info.value, pos: 0, end: info.value.length, raw: info.raw, unsupported: false };
  const parts: Part[] = [];
  if (!concatFstring(s, recurseLvl, parts)) return null;
  return { parts, unsupported: s.unsupported };
}

function pushLiteral(parts: Part[], lit: string): void {
  if (lit === '') return;
  const last = parts[parts.length - 1];
  if (typeof last === 'string') parts[parts.length - 1] = last + lit;
  else parts.push(lit);
}

// _PyPegen_FstringParser_ConcatFstring
function concatFstring(s: Scan, recurseLvl: number, parts: Part[]): boolean {
  for (;;) {
    const lit = findLiteral(s, recurseLvl);
    if (!lit) return false;
    pushLiteral(parts, lit.literal);
    if (lit.doubled) continue;
    if (s.pos >= s.end || s.body[s.pos] === '}') break;
    const fv = findExpr(s, recurseLvl);
    if (!fv) return false;
    parts.push(fv);
  }
  if (recurseLvl === 0 && s.pos < s.end - 1) {
    s.p.raiseSyntax('f-string: unexpected end of string');
    return false;
  }
  if (recurseLvl !== 0 && s.body[s.pos] !== '}') {
    s.p.raiseSyntax("f-string: expecting '}'");
    return false;
  }
  return true;
}

// fstring_find_literal: the literal text up to an un-doubled '{' (or '}' inside a spec)
function findLiteral(s: Scan, recurseLvl: number): { literal: string; doubled: boolean } | null {
  const { body, end } = s;
  let i = s.pos;
  const literalStart = i;
  let doubled = false;
  let litEnd = -1;
  while (i < end) {
    let ch = body[i++];
    if (!s.raw && ch === '\\' && i < end) {
      ch = body[i++];
      if (ch === 'N') {
        // skip \N{...} so its braces do not start a replacement field
        if (i < end && body[i++] === '{') {
          while (i < end && body[i++] !== '}') { /* skip */ }
          continue;
        }
        continue;
      }
    }
    if (ch === '{' || ch === '}') {
      if (recurseLvl === 0) {
        if (i < end && body[i] === ch) {
          // a doubled brace: the literal ends with one brace, scanning resumes after both
          s.pos = i + 1;
          litEnd = i;
          doubled = true;
          break;
        }
        if (ch === '}') {
          s.pos = i - 1;
          s.p.raiseSyntax("f-string: single '}' is not allowed");
          return null;
        }
      }
      i--;
      break;
    }
  }
  if (!doubled) {
    s.pos = i;
    litEnd = i;
  }
  let literal = body.slice(literalStart, litEnd);
  if (!s.raw && literal.indexOf('\\') >= 0) {
    const d = decodeStringBody(literal, false);
    if (d.error) {
      s.p.raiseSyntax(d.error);
      return null;
    }
    if (d.unsupported) s.unsupported = true;
    literal = d.value;
  }
  return { literal, doubled };
}

const MAXLEVEL = 200;
const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\n\r\x0b\x0c'.includes(c);

// fstring_find_expr: one replacement field {expr[=][!conv][:spec]}
function findExpr(s: Scan, recurseLvl: number): FormattedValue | null {
  const { p, body, end } = s;
  const fail = (msg: string): null => {
    p.raiseSyntax(msg);
    return null;
  };
  if (recurseLvl >= 2) return fail('f-string: expressions nested too deeply');
  s.pos++; // the '{'
  const exprStart = s.pos;
  let quoteChar = '';
  let stringType = 0;
  const parenstack: string[] = [];
  for (; s.pos < end; s.pos++) {
    const ch = body[s.pos];
    if (ch === '\\') return fail('f-string expression part cannot include a backslash');
    if (quoteChar) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (s.pos + 2 < end && body[s.pos + 1] === ch && body[s.pos + 2] === ch) {
            s.pos += 2;
            stringType = 0;
            quoteChar = '';
          }
        } else {
          stringType = 0;
          quoteChar = '';
        }
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      if (s.pos + 2 < end && body[s.pos + 1] === ch && body[s.pos + 2] === ch) {
        stringType = 3;
        s.pos += 2;
      } else {
        stringType = 1;
      }
      quoteChar = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (parenstack.length >= MAXLEVEL) return fail('f-string: too many nested parenthesis');
      parenstack.push(ch);
    } else if (ch === '#') {
      return fail("f-string expression part cannot include '#'");
    } else if (parenstack.length === 0 && '!:}=<>'.includes(ch)) {
      if (s.pos + 1 < end) {
        const next = body[s.pos + 1];
        if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
          s.pos++;
          continue;
        }
      }
      if (ch === '>' || ch === '<') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      const opening = parenstack.pop();
      if (opening === undefined) return fail(`f-string: unmatched '${ch}'`);
      if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
        return fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
      }
    }
  }
  const exprEnd = s.pos;
  if (quoteChar) return fail('f-string: unterminated string');
  if (parenstack.length) return fail(`f-string: unmatched '${parenstack[parenstack.length - 1]}'`);
  const expectingBrace = "f-string: expecting '}'";
  if (s.pos >= end) return fail(expectingBrace);

  // compile the expression first, so its errors come before conversion/spec errors
  const expr = compileExpr(s, exprStart, exprEnd);
  if (!expr) return null;

  let selfDoc: string | null = null;
  if (body[s.pos] === '=') {
    s.pos++;
    while (isSpace(body[s.pos])) s.pos++;
    if (s.pos >= end) return fail(expectingBrace);
    selfDoc = body.slice(exprStart, s.pos);
  }

  let conversion: FormattedValue['conversion'] = '';
  if (body[s.pos] === '!') {
    s.pos++;
    if (s.pos >= end) return fail(expectingBrace);
    const c = body[s.pos];
    s.pos++;
    if (c !== 's' && c !== 'r' && c !== 'a') return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c;
  }

  let spec: Part[] | null = null;
  if (s.pos < end && body[s.pos] === ':') {
    s.pos++;
    if (s.pos >= end) return fail(expectingBrace);
    spec = [];
    if (!concatFstring(s, recurseLvl + 1, spec)) return null;
  }

  if (s.pos >= end || body[s.pos] !== '}') return fail(expectingBrace);
  s.pos++;

  // f"{x=}" without conversion or spec shows the repr, like CPython
  if (selfDoc !== null && spec === null && conversion === '') conversion = 'r';
  return { expr, conversion, spec, selfDoc };
}

// fstring_compile_expr
function compileExpr(s: Scan, exprStart: number, exprEnd: number): Expr | null {
  const { p, body } = s;
  let i = exprStart;
  while (i < exprEnd && ' \t\n\f'.includes(body[i])) i++;
  if (i === exprEnd) {
    const c = body[exprEnd];
    if (c === '!' || c === ':' || c === '=') p.raiseSyntax(`f-string: expression required before '${c}'`);
    else p.raiseSyntax('f-string: empty expression not allowed');
    return null;
  }
  const text = body.slice(exprStart, exprEnd);
  const at = positionInBody(s, exprStart);
  // CPython parses "(" + text + ")"; the '(' sits just before the expression
  const sub = tokenize('(' + text + ')', { startLine: at.line, startCol: at.col - 1 });
  const r = runParser(sub.tokens, sub.errors, fstringRule, { isFstring: true, extra: p.extra });
  if (r.error) {
    const e = r.error;
    p.raiseFull(e.type, e.message, e.line, e.col, e.endLine, e.endCol, false, true);
    return null;
  }
  return r.node;
}

/** File position of an offset into the string body. */
function positionInBody(s: Scan, offset: number): { line: number; col: number } {
  const info = s.tok.str;
  let line = info ? info.bodyLine : s.tok.line;
  let col = info ? info.bodyCol : s.tok.col;
  for (let i = 0; i < offset; i++) {
    if (s.body[i] === '\n') {
      line++;
      col = 0;
    } else {
      col++;
    }
  }
  return { line, col };
}
