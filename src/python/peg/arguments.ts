// Call arguments (python.gram "FUNCTION CALL ARGUMENTS"). Starred arguments that come
// after keywords still count as positional, as in CPython's AST.

import type { Expr, Keyword, Span } from '../ast';
import type { Parser } from './core';
import { assignmentExpression, expression, sepList } from './expressions';
import { R } from './rules';
import { invalidRules } from './lateRules';

export interface CallArgs extends Span {
  args: Expr[];
  keywords: Keyword[];
}

// arguments (memo): a=args [','] &')' { a } | invalid_arguments
export function argumentsRule(p: Parser): CallArgs | null {
  if (p.errorIndicator) return null;
  if (p.isMemoized(R.arguments)) return p.memoResult as CallArgs | null;
  const memoStart = p.mark;
  const r = argumentsRuleBody(p);
  p.insertMemo(R.arguments, memoStart, r);
  return r;
}

function argumentsRuleBody(p: Parser): CallArgs | null {
  const start = p.mark;
  const a = args(p);
  if (a) {
    p.expect(',');
    if (p.at(')')) return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidArguments(p);
    p.mark = start;
  }
  return null;
}

type KwOrStarred = { keyword: Keyword } | { starred: Expr };

// args:
//     | a=','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs {k}]
//     | a=kwargs
export function args(p: Parser): CallArgs | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = positionalArgs(p);
  if (a) {
    const m = p.mark;
    let b: KwOrStarred[] | null = null;
    if (p.expect(',')) b = kwargs(p);
    if (p.errorIndicator) return null;
    if (!b) p.mark = m;
    return collectCallSeqs(a, b ?? [], p.span(start));
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  const k = kwargs(p);
  if (k) return collectCallSeqs([], k, p.span(start));
  return null;
}

/** ','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ */
export function positionalArgs(p: Parser): Expr[] | null {
  return sepList(p, positionalArg);
}

// starred_expression | ( assignment_expression | expression !':=') !'='
function positionalArg(p: Parser): Expr | null {
  const m = p.mark;
  const s = starredExpression(p);
  if (s) return s;
  if (p.errorIndicator) return null;
  p.mark = m;
  let e = assignmentExpression(p);
  if (!e) {
    if (p.errorIndicator) return null;
    p.mark = m;
    e = expression(p);
    if (e && p.at(':=')) e = null;
  }
  if (e && !p.at('=')) return e;
  p.mark = m;
  return null;
}

/** _PyPegen_collect_call_seqs: starred items after keywords still count as positional. */
function collectCallSeqs(a: Expr[], b: KwOrStarred[], span: Span): CallArgs {
  const argsOut = [...a];
  const keywords: Keyword[] = [];
  for (const x of b) {
    if ('starred' in x) argsOut.push(x.starred);
    else keywords.push(x.keyword);
  }
  return { args: argsOut, keywords, ...span };
}

// kwargs:
//     | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
export function kwargs(p: Parser): KwOrStarred[] | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = sepList(p, kwargOrStarred);
  if (a) {
    const m = p.mark;
    if (p.expect(',')) {
      const b = sepList(p, kwargOrDoubleStarred);
      if (b) return [...a, ...b];
    }
    if (p.errorIndicator) return null;
    p.mark = m;
    return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  return sepList(p, kwargOrDoubleStarred);
}

// starred_expression: '*' a=expression { Starred(a) }
export function starredExpression(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('*')) {
    const a = expression(p);
    if (a) return { kind: 'Starred', value: a, ...p.span(start) };
  }
  p.mark = start;
  return null;
}

// kwarg_or_starred: invalid_kwarg | a=NAME '=' b=expression | a=starred_expression
function kwargOrStarred(p: Parser): KwOrStarred | null {
  return kwargItem(p, false);
}

// kwarg_or_double_starred: invalid_kwarg | a=NAME '=' b=expression | '**' a=expression
function kwargOrDoubleStarred(p: Parser): KwOrStarred | null {
  return kwargItem(p, true);
}

function kwargItem(p: Parser, doubleStar: boolean): KwOrStarred | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidKwarg(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  const a = p.nameToken();
  if (a && p.expect('=')) {
    const b = expression(p);
    if (b) return { keyword: { name: a.text, value: b, span: p.span(start) } };
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (!doubleStar) {
    const s = starredExpression(p);
    if (s) return { starred: s };
    return null;
  }
  if (p.expect('**')) {
    const e = expression(p);
    if (e) return { keyword: { name: null, value: e, span: p.span(start) } };
  }
  p.mark = start;
  return null;
}
