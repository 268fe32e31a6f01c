// invalid_* rules for def and lambda parameter lists (second pass only).

import type { Parser } from './core';
import { sepList } from './expressions';
import { opt } from './invalid';
import type { Flavor } from './params';
import {
  DEF_FLAVOR, LAMBDA_FLAVOR, many, param, paramMaybeDefault, paramNoDefault, paramWithDefault,
  slashNoDefault, slashWithDefault,
} from './params';

// invalid_parameters / invalid_lambda_parameters
export function invalidParameters(p: Parser): void {
  invalidParams(p, DEF_FLAVOR);
}

export function invalidLambdaParameters(p: Parser): void {
  invalidParams(p, LAMBDA_FLAVOR);
}

function invalidParams(p: Parser, f: Flavor): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const noDefault = (): ReturnType<typeof paramNoDefault> => paramNoDefault(p, f);
  const maybeDefault = (): ReturnType<typeof paramMaybeDefault> => paramMaybeDefault(p, f);
  // param_no_default* invalid_parameters_helper a=param_no_default
  {
    many(p, noDefault);
    // invalid_parameters_helper: a=slash_with_default | param_with_default+
    let helper = opt(p, () => slashWithDefault(p, f));
    if (!helper && !p.errorIndicator) {
      const w = many(p, () => paramWithDefault(p, f));
      helper = w.length ? w : null;
    }
    if (helper) {
      const a = paramNoDefault(p, f);
      if (a) {
        p.raiseAt(a.span, 'non-default argument follows default argument');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // param_no_default* a='(' param_no_default+ ','? b=')'       (lambda: ','.lambda_param+)
  {
    many(p, noDefault);
    const a = p.expect('(');
    if (a) {
      const ok = f.lambda ? sepList(p, (q) => param(q, f)) !== null : many(p, noDefault).length > 0;
      if (ok) {
        p.expect(',');
        const b = p.expect(')');
        if (b) {
          p.raiseAt(a, f.lambda ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized', b);
          return;
        }
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // a="/" ','
  {
    const a = p.expect('/');
    if (a && p.expect(',')) {
      p.raiseAt(a, 'at least one argument must precede /');
      return;
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  const slash = (): unknown => {
    const m = p.mark;
    const s = slashNoDefault(p, f);
    if (s) return s;
    if (p.errorIndicator) return null;
    p.mark = m;
    return slashWithDefault(p, f);
  };
  // (slash_no_default | slash_with_default) param_maybe_default* a='/'
  {
    if (slash()) {
      many(p, maybeDefault);
      const a = p.expect('/');
      if (a) {
        p.raiseAt(a, '/ may appear only once');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
  {
    opt(p, slash);
    many(p, maybeDefault);
    if (p.expect('*') && (p.expect(',') || noDefault())) {
      many(p, maybeDefault);
      const a = p.expect('/');
      if (a) {
        p.raiseAt(a, '/ must be ahead of *');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // param_maybe_default+ '/' a='*'
  {
    if (many(p, maybeDefault).length && p.expect('/')) {
      const a = p.expect('*');
      if (a) {
        p.raiseAt(a, 'expected comma between / and *');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_default: a='=' &(')'|',')
export function invalidDefault(p: Parser): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  const a = p.expect('=');
  if (a && (p.at(')') || p.at(','))) {
    p.raiseAt(a, 'expected default value expression');
    return;
  }
  p.mark = start;
}

// invalid_star_etc / invalid_lambda_star_etc
export function invalidStarEtc(p: Parser): void {
  starEtcErrors(p, DEF_FLAVOR);
}

export function invalidLambdaStarEtc(p: Parser): void {
  starEtcErrors(p, LAMBDA_FLAVOR);
}

function starEtcErrors(p: Parser, f: Flavor): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // a='*' (')' | ',' (')' | '**'))          (lambda: '*' (':' | ',' (':' | '**')))
  {
    const a = p.expect('*');
    if (a) {
      let ok = !!p.expect(f.close);
      if (!ok && p.expect(',')) ok = !!(p.expect(f.close) || p.expect('**'));
      if (ok) {
        if (f.lambda) p.raiseSyntax('named arguments must follow bare *');
        else p.raiseAt(a, 'named arguments must follow bare *');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // '*' param a='='
  {
    if (p.expect('*') && param(p, f)) {
      const a = p.expect('=');
      if (a) {
        p.raiseAt(a, 'var-positional argument cannot have default value');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
  // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
  {
    if (p.expect('*') && (paramNoDefault(p, f) || p.expect(','))) {
      many(p, () => paramMaybeDefault(p, f));
      const a = p.expect('*');
      if (a && (paramNoDefault(p, f) || p.expect(','))) {
        p.raiseAt(a, '* argument may appear only once');
        return;
      }
    }
    if (p.errorIndicator) return;
    p.mark = start;
  }
}

// invalid_kwds / invalid_lambda_kwds
export function invalidKwds(p: Parser): void {
  kwdsErrors(p, DEF_FLAVOR);
}

export function invalidLambdaKwds(p: Parser): void {
  kwdsErrors(p, LAMBDA_FLAVOR);
}

function kwdsErrors(p: Parser, f: Flavor): void {
  if (p.errorIndicator) return;
  const start = p.mark;
  // '**' param a='='
  if (p.expect('**') && param(p, f)) {
    const a = p.expect('=');
    if (a) {
      p.raiseAt(a, 'var-keyword argument cannot have default value');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  // '**' param ',' a=param
  if (p.expect('**') && param(p, f) && p.expect(',')) {
    const a = param(p, f);
    if (a) {
      p.raiseAt(a.span, 'arguments cannot follow var-keyword argument');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
  // '**' param ',' a=('*'|'**'|'/')
  if (p.expect('**') && param(p, f) && p.expect(',')) {
    const a = p.expect('*') || p.expect('**') || p.expect('/');
    if (a) {
      p.raiseAt(a, 'arguments cannot follow var-keyword argument');
      return;
    }
  }
  if (p.errorIndicator) return;
  p.mark = start;
}
