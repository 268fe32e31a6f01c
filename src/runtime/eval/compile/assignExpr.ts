// Assignment expressions (PEP 572, compile.c's NamedExpr: the value, COPY, then the store)
// and imaginary literals (a complex constant in co_consts).

import type * as A from '../../../python/ast';
import { incref } from '../../objects/object';
import { notImplemented } from '../errors';
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
  const msg = `complex numbers (imaginary literals such as 1j) are not supported in RefScope (line ${e.line})`;
  return () => notImplemented(msg);
}
