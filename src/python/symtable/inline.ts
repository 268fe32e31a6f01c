// PEP 709 (3.12+): list, set and dict comprehensions inlined into the block that contains them
// (Python/symtable.c inline_comprehension, analyze_cells' inlined_cells; Python/compile.c
// push_inlined_comprehension_state). Run on a built symbol table when the version inlines: each
// such comprehension's iteration variables get slots in its host frame (the function's own local
// of that name, or a hidden fast local appended to co_varnames, as module and class bodies get),
// and the host's cells are worked out again: a name the comprehension only reads is a plain fast
// local now, a comprehension variable a scope inside it captures is a cell of the host.

import type { Comprehension } from '../ast';
import { DEF_BOUND, DEF_PARAM, type Scope } from './scope';

function inlinable(s: Scope): boolean {
  return s.kind === 'comprehension' && (s.node as Comprehension).type !== 'gen';
}

/** the frame an inlined comprehension runs in */
export function inlineHost(s: Scope): Scope {
  let h = s;
  while (h.inlinedInto !== null) h = h.inlinedInto;
  return h;
}

/** the names a comprehension binds itself: its iteration variables (not `.0`, not a walrus target) */
function ownNames(c: Scope): string[] {
  const out: string[] = [];
  for (const [n, flags] of c.symbols) {
    if (flags & DEF_PARAM) continue;
    if (flags & DEF_BOUND && !c.isNonlocal(n) && !c.isGlobal(n)) out.push(n);
  }
  return out;
}

/** the free variables of the scopes that keep a frame of their own under s, seen from s */
function effectiveFrees(s: Scope, out: Set<string>): Set<string> {
  for (const ch of s.children) {
    if (ch.inlinedInto === null) {
      for (const n of ch.frees) out.add(n);
      continue;
    }
    const own = new Set(ch.inlinedSlots.keys());
    for (const n of effectiveFrees(ch, new Set())) if (!own.has(n)) out.add(n);
  }
  return out;
}

export function inlineComprehensions(root: Scope): void {
  mark(root);
  layout(root, root);
}

function mark(s: Scope): void {
  for (const ch of s.children) {
    if (inlinable(ch)) ch.inlinedInto = s;
    mark(ch);
  }
}

/** lay out the inlined comprehensions under a block that has a frame of its own, then its cells */
function layout(s: Scope, host: Scope): void {
  for (const ch of s.children) {
    if (ch.inlinedInto === null) layout(ch, ch);
    else layoutComprehension(ch, host);
  }
  if (s.isFunctionLike) {
    // analyze_cells: a local is a cell when a scope with a frame of its own captures it...
    s.cells.clear();
    for (const n of effectiveFrees(s, new Set())) if (s.isBound(n) && !s.isNonlocal(n) && !s.isGlobal(n)) s.cells.add(n);
  }
  if (s.isFunctionLike && s.children.some((c) => c.inlinedInto !== null)) orderVarnames(s);
  // ...or when an inlined comprehension's cell of that name lives in its slot (inlined_cells)
  for (const c of inlinedUnder(s)) {
    for (const n of c.cells) if (!s.frees.includes(n) || s.varnames.includes(n)) s.cells.add(n);
  }
}

/** an inlined comprehension: the ones inside it first, then its cells and its own names' slots */
function layoutComprehension(c: Scope, host: Scope): void {
  for (const ch of c.children) {
    if (ch.inlinedInto === null) layout(ch, ch);
    else layoutComprehension(ch, host);
  }
  const own = ownNames(c);
  // its own names that a scope inside it captures are cells (MAKE_CELL after LOAD_FAST_AND_CLEAR)
  const captured = effectiveFrees(c, new Set());
  c.cells.clear();
  for (const n of own) if (captured.has(n)) c.cells.add(n);
  for (const n of own) {
    const slot = slotFor(c, n, host);
    if (slot >= 0) c.inlinedSlots.set(n, slot);
    else c.inlinedShared.add(n);
  }
}

function inlinedUnder(s: Scope, out: Scope[] = []): Scope[] {
  for (const ch of s.children) {
    if (ch.inlinedInto === null) continue;
    out.push(ch);
    inlinedUnder(ch, out);
  }
  return out;
}

/** the host frame's slot for a comprehension's own name (LOAD_FAST_AND_CLEAR's operand); -1: the host's free variable */
function slotFor(c: Scope, n: string, host: Scope): number {
  const mine = host.varnames.indexOf(n);
  if (mine >= 0) return mine;
  if (host.frees.includes(n)) {
    // free in the host and a cell in the comprehension: "treated as free throughout", the
    // enclosing function's own cell (not isolated: measured under 3.12.1, 3.13.0, 3.14.2);
    // otherwise CPython adds a fast local of the same name beside the free one
    if (c.cells.has(n)) return -1;
    host.freeShadowed.add(n);
  }
  host.varnames = [...host.varnames, n];
  return host.varnames.length - 1;
}

/**
 * co_varnames in the order the compiler first emits each name (compiler_nameop adds a fast local
 * on first use): parameters, then the block's locals with each inlined comprehension's names where
 * it begins (its own, then those of the ones inlined in it: push_inlined_comprehension_state's
 * LOAD_FAST_AND_CLEAR), then the cells only a nested function captures, as 3.11's layout has them.
 * The slots already handed out are renumbered.
 */
function orderVarnames(host: Scope): void {
  const old = host.varnames;
  const cellsAfter = old.filter((n) => host.cells.has(n) && !host.params.includes(n) && ownedPlain(host, n));
  const order: string[] = [...host.params];
  const seen = new Set(order);
  const add = (n: string): void => {
    if (seen.has(n) || !old.includes(n) || cellsAfter.includes(n)) return;
    seen.add(n);
    order.push(n);
  };
  const comps = host.children.filter((c) => c.inlinedInto !== null);
  let k = 0;
  for (const n of host.symbols.keys()) {
    for (; k < comps.length && comps[k].enteredAt <= index(host, n); k++) compNames(comps[k], add);
    add(n);
  }
  for (; k < comps.length; k++) compNames(comps[k], add);
  for (const n of old) add(n);
  for (const n of cellsAfter) {
    seen.add(n);
    order.push(n);
  }
  const moved = new Map(old.map((n, i) => [i, order.indexOf(n)]));
  host.varnames = order;
  for (const c of inlinedUnder(host)) for (const [n, slot] of c.inlinedSlots) c.inlinedSlots.set(n, moved.get(slot)!);
}

function index(s: Scope, name: string): number {
  let i = 0;
  for (const n of s.symbols.keys()) {
    if (n === name) return i;
    i++;
  }
  return i;
}

/** an own local of the block that no inlined comprehension binds */
function ownedPlain(host: Scope, n: string): boolean {
  return host.isBound(n) && !inlinedUnder(host).some((c) => c.inlinedSlots.has(n));
}

function compNames(c: Scope, add: (n: string) => void): void {
  for (const n of c.inlinedSlots.keys()) add(n);
  for (const ch of c.children) if (ch.inlinedInto !== null) compNames(ch, add);
}
