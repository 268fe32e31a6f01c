// The one invalid_ rule that runs in the parser's first pass too: CPython's grammar guards an
// alternative with call_invalid_rules only when the invalid_ rule is its sole item, and dict's
// `'{' invalid_double_starred_kvpairs '}'` starts with '{'. So it is part of the parser's core,
// not of the second pass's rules fetched on first use (lateRules.ts).

import type { Parser } from './core';
import { kvpairList } from './displays';
import { expression } from './expressions';
import { bitwiseOr } from './operators';

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or { "cannot use a starred expression in a dictionary value" }
//     | expression a=':' &('}'|',') { "expression expected after dictionary key and ':'" }
export function invalidDoubleStarredKvpairs(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  if (kvpairList(p) && p.expect(',')) {
    invalidKvpair(p);
    if (p.errorIndicator) return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
  kvpairErrors(p);
}

// invalid_kvpair:
//     | a=expression !(':') { "':' expected after dictionary key" }
//     | expression ':' a='*' bitwise_or
//     | expression a=':' &('}'|',')
function invalidKvpair(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = expression(p);
  if (a && !p.at(':')) {
    p.raiseFull('SyntaxError', "':' expected after dictionary key", a.line, a.endCol - 1, a.endLine, a.endCol);
    return;
  }
  if (p.errorIndicator) return;
  p.mark = start;
  kvpairErrors(p);
}

function kvpairErrors(p: Parser): void {
  const start = p.mark;
  if (expression(p) && p.expect(':')) {
    const a = p.expect('*');
    if (a && bitwiseOr(p)) {
      p.raiseFrom(a, 'cannot use a starred expression in a dictionary value');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  if (expression(p)) {
    const a = p.expect(':');
    if (a && (p.at('}') || p.at(','))) {
      p.raiseAt(a, "expression expected after dictionary key and ':'");
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
}
