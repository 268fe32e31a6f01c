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

/** the module and class frames running an inlined comprehension now (how deep) */
const running = new Map<Frame, number>();

export function enterInlined(f: Frame): void {
  running.set(f, (running.get(f) ?? 0) + 1);
}

export function leaveInlined(f: Frame): void {
  const n = running.get(f)! - 1;
  if (n === 0) running.delete(f);
  else running.set(f, n);
}

/**
 * locals(), vars() or dir() in a comprehension inlined in a module or class body: 3.12 answers the
 * namespace and the comprehension's variables in a new dict, 3.13 the variables alone (not simulated)
 */
export function inlinedNamespaceRefused(f: Frame): string | null {
  return running.has(f) ? 'a comprehension at module or class level (PEP 709: its variables are hidden fast locals there)' : null;
}
