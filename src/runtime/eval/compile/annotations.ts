// Annotated assignments' annotations (compiler_annassign): in a module or class body a simple
// name's annotation is evaluated and stored in __annotations__ (SETUP_ANNOTATIONS makes the
// dict, here at the first annotation run); other targets' annotations are evaluated and
// dropped; in a function body annotations are never evaluated.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref } from '../../objects/object';
import { newDict, PyDict } from '../../objects/dict';
import { setItem } from '../protocols';
import { compileExpr, type Ctx } from './expr';

export function compileAnnotation(st: A.AnnAssign, ctx: Ctx): (f: Frame) => void {
  const kind = ctx.scope.kind;
  if (st.annotation === undefined || (kind !== 'module' && kind !== 'class')) return () => {};
  const ann = compileExpr(st.annotation, ctx);
  if (!st.simple || st.target.kind !== 'Name') return (f) => decref(ann(f));
  const name = st.target.id;
  return (f) => {
    const v = ann(f);
    try {
      const ns = f.ns ?? f.globals;
      let d = ns.getStr('__annotations__');
      if (d === undefined) {
        const nd = newDict();
        ns.setSteal('__annotations__', nd);
        d = nd;
      }
      if (d instanceof PyDict) d.set(name, v);
      else setItem(d, name, v);
    } finally {
      decref(v);
    }
  };
}
