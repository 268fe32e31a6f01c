// Python/ast_opt.c's optimize_format (3.11+): `"..." % (a, b)` with a constant str on the left
// and a tuple display on the right becomes an f-string (JoinedStr) when every conversion is a
// plain %s, %r or %a (flags, a width and a precision of at most two digits allowed; no mapping
// key, no `*`) and there are exactly as many as the tuple has items. The caller checks the
// operands (fold_binop); this rewrites the node or answers null (the node left as it is).

import type * as A from './ast';

const MAXDIGITS = 3;

/** parse_literal: the text up to the next lone '%', with '%%' made '%' (null when empty) */
function parseLiteral(fmt: string, at: { pos: number }): string | null {
  const start = at.pos;
  let pos = start;
  let hasPercents = false;
  while (pos < fmt.length) {
    if (fmt[pos] !== '%') pos++;
    else if (pos + 1 < fmt.length && fmt[pos + 1] === '%') {
      hasPercents = true;
      pos += 2;
    } else break;
  }
  at.pos = pos;
  if (pos === start) return null;
  const s = fmt.slice(start, pos);
  return hasPercents ? s.split('%%').join('%') : s;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** simple_format_arg_parse: flags, width and precision (each at most two digits), the spec char */
function simpleFormatArgParse(fmt: string, at: { pos: number }): { spec: string; ljust: boolean; width: number; prec: number } | null {
  let pos = at.pos;
  let ch = '';
  const next = (): boolean => {
    if (pos >= fmt.length) return false;
    ch = fmt[pos++];
    return true;
  };
  let ljust = false;
  for (;;) {
    if (!next()) return null;
    if (ch === '-') ljust = true;
    else if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    else break;
  }
  let width = -1;
  let prec = -1;
  if (isDigit(ch)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch)) {
      width = width * 10 + Number(ch);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    if (isDigit(ch)) {
      let digits = 0;
      while (isDigit(ch)) {
        prec = prec * 10 + Number(ch);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  at.pos = pos;
  return { spec: ch, ljust, width, prec };
}

/** parse_format: one conversion as a FormattedValue (`{arg!s:>5.2}`), or null when unsupported */
function parseFormat(fmt: string, at: { pos: number }, arg: A.Expr): A.FormattedValue | null {
  const p = simpleFormatArgParse(fmt, at);
  if (p === null) return null;
  if (p.spec !== 's' && p.spec !== 'r' && p.spec !== 'a') return null;
  let buf = '';
  if (!p.ljust && p.width > 0) buf += '>';
  if (p.width >= 0) buf += String(p.width);
  if (p.prec >= 0) buf += '.' + String(p.prec);
  return { expr: arg, conversion: p.spec, spec: buf === '' ? null : [buf], selfDoc: null };
}

/** optimize_format: the f-string `node` (fmt % (elts...)) becomes, or null */
export function optimizeFormat(node: A.BinOp, fmt: string, elts: A.Expr[]): A.FString | null {
  const at = { pos: 0 };
  const parts: (string | A.FormattedValue)[] = [];
  let cnt = 0;
  for (;;) {
    const lit = parseLiteral(fmt, at);
    if (lit !== null) parts.push(lit);
    if (at.pos >= fmt.length) break;
    // more format units than items
    if (cnt >= elts.length) return null;
    at.pos++; // the '%'
    const fv = parseFormat(fmt, at, elts[cnt]);
    cnt++;
    if (fv === null) return null;
    parts.push(fv);
  }
  // more items than format units
  if (cnt < elts.length) return null;
  return { kind: 'FString', parts, line: node.line, col: node.col, endLine: node.endLine, endCol: node.endCol };
}
