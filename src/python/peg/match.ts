// The match statement (python.gram "Match statement"). RefScope does not run it, but
// parsing it properly means CPython's own errors inside it are still reported first and a
// valid match statement gets the NotImplementedError instead. Patterns are only checked,
// so the rules here return spans rather than nodes.

import type { Expr, Span, Stmt } from '../ast';
import type { Parser } from './core';
import { R } from './rules';
import { joinSpans, spanOf } from './names';
import { namedExpression, sepList, starNamedExpression, starNamedExpressions } from './expressions';
import { strings } from './strings';
import { block } from './statements';
import { many } from './params';
import { invalidAsPattern, invalidCaseBlock, invalidMatchStmt } from './invalidStatements';

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
        const s: Stmt = { kind: 'If', test: subject, body: cases.flat(), orelse: [], ...p.span(start) };
        p.extra.set(s, { kind: 'Match' });
        return s;
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidMatchStmt(p);
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
function caseBlock(p: Parser): Stmt[] | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidCaseBlock(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.softKeyword('case') && patterns(p)) {
    const m = p.mark;
    if (!(p.expect('if') && namedExpression(p))) {
      if (p.errorIndicator) return null;
      p.mark = m;
    }
    if (p.expect(':')) {
      const b = block(p);
      if (b) return b;
    }
  }
  p.mark = start;
  return null;
}

// patterns: open_sequence_pattern | pattern
export function patterns(p: Parser): Span | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const o = openSequencePattern(p);
  if (o) return o;
  if (p.errorIndicator) return null;
  p.mark = start;
  return pattern(p);
}

// pattern: as_pattern | or_pattern
function pattern(p: Parser): Span | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = asPattern(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  return orPattern(p);
}

// as_pattern: pattern=or_pattern 'as' target=pattern_capture_target | invalid_as_pattern
function asPattern(p: Parser): Span | null {
  const start = p.mark;
  const o = orPattern(p);
  if (o && p.expect('as') && patternCaptureTarget(p)) return p.span(start);
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidAsPattern(p);
    p.mark = start;
  }
  return null;
}

// or_pattern: '|'.closed_pattern+
export function orPattern(p: Parser): Span | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const ps = sepList(p, closedPattern, '|');
  return ps ? p.span(start) : null;
}

// closed_pattern (memo): literal | capture | wildcard | value | group | sequence | mapping | class
function closedPattern(p: Parser): Span | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.closed_pattern)) return p.memoResult as Span | null;
  const memoStart = p.mark;
  const r = closedPatternBody(p);
  p.insertMemo(R.closed_pattern, memoStart, r);
  return r;
}

function closedPatternBody(p: Parser): Span | null {
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
function literalPattern(p: Parser): Span | null {
  const start = p.mark;
  if (signedNumber(p) && !p.at('+') && !p.at('-')) return p.span(start);
  if (p.errorIndicator) return null;
  p.mark = start;
  if (complexNumber(p)) return p.span(start);
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.at('STRING')) {
    const s = strings(p);
    return s ? p.span(start) : null;
  }
  const t = p.peek();
  if (t === 'None' || t === 'True' || t === 'False') {
    p.mark++;
    return p.span(start);
  }
  return null;
}

// signed_number: NUMBER | '-' NUMBER
function signedNumber(p: Parser): boolean {
  const m = p.mark;
  if (p.expect('NUMBER')) return true;
  if (p.expect('-') && p.expect('NUMBER')) return true;
  p.mark = m;
  return false;
}

const isImaginary = (text: string): boolean => /[jJ]$/.test(text);

// complex_number: signed_real_number ('+' | '-') imaginary_number
function complexNumber(p: Parser): boolean {
  const start = p.mark;
  // signed_real_number: real_number | '-' real_number ; real_number: NUMBER { ensure_real }
  p.expect('-');
  const real = p.expect('NUMBER');
  if (real) {
    if (isImaginary(real.text)) {
      p.raiseAtToken(real, 'real number required in complex literal');
      return false;
    }
    if (p.expect('+') || p.expect('-')) {
      const imag = p.expect('NUMBER');
      if (imag) {
        if (!isImaginary(imag.text)) {
          p.raiseAtToken(imag, 'imaginary number required in complex literal');
          return false;
        }
        return true;
      }
    }
  }
  p.mark = start;
  return false;
}

// capture_pattern: pattern_capture_target
function capturePattern(p: Parser): Span | null {
  return patternCaptureTarget(p);
}

// pattern_capture_target: !"_" NAME !('.' | '(' | '=')
function patternCaptureTarget(p: Parser): Span | null {
  const start = p.mark;
  if (p.lookahead(true, () => p.softKeyword('_'))) return null;
  const n = p.nameToken();
  if (n && !p.at('.') && !p.at('(') && !p.at('=')) return spanOf(n);
  p.mark = start;
  return null;
}

// wildcard_pattern: "_"
function wildcardPattern(p: Parser): Span | null {
  const t = p.softKeyword('_');
  return t ? spanOf(t) : null;
}

// value_pattern: attr !('.' | '(' | '=')
function valuePattern(p: Parser): Span | null {
  const start = p.mark;
  const a = attr(p);
  if (a && !p.at('.') && !p.at('(') && !p.at('=')) return a;
  p.mark = start;
  return null;
}

// attr: name_or_attr '.' NAME   (at least one dot)
function attr(p: Parser): Span | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.attr)) return p.memoResult as Span | null;
  const memoStart = p.mark;
  const r = attrBody(p);
  p.insertMemo(R.attr, memoStart, r);
  return r;
}

function attrBody(p: Parser): Span | null {
  const start = p.mark;
  const n = nameOrAttr(p);
  if (n && p.mark - start >= 3) return n;
  p.mark = start;
  return null;
}

// name_or_attr: attr | NAME
function nameOrAttr(p: Parser): Span | null {
  const start = p.mark;
  if (!p.nameToken()) return null;
  for (;;) {
    const m = p.mark;
    if (p.expect('.') && p.nameToken()) continue;
    p.mark = m;
    return p.span(start);
  }
}

// group_pattern: '(' pattern=pattern ')'
function groupPattern(p: Parser): Span | null {
  const start = p.mark;
  if (p.expect('(') && pattern(p) && p.expect(')')) return p.span(start);
  p.mark = start;
  return null;
}

// sequence_pattern:
//     | '[' patterns=maybe_sequence_pattern? ']'
//     | '(' patterns=open_sequence_pattern? ')'
function sequencePattern(p: Parser): Span | null {
  const start = p.mark;
  if (p.expect('[')) {
    const m = p.mark;
    if (!maybeSequencePattern(p)) p.mark = m;
    if (p.errorIndicator) return null;
    if (p.expect(']')) return p.span(start);
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('(')) {
    const m = p.mark;
    if (!openSequencePattern(p)) p.mark = m;
    if (p.errorIndicator) return null;
    if (p.expect(')')) return p.span(start);
  }
  p.mark = start;
  return null;
}

// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
function openSequencePattern(p: Parser): Span | null {
  const start = p.mark;
  if (maybeStarPattern(p) && p.expect(',')) {
    const m = p.mark;
    if (!maybeSequencePattern(p)) p.mark = m;
    if (p.errorIndicator) return null;
    return p.span(start);
  }
  p.mark = start;
  return null;
}

// maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
function maybeSequencePattern(p: Parser): Span | null {
  const start = p.mark;
  if (!sepList(p, maybeStarPattern)) return null;
  p.expect(',');
  return p.span(start);
}

// maybe_star_pattern: star_pattern | pattern
function maybeStarPattern(p: Parser): Span | null {
  const start = p.mark;
  const s = starPattern(p);
  if (s) return s;
  if (p.errorIndicator) return null;
  p.mark = start;
  return pattern(p);
}

// star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern
function starPattern(p: Parser): Span | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.star_pattern)) return p.memoResult as Span | null;
  const memoStart = p.mark;
  const r = starPatternBody(p);
  p.insertMemo(R.star_pattern, memoStart, r);
  return r;
}

function starPatternBody(p: Parser): Span | null {
  const start = p.mark;
  if (p.expect('*') && (patternCaptureTarget(p) || wildcardPattern(p))) return p.span(start);
  p.mark = start;
  return null;
}

// mapping_pattern:
//     | '{' '}'
//     | '{' rest=double_star_pattern ','? '}'
//     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
//     | '{' items=items_pattern ','? '}'
function mappingPattern(p: Parser): Span | null {
  const start = p.mark;
  if (!p.expect('{')) return null;
  if (p.expect('}')) return p.span(start);
  if (doubleStarPattern(p)) {
    p.expect(',');
    if (p.expect('}')) return p.span(start);
  }
  if (p.errorIndicator) return null;
  p.mark = start + 1;
  if (sepList(p, keyValuePattern)) {
    const m = p.mark;
    if (p.expect(',') && doubleStarPattern(p)) {
      p.expect(',');
      if (p.expect('}')) return p.span(start);
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    p.expect(',');
    if (p.expect('}')) return p.span(start);
  }
  p.mark = start;
  return null;
}

// key_value_pattern: (literal_expr | attr) ':' pattern
function keyValuePattern(p: Parser): Span | null {
  const start = p.mark;
  let key = literalPattern(p);
  if (!key) {
    if (p.errorIndicator) return null;
    p.mark = start;
    key = attr(p);
  }
  if (key && p.expect(':') && pattern(p)) return p.span(start);
  p.mark = start;
  return null;
}

// double_star_pattern: '**' pattern_capture_target
function doubleStarPattern(p: Parser): Span | null {
  const start = p.mark;
  if (p.expect('**') && patternCaptureTarget(p)) return p.span(start);
  p.mark = start;
  return null;
}

// class_pattern:
//     | cls=name_or_attr '(' ')'
//     | cls=name_or_attr '(' positional_patterns ','? ')'
//     | cls=name_or_attr '(' keyword_patterns ','? ')'
//     | cls=name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//     | invalid_class_pattern
function classPattern(p: Parser): Span | null {
  const start = p.mark;
  if (nameOrAttr(p) && p.expect('(')) {
    const open = p.mark;
    if (p.expect(')')) return p.span(start);
    const tryTail = (): Span | null => {
      p.expect(',');
      return p.expect(')') ? p.span(start) : null;
    };
    if (positionalPatterns(p)) {
      const m = p.mark;
      const r = tryTail();
      if (r) return r;
      p.mark = m;
    }
    if (p.errorIndicator) return null;
    p.mark = open;
    if (keywordPatterns(p)) {
      const r = tryTail();
      if (r) return r;
    }
    if (p.errorIndicator) return null;
    p.mark = open;
    if (positionalPatterns(p) && p.expect(',') && keywordPatterns(p)) {
      const r = tryTail();
      if (r) return r;
    }
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
function positionalPatterns(p: Parser): Span[] | null {
  return sepList(p, pattern);
}

// keyword_patterns: ','.keyword_pattern+ ; keyword_pattern: NAME '=' pattern
function keywordPatterns(p: Parser): Span[] | null {
  return sepList(p, (q) => {
    const start = q.mark;
    const n = q.nameToken();
    if (n && q.expect('=')) {
      const v = pattern(q);
      if (v) return joinSpans(spanOf(n), v);
    }
    q.mark = start;
    return null;
  });
}
