// The symbol table (Python/symtable.c), built once per program: the SyntaxErrors it finds and
// the scopes the compiler reads (src/runtime/eval/compile).

import type { Module, SyntaxErrorInfo } from '../ast';
import type { Extra } from '../peg/core';
import { SymtableBuilder } from './build';
import { declarationErrors, resolveFrees } from './analyze';
import type { Scope } from './scope';

export { Scope, type NameKind, type ScopeKind } from './scope';

export interface Symtable {
  root: Scope;
  /** the block of each FunctionDef, ClassDef, Lambda and Comprehension node, and the module's */
  byNode: Map<unknown, Scope>;
}

/** _PySymtable_Build: errors found while visiting come first (in visiting order), then those of the analysis */
export function buildSymtable(module: Module, extra: Map<object, Extra>): { symtable: Symtable; errors: SyntaxErrorInfo[] } {
  const b = new SymtableBuilder(module, extra);
  b.run(module);
  const symtable = { root: b.top, byNode: b.byNode };
  if (b.errors.length) return { symtable, errors: b.errors };
  const errors: SyntaxErrorInfo[] = [];
  declarationErrors(b.top, null, new Set(), errors);
  if (errors.length === 0) resolveFrees(b.top);
  return { symtable, errors };
}
