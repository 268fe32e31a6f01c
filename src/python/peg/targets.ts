// Assignment and del targets (python.gram "ASSIGNMENT TARGETS"). t_primary is the
// left-recursive "primary that must be followed by . [ or (" rule, written as a loop.

import type { Expr } from '../ast';
import type { Parser } from './core';
import { R } from './rules';
import { nameNode } from './names';
import { argumentsRule } from './arguments';
import { genexp } from './displays';
import { sepList } from './expressions';
import { atom, slices } from './primary';

// t_lookahead: '(' | '[' | '.'
function tLookahead(p: Parser): boolean {
  const t = p.peek();
  return t === '(' || t === '[' || t === '.';
}

// star_targets:
//     | a=star_target !',' { a }
//     | a=star_target b=(',' c=star_target { c })* [','] { Tuple }
export function starTargets(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = starTarget(p);
  if (!a) return null;
  if (!p.at(',')) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(',')) {
      const c = starTarget(p);
      if (c) {
        elts.push(c);
        continue;
      }
    }
    p.mark = m;
    break;
  }
  p.expect(',');
  return { kind: 'Tuple', elts, ...p.span(start) };
}

// star_targets_list_seq: a=','.star_target+ [','] { a }
function starTargetsListSeq(p: Parser): Expr[] | null {
  const a = sepList(p, starTarget);
  if (!a) return null;
  p.expect(',');
  return a;
}

// star_targets_tuple_seq:
//     | a=star_target b=(',' c=star_target { c })+ [','] { [a, ...b] }
//     | a=star_target ',' { [a] }
function starTargetsTupleSeq(p: Parser): Expr[] | null {
  const start = p.mark;
  const a = starTarget(p);
  if (!a) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(',')) {
      const c = starTarget(p);
      if (c) {
        elts.push(c);
        continue;
      }
    }
    p.mark = m;
    break;
  }
  if (elts.length > 1) {
    p.expect(',');
    return elts;
  }
  if (p.expect(',')) return elts;
  p.mark = start;
  return null;
}

// star_target (memo):
//     | '*' a=(!'*' star_target) { Starred(a) }
//     | target_with_star_atom
export function starTarget(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.star_target)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = starTargetBody(p);
  p.insertMemo(R.star_target, memoStart, r);
  return r;
}

function starTargetBody(p: Parser): Expr | null {
  const start = p.mark;
  if (p.expect('*')) {
    if (!p.at('*')) {
      const a = starTarget(p);
      if (a) return { kind: 'Starred', value: a, ...p.span(start) };
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return targetWithStarAtom(p);
}

/** t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead */
function subscriptAttributeTarget(p: Parser): Expr | null {
  const start = p.mark;
  const a = tPrimary(p);
  if (a) {
    const m = p.mark;
    if (p.expect('.')) {
      const b = p.nameToken();
      if (b && !tLookahead(p)) return { kind: 'Attribute', value: a, attr: b.text, ...p.span(start) };
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    if (p.expect('[')) {
      const b = slices(p);
      if (b && p.expect(']') && !tLookahead(p)) return { kind: 'Subscript', value: a, index: b, ...p.span(start) };
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return null;
}

// target_with_star_atom (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript }
//     | star_atom
export function targetWithStarAtom(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.target_with_star_atom)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = targetWithStarAtomBody(p);
  p.insertMemo(R.target_with_star_atom, memoStart, r);
  return r;
}

function targetWithStarAtomBody(p: Parser): Expr | null {
  const start = p.mark;
  const a = subscriptAttributeTarget(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  return starAtom(p);
}

// star_atom:
//     | a=NAME
//     | '(' a=target_with_star_atom ')' { a }
//     | '(' a=[star_targets_tuple_seq] ')' { Tuple }
//     | '[' a=[star_targets_list_seq] ']' { List }
function starAtom(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const n = p.nameToken();
  if (n) return nameNode(n);
  if (p.expect('(')) {
    const a = targetWithStarAtom(p);
    if (a && p.expect(')')) return a;
    if (p.errorIndicator) return null;
    p.mark = start + 1;
    const elts = starTargetsTupleSeq(p);
    if (p.errorIndicator) return null;
    if (!elts) p.mark = start + 1;
    if (p.expect(')')) return { kind: 'Tuple', elts: elts ?? [], ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('[')) {
    const elts = starTargetsListSeq(p);
    if (p.errorIndicator) return null;
    if (!elts) p.mark = start + 1;
    if (p.expect(']')) return { kind: 'List', elts: elts ?? [], ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// single_target:
//     | single_subscript_attribute_target
//     | a=NAME
//     | '(' a=single_target ')' { a }
export function singleTarget(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = subscriptAttributeTarget(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  const n = p.nameToken();
  if (n) return nameNode(n);
  if (p.expect('(')) {
    const b = singleTarget(p);
    if (b && p.expect(')')) return b;
  }
  p.mark = start;
  return null;
}

// single_subscript_attribute_target:
//     | a=t_primary '.' b=NAME !t_lookahead
//     | a=t_primary '[' b=slices ']' !t_lookahead
export function singleSubscriptAttributeTarget(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  return subscriptAttributeTarget(p);
}

// t_primary:
//     | a=t_primary '.' b=NAME &t_lookahead
//     | a=t_primary '[' b=slices ']' &t_lookahead
//     | a=t_primary b=genexp &t_lookahead
//     | a=t_primary '(' b=[arguments] ')' &t_lookahead
//     | a=atom &t_lookahead
export function tPrimary(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.t_primary)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = tPrimaryBody(p);
  p.insertMemo(R.t_primary, memoStart, r);
  return r;
}

function tPrimaryBody(p: Parser): Expr | null {
  const start = p.mark;
  let a = atom(p);
  if (!a || !tLookahead(p)) {
    p.mark = start;
    return null;
  }
  for (;;) {
    const m = p.mark;
    if (p.expect('.')) {
      const b = p.nameToken();
      if (b && tLookahead(p)) {
        a = { kind: 'Attribute', value: a, attr: b.text, ...p.span(start) };
        continue;
      }
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    if (p.expect('[')) {
      const b = slices(p);
      if (b && p.expect(']') && tLookahead(p)) {
        a = { kind: 'Subscript', value: a, index: b, ...p.span(start) };
        continue;
      }
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    const g = genexp(p);
    if (g && tLookahead(p)) {
      a = { kind: 'Call', func: a, args: [g], keywords: [], ...p.span(start) };
      continue;
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    if (p.expect('(')) {
      const args = argumentsRule(p);
      if (p.errorIndicator) return null;
      if (p.expect(')') && tLookahead(p)) {
        a = { kind: 'Call', func: a, args: args ? args.args : [], keywords: args ? args.keywords : [], ...p.span(start) };
        continue;
      }
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    return a;
  }
}

// del_targets: a=','.del_target+ [','] { a }
export function delTargets(p: Parser): Expr[] | null {
  if (p.errorIndicator) return null;
  const a = sepList(p, delTarget);
  if (!a) return null;
  p.expect(',');
  return a;
}

// del_target (memo):
//     | a=t_primary '.' b=NAME !t_lookahead
//     | a=t_primary '[' b=slices ']' !t_lookahead
//     | del_t_atom
function delTarget(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.del_target)) return p.memoResult as Expr | null;
  const memoStart = p.mark;
  const r = delTargetBody(p);
  p.insertMemo(R.del_target, memoStart, r);
  return r;
}

function delTargetBody(p: Parser): Expr | null {
  const start = p.mark;
  const a = subscriptAttributeTarget(p);
  if (a) return a;
  if (p.errorIndicator) return null;
  p.mark = start;
  return delTAtom(p);
}

// del_t_atom:
//     | a=NAME
//     | '(' a=del_target ')' { a }
//     | '(' a=[del_targets] ')' { Tuple }
//     | '[' a=[del_targets] ']' { List }
function delTAtom(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const n = p.nameToken();
  if (n) return nameNode(n);
  if (p.expect('(')) {
    const a = delTarget(p);
    if (a && p.expect(')')) return a;
    if (p.errorIndicator) return null;
    p.mark = start + 1;
    const elts = delTargets(p);
    if (p.errorIndicator) return null;
    if (!elts) p.mark = start + 1;
    if (p.expect(')')) return { kind: 'Tuple', elts: elts ?? [], ...p.span(start) };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.expect('[')) {
    const elts = delTargets(p);
    if (p.errorIndicator) return null;
    if (!elts) p.mark = start + 1;
    if (p.expect(']')) return { kind: 'List', elts: elts ?? [], ...p.span(start) };
  }
  p.mark = start;
  return null;
}
