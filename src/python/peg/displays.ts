// List, tuple, set and dict displays and the comprehensions (python.gram "LITERALS" and
// "Comprehensions & Generators").

import type { ComprehensionFor, Expr } from '../ast';
import type { Parser } from './core';
import {
  assignmentExpression, disjunction, expression, namedExpression, sepList, starNamedExpression,
  starNamedExpressions,
} from './expressions';
import { bitwiseOr } from './operators';
import { starTargets } from './targets';
import { invalidRules } from './lateRules';
import { invalidDoubleStarredKvpairs } from './invalidFirstPass';

// list: '[' a=[star_named_expressions] ']' { List(a) }
export function list(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('[')) {
    const m = p.mark;
    const a = starNamedExpressions(p);
    if (p.errorIndicator) return null;
    if (!a) p.mark = m;
    if (p.expect(']')) return { kind: 'List', elts: a ?? [], ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// tuple: '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y, ...z] }] ')' { Tuple(a) }
export function tuple(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('(')) {
    const m = p.mark;
    let elts: Expr[] = [];
    const y = starNamedExpression(p);
    if (y && p.expect(',')) {
      const zm = p.mark;
      const z = starNamedExpressions(p);
      if (p.errorIndicator) return null;
      if (!z) p.mark = zm;
      elts = [y, ...(z ?? [])];
    } else {
      if (p.errorIndicator) return null;
      p.mark = m;
    }
    if (p.expect(')')) return { kind: 'Tuple', elts, ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return null;
}

// set: '{' a=star_named_expressions '}' { Set(a) }
export function set(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('{')) {
    const a = starNamedExpressions(p);
    if (a && p.expect('}')) return { kind: 'Set', elts: a, ...p.span(start) };
  }
  p.mark = start;
  return null;
}

export interface KeyValue {
  key: Expr | null;
  value: Expr;
}

// dict:
//     | '{' a=[double_starred_kvpairs] '}' { Dict }
//     | '{' invalid_double_starred_kvpairs '}'
export function dict(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('{')) {
    const m = p.mark;
    const a = doubleStarredKvpairs(p);
    if (p.errorIndicator) return null;
    if (!a) p.mark = m;
    if (p.expect('}')) {
      const pairs = a ?? [];
      return { kind: 'Dict', keys: pairs.map((x) => x.key), values: pairs.map((x) => x.value), ...p.span(start) };
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  // CPython only guards an alternative with call_invalid_rules when the invalid_ rule is
  // the alternative's sole item; this one starts with '{', so it runs in the first pass
  // too (which is why dict errors can beat errors on earlier lines)
  if (p.expect('{')) {
    invalidDoubleStarredKvpairs(p);
    if (p.errorIndicator) return null;
  }
  p.mark = start;
  return null;
}

// double_starred_kvpairs: a=','.double_starred_kvpair+ [','] { a }
export function doubleStarredKvpairs(p: Parser): KeyValue[] | null {
  if (p.errorIndicator) return null;
  const a = kvpairList(p);
  if (!a) return null;
  p.expect(',');
  return a;
}

/** ','.double_starred_kvpair+ */
export function kvpairList(p: Parser): KeyValue[] | null {
  return sepList(p, doubleStarredKvpair);
}

// double_starred_kvpair: '**' a=bitwise_or { (NULL, a) } | kvpair
export function doubleStarredKvpair(p: Parser): KeyValue | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('**')) {
    const a = bitwiseOr(p);
    if (a) return { key: null, value: a };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return kvpair(p);
}

// kvpair: a=expression ':' b=expression { (a, b) }
export function kvpair(p: Parser): KeyValue | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = expression(p);
  if (a && p.expect(':')) {
    const b = expression(p);
    if (b) return { key: a, value: b };
  }
  p.mark = start;
  return null;
}

// for_if_clauses: a=for_if_clause+ { a }
export function forIfClauses(p: Parser): ComprehensionFor[] | null {
  if (p.errorIndicator) return null;
  const out: ComprehensionFor[] = [];
  for (;;) {
    const m = p.mark;
    const c = forIfClause(p);
    if (!c) {
      p.mark = m;
      break;
    }
    out.push(c);
  }
  if (p.errorIndicator) return null;
  return out.length ? out : null;
}

// for_if_clause:
//     | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })*
//     | 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })*
//     | invalid_for_target
function forIfClause(p: Parser): ComprehensionFor | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  for (const isAsync of [true, false]) {
    p.mark = start;
    if (isAsync && !p.expect('async')) continue;
    if (!p.expect('for')) continue;
    const a = starTargets(p);
    if (a && p.expect('in')) {
      // cut
      const b = disjunction(p);
      if (!b) return null;
      const ifs: Expr[] = [];
      for (;;) {
        const m = p.mark;
        if (p.expect('if')) {
          const z = disjunction(p);
          if (z) {
            ifs.push(z);
            continue;
          }
        }
        p.mark = m;
        break;
      }
      if (p.errorIndicator) return null;
      const clause: ComprehensionFor = { target: a, iter: b, ifs };
      if (isAsync) p.extra.set(clause, { kind: 'AsyncComprehension', span: p.span(start) });
      return clause;
    }
    if (p.errorIndicator) return null;
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidForTarget(p);
    p.mark = start;
  }
  return null;
}

export function comprehension(
  p: Parser, open: string, close: string, type: 'list' | 'set' | 'gen',
  elt: (p: Parser) => Expr | null,
): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect(open)) {
    const a = elt(p);
    if (a) {
      const b = forIfClauses(p);
      if (b && p.expect(close)) {
        return { kind: 'Comprehension', type, elt: a, value: null, generators: b, ...p.span(start) };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidComprehension(p);
    p.mark = start;
  }
  return null;
}

// listcomp: '[' a=named_expression b=for_if_clauses ']' | invalid_comprehension
export function listcomp(p: Parser): Expr | null {
  return comprehension(p, '[', ']', 'list', namedExpression);
}

// setcomp: '{' a=named_expression b=for_if_clauses '}' | invalid_comprehension
export function setcomp(p: Parser): Expr | null {
  return comprehension(p, '{', '}', 'set', namedExpression);
}

// genexp: '(' a=( assignment_expression | expression !':=') b=for_if_clauses ')' | invalid_comprehension
export function genexp(p: Parser): Expr | null {
  return comprehension(p, '(', ')', 'gen', (q) => {
    const m = q.mark;
    const a = assignmentExpression(q);
    if (a) return a;
    if (q.errorIndicator) return null;
    q.mark = m;
    const e = expression(q);
    if (e && !q.at(':=')) return e;
    q.mark = m;
    return null;
  });
}

// dictcomp: '{' a=kvpair b=for_if_clauses '}' | invalid_dict_comprehension
export function dictcomp(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('{')) {
    const a = kvpair(p);
    if (a) {
      const b = forIfClauses(p);
      if (b && p.expect('}')) {
        return { kind: 'Comprehension', type: 'dict', elt: a.key as Expr, value: a.value, generators: b, ...p.span(start) };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidDictComprehension(p);
    p.mark = start;
  }
  return null;
}
