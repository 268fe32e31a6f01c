// Assignment expressions (PEP 572, compile.c's NamedExpr: the value, COPY, then the store)
// and imaginary literals (a complex constant in co_consts).

import type * as A from '../../../python/ast';
import { incref } from '../../objects/object';
import { PyComplex } from '../../objects/complex';
import { compileExpr, type Ctx, type EFn } from './expr';
import { compileStore } from './target';

/** (target := value): the target takes one reference, the expression's value is another */
export function compileNamedExpr(e: A.NamedExpr, ctx: Ctx): EFn {
  const value = compileExpr(e.value, ctx);
  const store = compileStore(e.target, ctx);
  return (f) => {
    const v = value(f);
    store(f, incref(v));
    return v;
  };
}

export function compileImag(e: A.ImagLit): EFn {
  const v = new PyComplex(0, e.value);
  return () => v;
}
