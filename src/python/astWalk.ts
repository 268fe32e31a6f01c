// Generic traversal of the AST: every child node of a statement or expression, in source
// order. Used by the checks that run after parsing.

import type { Arguments, ComprehensionFor, ExceptHandler, Expr, FormattedValue, Pattern, Stmt } from './ast';

export type Node = Stmt | Expr | ExceptHandler | ComprehensionFor;

function argDefaults(a: Arguments): Expr[] {
  const out: Expr[] = [];
  for (const p of a.args) if (p.default) out.push(p.default);
  for (const p of a.kwonly) if (p.default) out.push(p.default);
  return out;
}

function fstringExprs(parts: (string | FormattedValue)[], out: Expr[]): void {
  for (const part of parts) {
    if (typeof part === 'string') continue;
    out.push(part.expr);
    if (part.spec) fstringExprs(part.spec, out);
  }
}

/** The direct children of an expression. */
export function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case 'Int': case 'Float': case 'Str': case 'Bool': case 'None': case 'Name':
      return [];
    case 'FString': {
      const out: Expr[] = [];
      fstringExprs(e.parts, out);
      return out;
    }
    case 'List': case 'Tuple': case 'Set':
      return e.elts;
    case 'Dict': {
      const out: Expr[] = [];
      e.keys.forEach((k, i) => {
        if (k) out.push(k);
        out.push(e.values[i]);
      });
      return out;
    }
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'BoolOp': return e.values;
    case 'Compare': return [e.left, ...e.comparators];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.index];
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'Lambda': return [...argDefaults(e.args), e.body];
    case 'Comprehension': {
      const out: Expr[] = [];
      for (const g of e.generators) out.push(g.iter, g.target, ...g.ifs);
      out.push(e.elt);
      if (e.value) out.push(e.value);
      return out;
    }
    case 'Starred': return [e.value];
    case 'Yield': return e.value ? [e.value] : [];
    case 'YieldFrom': return [e.value];
    case 'NamedExpr': return [e.target, e.value];
    case 'Ellipsis': case 'Imag': return [];
  }
}

/** The expressions inside a pattern (values, class names, mapping keys), in source order. */
export function patternExprs(p: Pattern, out: Expr[] = []): Expr[] {
  switch (p.kind) {
    case 'MatchValue': out.push(p.value); break;
    case 'MatchSingleton': case 'MatchStar': break;
    case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) patternExprs(q, out); break;
    case 'MatchMapping':
      p.keys.forEach((k, i) => {
        out.push(k);
        patternExprs(p.patterns[i], out);
      });
      break;
    case 'MatchClass':
      out.push(p.cls);
      for (const q of p.patterns) patternExprs(q, out);
      for (const q of p.kwdPatterns) patternExprs(q, out);
      break;
    case 'MatchAs': if (p.pattern) patternExprs(p.pattern, out); break;
  }
  return out;
}

/** The direct child expressions and statements of a statement. */
export function stmtChildren(s: Stmt): { exprs: Expr[]; stmts: Stmt[]; handlers: ExceptHandler[] } {
  const none = { exprs: [] as Expr[], stmts: [] as Stmt[], handlers: [] as ExceptHandler[] };
  switch (s.kind) {
    case 'ExprStmt': return { ...none, exprs: [s.value] };
    case 'Assign': return { ...none, exprs: [...s.targets, s.value] };
    case 'AugAssign': return { ...none, exprs: [s.target, s.value] };
    case 'AnnAssign': return { ...none, exprs: [s.target, ...(s.value ? [s.value] : []), ...(s.annotation ? [s.annotation] : [])] };
    case 'Delete': return { ...none, exprs: s.targets };
    case 'Pass': case 'Break': case 'Continue': case 'Global': case 'Nonlocal': case 'Import': case 'ImportFrom':
      return none;
    case 'Return': return { ...none, exprs: s.value ? [s.value] : [] };
    case 'If': case 'While': return { ...none, exprs: [s.test], stmts: [...s.body, ...s.orelse] };
    case 'For': return { ...none, exprs: [s.target, s.iter], stmts: [...s.body, ...s.orelse] };
    case 'FunctionDef': return { ...none, exprs: [...s.decorators, ...argDefaults(s.args)], stmts: s.body };
    case 'ClassDef': return { ...none, exprs: [...s.decorators, ...s.bases, ...s.keywords.map((k) => k.value)], stmts: s.body };
    case 'Try': return { exprs: [], stmts: [...s.body, ...s.orelse, ...s.finalbody], handlers: s.handlers };
    case 'Raise': return { ...none, exprs: [s.exc, s.cause].filter((x): x is Expr => x !== null) };
    case 'Assert': return { ...none, exprs: s.msg ? [s.test, s.msg] : [s.test] };
    case 'With': {
      const exprs: Expr[] = [];
      for (const it of s.items) {
        exprs.push(it.context);
        if (it.target) exprs.push(it.target);
      }
      return { ...none, exprs, stmts: s.body };
    }
    case 'Match': {
      const exprs: Expr[] = [s.subject];
      const stmts: Stmt[] = [];
      for (const c of s.cases) {
        patternExprs(c.pattern, exprs);
        if (c.guard) exprs.push(c.guard);
        stmts.push(...c.body);
      }
      return { ...none, exprs, stmts };
    }
  }
}
