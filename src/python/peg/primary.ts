// Primary elements from CPython 3.11's Grammar/python.gram, section "Primary elements":
// await_primary, primary (attribute access, calls, subscripts), slices, atom and group,
// plus _PyPegen_number_token for NUMBER atoms. Each function is one grammar rule; the
// grammar text is quoted above it. The left-recursive primary rule is written as a loop,
// which accepts exactly the same input as CPython's seed-growing left recursion.

import type { Expr } from '../ast';
import type { Token } from '../tokenizer';
import { argumentsRule, starredExpression } from './arguments';
import type { Parser } from './core';
import { dict, dictcomp, genexp, list, listcomp, set, setcomp, tuple } from './displays';
import { expression, namedExpression, sepList, standIn, yieldExpr } from './expressions';
import { nameNode, spanOf } from './names';
import { R } from './rules';
import { strings } from './strings';
import { invalidRules } from './lateRules';

// await_primary (memo): AWAIT a=primary { Await(a) } | primary
export function awaitPrimary(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.await_primary)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = awaitPrimaryBody(p);
  p.insertMemo(R.await_primary, memoStart, r);
  return r;
}

export function awaitPrimaryBody(p: Parser): Expr | null {
  const start = p.mark;
  if (p.expect('await')) {
    const a = primary(p);
    if (a) return standIn(p, 'Await', [a], p.span(start));
    if (p.errorIndicator) return null;
    p.mark = start;
    return null;
  }
  return primary(p);
}

// primary:
//     | a=primary '.' b=NAME { Attribute }
//     | a=primary b=genexp { Call(a, [b]) }
//     | a=primary '(' b=[arguments] ')' { Call }
//     | a=primary '[' b=slices ']' { Subscript }
//     | atom
export function primary(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.primary)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = primaryBody(p);
  p.insertMemo(R.primary, memoStart, r);
  return r;
}

function primaryBody(p: Parser): Expr | null {
  const start = p.mark;
  let a = atom(p);
  if (!a) return null;
  for (;;) {
    const next = trailer(p, a, start);
    if (!next) {
      if (p.errorIndicator) return null;
      return a;
    }
    a = next;
  }
}

/**
 * One step of primary / t_primary: '.' NAME, genexp, '(' [arguments] ')' or '[' slices ']'
 * applied to `a`. Restores the mark and returns null when none applies.
 */
export function trailer(p: Parser, a: Expr, start: number): Expr | null {
  const m = p.mark;
  const t = p.peek();
  if (t === '.') {
    p.mark++;
    const b = p.nameToken();
    if (b) return { kind: 'Attribute', value: a, attr: b.text, ...p.span(start) };
    p.mark = m;
    return null;
  }
  const tryCall = (): Expr | null => {
    const g = genexp(p);
    if (g) return { kind: 'Call', func: a, args: [g], keywords: [], ...p.span(start) };
    if (p.errorIndicator) return null;
    p.mark = m;
    if (p.expect('(')) {
      const args = argumentsRule(p);
      if (p.errorIndicator) return null;
      if (p.expect(')')) {
        return { kind: 'Call', func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], ...p.span(start) };
      }
    }
    p.mark = m;
    return null;
  };
  const trySubscript = (): Expr | null => {
    if (p.expect('[')) {
      const b = slices(p);
      if (b && p.expect(']')) return { kind: 'Subscript', value: a, index: b, ...p.span(start) };
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    return null;
  };
  if (t === '(') return tryCall();
  // genexp comes before subscripts; in the second pass its invalid_comprehension
  // alternative also looks at '[' and '{' (f[a, b for ...], f{...})
  if (p.callInvalidRules && (t === '[' || t === '{')) {
    genexp(p);
    if (p.errorIndicator) return null;
    p.mark = m;
  }
  if (t === '[') return trySubscript();
  return null;
}

// slices:
//     | a=slice !',' { a }
//     | a=','.(slice | starred_expression)+ [','] { Tuple(a) }
export function slices(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = slice(p);
  if (a && !p.at(',')) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  const elts = sepList(p, (q) => {
    const m = q.mark;
    const s = slice(q);
    if (s) return s;
    if (q.errorIndicator) return null;
    q.mark = m;
    return starredExpression(q);
  });
  if (!elts) return null;
  p.expect(',');
  return { kind: 'Tuple', elts, ...p.span(start) };
}

// slice:
//     | a=[expression] ':' b=[expression] c=[':' d=[expression]] { Slice(a, b, c) }
//     | a=named_expression { a }
function slice(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = expression(p);
  if (p.errorIndicator) return null;
  if (!a) p.mark = start;
  if (p.expect(':')) {
    const bm = p.mark;
    const b = expression(p);
    if (p.errorIndicator) return null;
    if (!b) p.mark = bm;
    let c: Expr | null = null;
    const cm = p.mark;
    if (p.expect(':')) {
      const dm = p.mark;
      c = expression(p);
      if (p.errorIndicator) return null;
      if (!c) p.mark = dm;
    } else {
      p.mark = cm;
    }
    return { kind: 'Slice', lower: a, upper: b, step: c, ...p.span(start) };
  }
  p.mark = start;
  return namedExpression(p);
}

// atom:
//     | NAME | 'True' | 'False' | 'None'
//     | &STRING strings
//     | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...'
export function atom(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const t = p.peek();
  const tok = p.toks[start];
  switch (t) {
    case 'NAME':
      p.mark++;
      return nameNode(tok);
    case 'True':
    case 'False':
      p.mark++;
      return { kind: 'Bool', value: t === 'True', ...spanOf(tok) };
    case 'None':
      p.mark++;
      return { kind: 'None', ...spanOf(tok) };
    case 'STRING':
      return strings(p);
    case 'NUMBER':
      p.mark++;
      return numberNode(p, tok);
    case '(':
      return firstOf(p, start, [tuple, group, genexp]);
    case '[':
      return firstOf(p, start, [list, listcomp]);
    case '{':
      return firstOf(p, start, [dict, set, dictcomp, setcomp]);
    case '...': {
      p.mark++;
      return { kind: 'Ellipsis', ...spanOf(tok) };
    }
    default:
      return null;
  }
}

function firstOf(p: Parser, start: number, alts: ((p: Parser) => Expr | null)[]): Expr | null {
  for (const alt of alts) {
    const r = alt(p);
    if (r) return r;
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  return null;
}

/** _PyPegen_number_token: int (number or bigint), float, or a complex stand-in. */
export function numberNode(p: Parser, tok: Token): Expr {
  const text = tok.text.replace(/_/g, '');
  const span = spanOf(tok);
  const last = text[text.length - 1];
  if (last === 'j' || last === 'J') {
    return { kind: 'Imag', value: parseFloat(text.slice(0, -1)) || 0, ...span };
  }
  const lower = text.toLowerCase();
  const isRadix = lower.startsWith('0x') || lower.startsWith('0o') || lower.startsWith('0b');
  if (!isRadix && /[.e]/.test(lower)) {
    return { kind: 'Float', value: parseFloat(lower), ...span };
  }
  let big: bigint;
  try {
    big = BigInt(isRadix ? lower : lower.replace(/^0+(?=\d)/, ''));
  } catch {
    // a malformed literal the tokenizer already reported
    return { kind: 'Int', value: 0, ...span };
  }
  if (!isRadix && text.length > 4300) {
    // CPython 3.11 refuses decimal literals beyond its int/str conversion limit
    p.raiseFull(
      'SyntaxError',
      `Exceeds the limit (4300 digits) for integer string conversion: value has ${text.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      tok.line, 0, tok.line, 0,
    );
  }
  const n = Number(big);
  return { kind: 'Int', value: Number.isSafeInteger(n) ? n : big, ...span };
}

// group:
//     | '(' a=(yield_expr | named_expression) ')' { a }
//     | invalid_group
function group(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('(')) {
    const m = p.mark;
    let a = yieldExpr(p);
    if (!a && !p.errorIndicator) {
      p.mark = m;
      a = namedExpression(p);
    }
    if (a && p.expect(')')) return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidGroup(p);
    p.mark = start;
  }
  return null;
}
