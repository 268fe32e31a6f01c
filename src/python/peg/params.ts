// Function and lambda parameter lists (python.gram "Function parameters" and
// "Lambda functions", which also holds the lambdef expression itself). The two grammars
// differ only in annotations and in what may follow the last parameter (')' for def, ':'
// for lambda), so one implementation serves both.

import type { Arguments, Expr, Param } from '../ast';
import type { Parser } from './core';
import { expression, starExpression } from './expressions';
import { invalidRules } from './lateRules';

interface Flavor {
  lambda: boolean;
  /** the token that may follow the last parameter */
  close: string;
}

const DEF: Flavor = { lambda: false, close: ')' };
const LAMBDA: Flavor = { lambda: true, close: ':' };

interface StarEtc {
  vararg: Param | null;
  kwonly: Param[];
  kwarg: Param | null;
}

// params: invalid_parameters | parameters
export function params(p: Parser): Arguments | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidParameters(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  return parameters(p, DEF);
}

// lambdef: 'lambda' a=[lambda_params] ':' b=expression { Lambda }
export function lambdef(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('lambda')) {
    const m = p.mark;
    let a = lambdaParams(p);
    if (p.errorIndicator) return null;
    if (!a) p.mark = m;
    if (p.expect(':')) {
      const b = expression(p);
      if (b) {
        a ??= { args: [], vararg: null, kwonly: [], kwarg: null };
        return { kind: 'Lambda', args: a, body: b, ...p.span(start) };
      }
    }
  }
  p.mark = start;
  return null;
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
export function lambdaParams(p: Parser): Arguments | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    invalidRules().invalidLambdaParameters(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  return parameters(p, LAMBDA);
}

// parameters:
//     | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
//     | a=slash_with_default b=param_with_default* c=[star_etc]
//     | a=param_no_default+ b=param_with_default* c=[star_etc]
//     | a=param_with_default+ b=[star_etc]
//     | a=star_etc
function parameters(p: Parser, f: Flavor): Arguments | null {
  const start = p.mark;
  const make = (plain: Param[], withDefault: Param[], etc: StarEtc | null): Arguments => ({
    args: [...plain, ...withDefault],
    vararg: etc ? etc.vararg : null,
    kwonly: etc ? etc.kwonly : [],
    kwarg: etc ? etc.kwarg : null,
  });
  const optStarEtc = (): StarEtc | null => {
    const m = p.mark;
    const s = starEtc(p, f);
    if (!s) p.mark = m;
    return s;
  };
  // alt 1
  const a1 = slashNoDefault(p, f);
  if (a1) {
    const b = many(p, () => paramNoDefault(p, f));
    const c = many(p, () => paramWithDefault(p, f));
    const d = optStarEtc();
    if (!p.errorIndicator) return make([...a1, ...b], c, d);
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  // alt 2
  const a2 = slashWithDefault(p, f);
  if (a2) {
    const b = many(p, () => paramWithDefault(p, f));
    const c = optStarEtc();
    if (!p.errorIndicator) return make(a2, b, c);
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  // alt 3
  const a3 = many(p, () => paramNoDefault(p, f));
  if (a3.length) {
    const b = many(p, () => paramWithDefault(p, f));
    const c = optStarEtc();
    if (!p.errorIndicator) return make(a3, b, c);
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  // alt 4
  const a4 = many(p, () => paramWithDefault(p, f));
  if (a4.length) {
    const b = optStarEtc();
    if (!p.errorIndicator) return make([], a4, b);
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  // alt 5
  const a5 = starEtc(p, f);
  if (a5) return make([], [], a5);
  p.mark = start;
  return null;
}

/** x* : zero or more, restoring the mark after the last failure */
export function many<T>(p: Parser, item: () => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const m = p.mark;
    const x = item();
    if (!x) {
      p.mark = m;
      return out;
    }
    out.push(x);
  }
}

// slash_no_default:
//     | a=param_no_default+ '/' ','
//     | a=param_no_default+ '/' &')'
export function slashNoDefault(p: Parser, f: Flavor = DEF): Param[] | null {
  const start = p.mark;
  const a = many(p, () => paramNoDefault(p, f));
  if (a.length && p.expect('/')) {
    if (p.expect(',') || p.at(f.close)) return a;
  }
  p.mark = start;
  return null;
}

// slash_with_default:
//     | a=param_no_default* b=param_with_default+ '/' ','
//     | a=param_no_default* b=param_with_default+ '/' &')'
export function slashWithDefault(p: Parser, f: Flavor = DEF): Param[] | null {
  const start = p.mark;
  const a = many(p, () => paramNoDefault(p, f));
  const b = many(p, () => paramWithDefault(p, f));
  if (b.length && p.expect('/')) {
    if (p.expect(',') || p.at(f.close)) return [...a, ...b];
  }
  p.mark = start;
  return null;
}

// star_etc:
//     | invalid_star_etc
//     | '*' a=param_no_default b=param_maybe_default* c=[kwds]
//     | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds]
//     | '*' ',' b=param_maybe_default+ c=[kwds]
//     | a=kwds
function starEtc(p: Parser, f: Flavor): StarEtc | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    if (f.lambda) invalidRules().invalidLambdaStarEtc(p);
    else invalidRules().invalidStarEtc(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  const optKwds = (): Param | null => {
    const m = p.mark;
    const k = kwds(p, f);
    if (!k) p.mark = m;
    return k;
  };
  if (p.expect('*')) {
    const a = paramNoDefault(p, f);
    if (a) {
      const b = many(p, () => paramMaybeDefault(p, f));
      const c = optKwds();
      if (!p.errorIndicator) return { vararg: a, kwonly: b, kwarg: c };
    }
    if (p.errorIndicator) return null;
    p.mark = start + 1;
    if (!f.lambda) {
      const a2 = paramNoDefaultStarAnnotation(p);
      if (a2) {
        const b = many(p, () => paramMaybeDefault(p, f));
        const c = optKwds();
        if (!p.errorIndicator) return { vararg: a2, kwonly: b, kwarg: c };
      }
      if (p.errorIndicator) return null;
      p.mark = start + 1;
    }
    if (p.expect(',')) {
      const b = many(p, () => paramMaybeDefault(p, f));
      if (b.length) {
        const c = optKwds();
        if (!p.errorIndicator) return { vararg: null, kwonly: b, kwarg: c };
      }
    }
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  const k = kwds(p, f);
  if (k) return { vararg: null, kwonly: [], kwarg: k };
  p.mark = start;
  return null;
}

// kwds: invalid_kwds | '**' a=param_no_default { a }
function kwds(p: Parser, f: Flavor): Param | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.callInvalidRules) {
    if (f.lambda) invalidRules().invalidLambdaKwds(p);
    else invalidRules().invalidKwds(p);
    if (p.errorIndicator) return null;
    p.mark = start;
  }
  if (p.expect('**')) {
    const a = paramNoDefault(p, f);
    if (a) return a;
  }
  p.mark = start;
  return null;
}

// param_no_default:
//     | a=param ',' TYPE_COMMENT?
//     | a=param TYPE_COMMENT? &')'
export function paramNoDefault(p: Parser, f: Flavor = DEF): Param | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = param(p, f);
  if (a && (p.expect(',') || p.at(f.close))) return a;
  p.mark = start;
  return null;
}

// param_no_default_star_annotation:
//     | a=param_star_annotation ','
//     | a=param_star_annotation &')'
function paramNoDefaultStarAnnotation(p: Parser): Param | null {
  const start = p.mark;
  // param_star_annotation: a=NAME b=star_annotation ; star_annotation: ':' a=star_expression
  const n = p.nameToken();
  if (n && p.expect(':')) {
    const ann = starExpression(p);
    if (ann) {
      const prm: Param = { name: n.text, default: null, span: p.span(start), annotation: ann };
      if (p.expect(',') || p.at(')')) return prm;
    }
  }
  p.mark = start;
  return null;
}

// param_with_default:
//     | a=param c=default ','
//     | a=param c=default &')'
export function paramWithDefault(p: Parser, f: Flavor = DEF): Param | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = param(p, f);
  if (a) {
    const c = defaultRule(p);
    if (c && (p.expect(',') || p.at(f.close))) return { ...a, default: c };
  }
  p.mark = start;
  return null;
}

// param_maybe_default:
//     | a=param c=default? ','
//     | a=param c=default? &')'
export function paramMaybeDefault(p: Parser, f: Flavor = DEF): Param | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const a = param(p, f);
  if (a) {
    const m = p.mark;
    const c = defaultRule(p);
    if (p.errorIndicator) return null;
    if (!c) p.mark = m;
    if (p.expect(',') || p.at(f.close)) return c ? { ...a, default: c } : a;
  }
  p.mark = start;
  return null;
}

// param: a=NAME b=annotation?      (lambda_param: a=NAME)
// annotation: ':' a=expression
export function param(p: Parser, f: Flavor = DEF): Param | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  const n = p.nameToken();
  if (!n) return null;
  let annotation: Expr | null = null;
  if (!f.lambda) {
    const m = p.mark;
    if (p.expect(':')) annotation = expression(p);
    if (p.errorIndicator) return null;
    if (!annotation) p.mark = m;
  }
  return { name: n.text, default: null, span: p.span(start), annotation };
}

// default: '=' a=expression { a } | invalid_default
export function defaultRule(p: Parser): Expr | null {
  if (p.errorIndicator) return null;
  const start = p.mark;
  if (p.expect('=')) {
    const a = expression(p);
    if (a) return a;
  }
  if (p.errorIndicator) return null;
  p.mark = start;
  if (p.callInvalidRules) {
    invalidRules().invalidDefault(p);
    p.mark = start;
  }
  return null;
}

export { DEF as DEF_FLAVOR, LAMBDA as LAMBDA_FLAVOR };
export type { Flavor };
