// A class's `__static_attributes__` (3.13, gh-115775; Python/compile.c's
// compiler_add_static_attribute_to_class): the sorted names of the attributes stored through
// `self.NAME` in any function of the class body, at any depth, but not in a nested class.
// `self` is the name itself, whatever the method's first parameter is called.

import type { Expr, Stmt } from './ast';
import { exprChildren, stmtChildren } from './astWalk';

/** the names `self.NAME = ...` stores to (targets of =, augmented =, for, with, comprehensions) */
function storedSelfAttrs(target: Expr, out: Set<string>): void {
  switch (target.kind) {
    case 'Attribute':
      if (target.value.kind === 'Name' && target.value.id === 'self') out.add(target.attr);
      break;
    case 'Tuple': case 'List':
      for (const e of target.elts) storedSelfAttrs(e, out);
      break;
    case 'Starred':
      storedSelfAttrs(target.value, out);
      break;
  }
}

function walkExpr(e: Expr, inFunction: boolean, out: Set<string>): void {
  if (e.kind === 'Lambda') inFunction = true;
  if (e.kind === 'Comprehension' && inFunction) for (const g of e.generators) storedSelfAttrs(g.target, out);
  for (const c of exprChildren(e)) walkExpr(c, inFunction, out);
}

function walkStmt(s: Stmt, inFunction: boolean, out: Set<string>): void {
  if (s.kind === 'ClassDef') return; // a nested class has its own
  if (inFunction) {
    switch (s.kind) {
      case 'Assign': for (const t of s.targets) storedSelfAttrs(t, out); break;
      case 'AugAssign': case 'AnnAssign': case 'For': storedSelfAttrs(s.target, out); break;
      case 'With': for (const it of s.items) if (it.target) storedSelfAttrs(it.target, out); break;
    }
  }
  const inner = inFunction || s.kind === 'FunctionDef';
  const { exprs, stmts, handlers } = stmtChildren(s);
  for (const e of exprs) walkExpr(e, inner, out);
  for (const c of stmts) walkStmt(c, inner, out);
  for (const h of handlers) {
    if (h.type) walkExpr(h.type, inner, out);
    for (const c of h.body) walkStmt(c, inner, out);
  }
}

/** __static_attributes__ of a class whose body is `body`: sorted, each name once */
export function staticAttributes(body: Stmt[]): string[] {
  const out = new Set<string>();
  for (const s of body) walkStmt(s, false, out);
  return [...out].sort();
}
