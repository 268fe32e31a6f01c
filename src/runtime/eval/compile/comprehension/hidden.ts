// PEP 709 (3.12+): the fast locals a module or class body gets for the comprehensions inlined in
// it (CPython's "fast hidden" locals, Python/compile.c u_fasthidden), and the cells its prologue
// makes for them (MAKE_CELL, Python/flowgraph.c insert_prefix_instructions) when a scope inside a
// comprehension captures its variable. Empty under 3.11 (symtable/inline.ts does not run).

import type { Scope } from '../../../../python/symtable';
import type { Frame } from '../../frame';
import { newCell } from '../../../objects/function';

/** a module or class body's co_varnames (the hidden locals) and the slots holding cells */
export function hiddenLocalsOf(scope: Scope): { varnames: string[]; cellSlots: number[] } {
  const varnames = scope.varnames;
  return { varnames, cellSlots: varnames.map((n, i) => (scope.cells.has(n) ? i : -1)).filter((i) => i >= 0) };
}

/** the prologue's MAKE_CELL for a frame made without a function call (module, class body, exec) */
export function makeHostCells(f: Frame): void {
  const cells = f.code.cellSlots;
  for (let i = 0; i < cells.length; i++) f.locals[cells[i]] = newCell(undefined);
}
