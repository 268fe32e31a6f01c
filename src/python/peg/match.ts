// The match statement (python.gram "Match statement"): builds the Match node and its
// patterns (MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar,
// MatchAs, MatchOr) as CPython's action helpers do.

import type { Expr, MatchCase, Pattern, Span, Stmt } from '../ast';
import type { Parser } from './core';
import { R } from './rules';
import { joinSpans, nameNode, spanOf } from './names';
import { namedExpression, sepList, starNamedExpression, starNamedExpressions } from './expressions';
import { numberNode } from './primary';
import { strings } from './strings';
import { block } from './statements';
import { many } from './params';
import { invalidRules } from './lateRules';

// match_stmt:
//     | "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT
//     | invalid_match_stmt
export function matchStmt(p: Parser): Stmt | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.softKeyword('match')) {
    const subject = subjectExpr(p);
    if (subject && p.expect(':') && p.expect('NEWLINE') && p.expect('INDENT')) {
      const cases = many(p, () => caseBlock(p));
      if (cases.length && p.expect('DEDENT')) {
        return { kind: 'Match', subject, cases, ...p.span(start) };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidMatchStmt(p);
    p.mark = start;
  }
  return null;
}

// subject_expr:
//     | value=star_named_expression ',' values=star_named_expressions? { Tuple }
//     | named_expression
export function subjectExpr(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const v = starNamedExpression(p);
  if (v && p.expect(',')) {
    const m = p.mark;
    const rest = starNamedExpressions(p);
    if (p.errorIndicator) return null;
    if (!rest) p.mark = m;
    return { kind: 'Tuple', elts: [v, ...(rest ?? [])], ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return namedExpression(p);
}

// case_block:
//     | invalid_case_block
//     | "case" pattern=patterns guard=guard? ':' body=block
function caseBlock(p: Parser): MatchCase | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidCaseBlock(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  let pat: Pattern | null;
  if (p.softKeyword('case') && (pat = patterns(p))) {
    const m = p.mark;
    let guard: Expr | null = null;
    if (!(p.expect('if') && (guard = namedExpression(p)))) {
      if (p.errorIndicator) return null;
      p.mark = m;
      guard = null;
    }
    if (p.expect(':')) {
      const b = block(p);
      if (b) return { pattern: pat, guard, body: b, span: p.span(start) };
    }
  }
  p.mark = start;
  return null;
}

// patterns: open_sequence_pattern | pattern
export function patterns(p: Parser): Pattern | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const o = openSequencePattern(p);
  if (o) return o;
  if (p.errorIndicator) return null;
  p.mark = start;
  return pattern(p);
}

// pattern: as_pattern | or_pattern
function pattern(p: Parser): Pattern | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = asPattern(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  return orPattern(p);
}

// as_pattern: pattern=or_pattern 'as' target=pattern_capture_target | invalid_as_pattern
function asPattern(p: Parser): Pattern | null {
  const start = p.mark;
  const o = orPattern(p);
  let t: Pattern | null;
  if (o && p.expect('as') && (t = patternCaptureTarget(p))) {
    return { kind: 'MatchAs', pattern: o, name: (t as { name: string }).name, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidAsPattern(p);
    p.mark = start;
  }
  return null;
}

// or_pattern: '|'.closed_pattern+
export function orPattern(p: Parser): Pattern | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const ps = sepList(p, closedPattern, '|');
  if (!ps) return null;
  return ps.length === 1 ? ps[0] : { kind: 'MatchOr', patterns: ps, ...p.span(start) };
}

// closed_pattern (memo): literal | capture | wildcard | value | group | sequence | mapping | class
function closedPattern(p: Parser): Pattern | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.closed_pattern)) return p.memoResult as Pattern | null;
  const memoStart = p.mark;
  const r = closedPatternBody(p);
  p.insertMemo(R.closed_pattern, memoStart, r);
  return r;
}

function closedPatternBody(p: Parser): Pattern | null {
  const start = p.mark;
  for (const alt of [literalPattern, capturePattern, wildcardPattern, valuePattern, groupPattern, sequencePattern, mappingPattern, classPattern]) {
    const r = alt(p);
    if (r) return r;
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  return null;
}

// literal_pattern / literal_expr:
//     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
function literalPattern(p: Parser): Pattern | null {
  const start = p.mark;
  const e = literalExpr(p);
  if (!e) return null;
  if (e.kind === 'None') return { kind: 'MatchSingleton', value: null, ...p.span(start) };
  if (e.kind === 'Bool') return { kind: 'MatchSingleton', value: e.value, ...p.span(start) };
  return { kind: 'MatchValue', value: e, ...p.span(start) };
}

/** literal_expr: the literal as an expression (mapping keys, and literal_pattern's value) */
function literalExpr(p: Parser): Expr | null {
  const start = p.mark;
  const n = signedNumber(p);
  if (n && !p.at('+') && !p.at('-')) return n;
  if (p.errorIndicator) return null;
  p.mark = start;
  const c = complexNumber(p);
  if (c) return c;
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.at('STRING')) return strings(p);
  const t = p.peek();
  const tok = p.toks[start];
  if (t === 'None') {
    p.mark++;
    return { kind: 'None', ...spanOf(tok) };
  }
  if (t === 'True' || t === 'False') {
    p.mark++;
    return { kind: 'Bool', value: t === 'True', ...spanOf(tok) };
  }
  return null;
}

// signed_number: NUMBER | '-' NUMBER
function signedNumber(p: Parser): Expr | null {
  const m = p.mark;
  const a = p.expect('NUMBER');
  if (a) return numberNode(p, a);
  if (p.expect('-')) {
    const b = p.expect('NUMBER');
    if (b) return { kind: 'UnaryOp', op: '-', operand: numberNode(p, b), ...p.span(m) };
  }
  p.mark = m;
  return null;
}

const isImaginary = (text: string): boolean => /[jJ]$/.test(text);

// complex_number: signed_real_number ('+' | '-') imaginary_number
function complexNumber(p: Parser): Expr | null {
  const start = p.mark;
  // signed_real_number: real_number | '-' real_number ; real_number: NUMBER { ensure_real }
  const neg = p.expect('-');
  const real = p.expect('NUMBER');
  if (real) {
    if (isImaginary(real.text)) {
      p.raiseAtToken(real, 'real number required in complex literal');
      return null;
    }
    const sign = p.expect('+') ?? p.expect('-');
    if (sign) {
      const imag = p.expect('NUMBER');
      if (imag) {
        if (!isImaginary(imag.text)) {
          p.raiseAtToken(imag, 'imaginary number required in complex literal');
          return null;
        }
        let left = numberNode(p, real);
        if (neg) left = { kind: 'UnaryOp', op: '-', operand: left, ...joinSpans(spanOf(neg), spanOf(real)) };
        return { kind: 'BinOp', op: sign.text === '+' ? '+' : '-', left, right: numberNode(p, imag), ...p.span(start) };
      }
    }
  }
  p.mark = start;
  return null;
}

// capture_pattern: pattern_capture_target
function capturePattern(p: Parser): Pattern | null {
  return patternCaptureTarget(p);
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')   (as a capture: MatchAs(NULL, name))
function patternCaptureTarget(p: Parser): (Pattern & { kind: 'MatchAs'; name: string }) | null {
  const start = p.mark;
  if (p.lookahead(true, () => p.softKeyword('_'))) return null;
  const n = p.nameToken();
  if (n && !p.at('.') && !p.at('(') && !p.at('=')) return { kind: 'MatchAs', pattern: null, name: n.text, ...spanOf(n) };
  p.mark = start;
  return null;
}

// wildcard_pattern: "_"
function wildcardPattern(p: Parser): Pattern | null {
  const t = p.softKeyword('_');
  return t ? { kind: 'MatchAs', pattern: null, name: null, ...spanOf(t) } : null;
}

// value_pattern: attr !('.' | '(' | '=')
function valuePattern(p: Parser): Pattern | null {
  const start = p.mark;
  const a = attr(p);
  if (a && !p.at('.') && !p.at('(') && !p.at('=')) return { kind: 'MatchValue', value: a, ...spanOf(a) };
  p.mark = start;
  return null;
}

// attr: name_or_attr '.' NAME   (at least one dot)
function attr(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.attr)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = attrBody(p);
  p.insertMemo(R.attr, memoStart, r);
  return r;
}

function attrBody(p: Parser): Expr | null {
  const start = p.mark;
  const n = nameOrAttr(p);
  if (n && n.kind === 'Attribute') return n;
  p.mark = start;
  return null;
}

// name_or_attr: attr | NAME
function nameOrAttr(p: Parser): Expr | null {
  const start = p.mark;
  const first = p.nameToken();
  if (!first) return null;
  let e: Expr = nameNode(first);
  for (;;) {
    const m = p.mark;
    let t;
    if (p.expect('.') && (t = p.nameToken())) {
      e = { kind: 'Attribute', value: e, attr: t.text, ...p.span(start) };
      continue;
    }
    p.mark = m;
    return e;
  }
}

// group_pattern: '(' pattern=pattern ')'
function groupPattern(p: Parser): Pattern | null {
  const start = p.mark;
  let r: Pattern | null;
  if (p.expect('(') && (r = pattern(p)) && p.expect(')')) return r;
  p.mark = start;
  return null;
}

// sequence_pattern:
//     | '[' patterns=maybe_sequence_pattern? ']'
//     | '(' patterns=open_sequence_pattern? ')'
function sequencePattern(p: Parser): Pattern | null {
  const start = p.mark;
  if (p.expect('[')) {
    const m = p.mark;
    let ps = maybeSequencePattern(p);
    if (!ps) p.mark = m;
    if (p.errorIndicator) return null;
    if (p.expect(']')) return { kind: 'MatchSequence', patterns: ps ?? [], ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('(')) {
    const m = p.mark;
    const ps = openSequencePattern(p);
    if (!ps) p.mark = m;
    if (p.errorIndicator) return null;
    if (p.expect(')')) return { kind: 'MatchSequence', patterns: ps ? ps.patterns : [], ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
function openSequencePattern(p: Parser): (Pattern & { kind: 'MatchSequence' }) | null {
  const start = p.mark;
  const first = maybeStarPattern(p);
  if (first && p.expect(',')) {
    const m = p.mark;
    const rest = maybeSequencePattern(p);
    if (!rest) p.mark = m;
    if (p.errorIndicator) return null;
    return { kind: 'MatchSequence', patterns: [first, ...(rest ?? [])], ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
function maybeSequencePattern(p: Parser): Pattern[] | null {
  const ps = sepList(p, maybeStarPattern);
  if (!ps) return null;
  p.expect(',');
  return ps;
}

// maybe_star_pattern: star_pattern | pattern
function maybeStarPattern(p: Parser): Pattern | null {
  const start = p.mark;
  const s = starPattern(p);
  if (s) return s;
  if (p.errorIndicator) return null;
  p.mark = start;
  return pattern(p);
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
function starPattern(p: Parser): Pattern | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.star_pattern)) return p.memoResult as Pattern | null;
  const memoStart = p.mark;
  const r = starPatternBody(p);
  p.insertMemo(R.star_pattern, memoStart, r);
  return r;
}

function starPatternBody(p: Parser): Pattern | null {
  const start = p.mark;
  if (p.expect('*')) {
    const t = patternCaptureTarget(p) ?? wildcardPattern(p);
    if (t) return { kind: 'MatchStar', name: (t as { name: string | null }).name, ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' rest=double_star_pattern ','? '}'
//     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
//     | '{' items=items_pattern ','? '}'
function mappingPattern(p: Parser): Pattern | null {
  const start = p.mark;
  if (!p.expect('{')) return null;
  const make = (items: [Expr, Pattern][], rest: string | null): Pattern => ({
    kind: 'MatchMapping', keys: items.map((i) => i[0]), patterns: items.map((i) => i[1]), rest, ...p.span(start),
  });
  if (p.expect('}')) return make([], null);
  let rest = doubleStarPattern(p);
  if (rest) {
    p.expect(',');
    if (p.expect('}')) return make([], rest);
  }
  if (p.errorIndicator) return null;
  p.mark = start + 1;
  const items = sepList(p, keyValuePattern);
  if (items) {
    const m = p.mark;
    if (p.expect(',') && (rest = doubleStarPattern(p))) {
      p.expect(',');
      if (p.expect('}')) return make(items, rest);
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    p.expect(',');
    if (p.expect('}')) return make(items, null);
  }
  p.mark = start;
  return null;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
function keyValuePattern(p: Parser): [Expr, Pattern] | null {
  const start = p.mark;
  let key = literalExpr(p);
  if (!key) {
    if (p.errorIndicator) return null;
    p.mark = start;
    key = attr(p);
  }
  let v: Pattern | null;
  if (key && p.expect(':') && (v = pattern(p))) return [key, v];
  p.mark = start;
  return null;
}

// double_star_pattern: '**' pattern_capture_target
function doubleStarPattern(p: Parser): string | null {
  const start = p.mark;
  let t;
  if (p.expect('**') && (t = patternCaptureTarget(p))) return t.name;
  p.mark = start;
  return null;
}

// class_pattern:
//     | cls=name_or_attr '(' ')'
//     | cls=name_or_attr '(' positional_patterns ','? ')'
//     | cls=name_or_attr '(' keyword_patterns ','? ')'
//     | cls=name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
function classPattern(p: Parser): Pattern | null {
  const start = p.mark;
  const cls = nameOrAttr(p);
  if (cls && p.expect('(')) {
    const make = (pos: Pattern[], kw: [string, Pattern][]): Pattern => ({
      kind: 'MatchClass', cls, patterns: pos, kwdAttrs: kw.map((k) => k[0]), kwdPatterns: kw.map((k) => k[1]), ...p.span(start),
    });
    const open = p.mark;
    if (p.expect(')')) return make([], []);
    const tail = (): boolean => {
      p.expect(',');
      return p.expect(')') !== null;
    };
    const pos = positionalPatterns(p);
    if (pos) {
      const m = p.mark;
      if (tail()) return make(pos, []);
      p.mark = m;
    }
    if (p.errorIndicator) return null;
    p.mark = open;
    const kw = keywordPatterns(p);
    if (kw && tail()) return make([], kw);
    if (p.errorIndicator) return null;
    p.mark = open;
    let pos2, kw2;
    if ((pos2 = positionalPatterns(p)) && p.expect(',') && (kw2 = keywordPatterns(p)) && tail()) return make(pos2, kw2);
    if (p.errorIndicator) return null;
  }
  p.mark = start;
  if (p.callInvalidRules) {
    // invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
    // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
    if (nameOrAttr(p) && p.expect('(')) {
      const m = p.mark;
      if (!(positionalPatterns(p) && p.expect(','))) p.mark = m;
      if (!p.errorIndicator && keywordPatterns(p) && p.expect(',')) {
        const a = positionalPatterns(p);
        if (a) {
          p.raiseAt(a[0], 'positional patterns follow keyword patterns', a[a.length - 1]);
          return null;
        }
      }
    }
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  return null;
}

// positional_patterns: ','.pattern+
function positionalPatterns(p: Parser): Pattern[] | null {
  return sepList(p, pattern);
}

// keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern
function keywordPatterns(p: Parser): [string, Pattern][] | null {
  return sepList(p, (q): [string, Pattern] | null => {
    const start = q.mark;
    const n = q.nameToken();
    if (n && q.expect('=')) {
      const v = pattern(q);
      if (v) return [n.text, v];
    }
    q.mark = start;
    return null;
  });
}
