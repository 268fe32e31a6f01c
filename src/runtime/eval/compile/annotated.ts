// Whether code is annotated, which the compiler asks of every body and def: the code that
// compiles annotations (annotate.ts) is fetched only when something is.

import type * as A from '../../../python/ast';

/** find_ann: an annotated assignment anywhere in the body, outside nested scopes */
export function findAnn(body: A.Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'AnnAssign': return true;
      case 'For': case 'While': case 'If':
        if (findAnn(s.body) || findAnn(s.orelse)) return true;
        break;
      case 'Try':
        if (findAnn(s.body) || s.handlers.some((h) => findAnn(h.body)) || findAnn(s.orelse) || findAnn(s.finalbody)) return true;
        break;
      case 'Match':
        if (s.cases.some((c) => findAnn(c.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** a def with an annotated parameter or return (compiler_visit_annotations makes a tuple) */
export function hasDefAnnotations(st: A.FunctionDef): boolean {
  const a = st.args;
  if (st.returns) return true;
  return [...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])].some((p) => p.annotation);
}
