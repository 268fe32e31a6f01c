// Analysing the symbol table (Python/symtable.c's analyze_block, analyze_name, analyze_cells):
// first the SyntaxErrors of global/nonlocal declarations, then, for the compiler, which names
// are free variables (read from an enclosing function's cell), which are cells, and the order
// of the fast locals (co_varnames).

import type { Span, SyntaxErrorInfo } from '../ast';
import { symtableError } from './build';
import { DEF_BOUND, DEF_GLOBAL, DEF_NONLOCAL, USE, type Scope } from './scope';

/** analyze_name's errors for global and nonlocal declarations, in CPython's order */
export function declarationErrors(scope: Scope, bound: Set<string> | null, global: Set<string>, out: SyntaxErrorInfo[]): void {
  const local = new Set<string>();
  const newGlobal = new Set(global);
  const newBound = new Set<string>();
  if (scope.kind === 'class' && bound) for (const n of bound) newBound.add(n);
  for (const [name, flags] of scope.symbols) {
    if (out.length) return;
    const at = (): Span => scope.directives.get(name) ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) {
        out.push(symtableError(`name '${name}' is nonlocal and global`, at()));
        return;
      }
      newGlobal.add(name);
      if (bound) bound.delete(name);
      continue;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) {
        out.push(symtableError('nonlocal declaration not allowed at module level', at()));
        return;
      }
      if (!bound.has(name)) {
        out.push(symtableError(`no binding for nonlocal '${name}' found`, at()));
        return;
      }
      continue;
    }
    if (flags & DEF_BOUND) {
      local.add(name);
      newGlobal.delete(name);
    }
  }
  if (scope.kind !== 'class') {
    if (scope.isFunctionLike) for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  } else {
    newBound.add('__class__');
  }
  for (const child of scope.children) {
    declarationErrors(child, new Set(newBound), newGlobal, out);
    if (out.length) return;
  }
}

/** bound here and not handed up: a local that a nested scope may capture as a cell */
function ownsBinding(s: Scope, n: string): boolean {
  return s.isBound(n) && !s.isNonlocal(n) && !s.isGlobal(n);
}

/** Resolve free variables bottom-up (analyze_block / analyze_cells), then lay out co_varnames. */
export function resolveFrees(s: Scope): void {
  for (const c of s.children) resolveFrees(c);
  if (s.isFunctionLike) {
    // names used here (or passed through by children) that are not bound here
    const wanted = new Set<string>();
    for (const [n, flags] of s.symbols) {
      if (flags & USE && !(flags & (DEF_BOUND | DEF_GLOBAL))) wanted.add(n);
      if (flags & DEF_NONLOCAL) wanted.add(n);
    }
    for (const c of s.children) for (const n of c.frees) if (!s.isBound(n) || s.isNonlocal(n)) wanted.add(n);
    for (const n of wanted) if (!s.isGlobal(n) && boundInEnclosingFunction(s.parent, n)) s.frees.push(n);
    for (const c of s.children) for (const n of c.frees) if (ownsBinding(s, n)) s.cells.add(n);
    layoutVarnames(s);
  } else if (s.kind === 'class') {
    for (const c of s.children) {
      for (const n of c.frees) {
        // drop_class_free: __class__ is the class's own cell, not a free variable of its body
        if (n === '__class__') s.needsClassCell = true;
        else if (!s.frees.includes(n) && boundInEnclosingFunction(s.parent, n)) s.frees.push(n);
      }
    }
    for (const [n, flags] of s.symbols) {
      if (flags & USE && !s.isBound(n) && !s.frees.includes(n) && boundInEnclosingFunction(s.parent, n)) s.frees.push(n);
    }
  }
}

/** is n bound in an enclosing function scope (class scopes are skipped)? */
function boundInEnclosingFunction(s: Scope | null, n: string): boolean {
  for (let p = s; p !== null; p = p.parent) {
    if (p.kind === 'module') return false;
    if (p.kind === 'class') {
      if (n === '__class__') return true; // every class binds __class__ for the scopes inside it
      continue;
    }
    if (p.isGlobal(n)) return false;
    if (p.isBound(n) || p.isNonlocal(n)) return true;
  }
  return false;
}

/** co_varnames order: parameters, then other locals, then cells that are not parameters */
function layoutVarnames(s: Scope): void {
  const others: string[] = [];
  const cellsAfter: string[] = [];
  for (const n of s.symbols.keys()) {
    if (!ownsBinding(s, n) || s.params.includes(n) || s.frees.includes(n)) continue;
    if (s.cells.has(n)) cellsAfter.push(n);
    else others.push(n);
  }
  s.varnames = [...s.params, ...others, ...cellsAfter];
}
