// One block of the symbol table (Python/symtable.c's PySTEntryObject): the names a module,
// class, function, lambda or comprehension defines and uses, with CPython's DEF_* flags, and
// what the analysis resolved them to (analyze.ts): fast locals, cells, free variables.

import type { Span } from '../ast';

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
/** an iteration variable of a comprehension (CPython's DEF_COMP_ITER) */
export const DEF_COMP_ITER = 1024;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** what the compiler makes of the block: module and class bodies use dicts, the rest fast locals */
export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

/** how a name is loaded and stored in a block (the scope the compiler's *_NAME/*_FAST/*_DEREF ops read) */
export type NameKind =
  | 'local' // fast local slot
  | 'cell' // fast local slot holding a cell (captured by an inner scope)
  | 'free' // from the closure
  | 'global' // explicit `global`, or implicit in a function: globals then builtins
  | 'name' // module/class level: LOAD_NAME (namespace, then globals, then builtins)
  | 'classderef'; // a free variable read in a class body

export class Scope {
  /** the names in order of first appearance, each with its DEF_* / USE flags (ste_symbols) */
  readonly symbols = new Map<string, number>();
  /** the first global/nonlocal statement for each name (where analysis errors point) */
  readonly directives = new Map<string, Span>();
  readonly children: Scope[] = [];
  /** parameters in co_varnames order: positional, keyword-only, *args, **kwargs ('.0' for a comprehension) */
  readonly params: string[] = [];
  /** names bound here that an inner scope captures (cell variables) */
  readonly cells = new Set<string>();
  /** free variables, in the order the closure tuple holds them */
  readonly frees: string[] = [];
  /** co_varnames: parameters, then other locals, then cells that are not parameters */
  varnames: string[] = [];
  /** the block contains yield / yield from: calling it makes a generator (ste_generator) */
  generator = false;
  /**
   * a class whose methods use super() or __class__: its body makes the `__class__` cell those
   * methods close over, which type_new fills with the class (ste_needs_class_closure)
   */
  needsClassCell = false;
  /**
   * PEP 709 (3.12+, symtable/inline.ts): the enclosing comprehension or the block whose frame runs
   * this list/set/dict comprehension's code; null when it runs in a frame of its own (3.11)
   */
  inlinedInto: Scope | null = null;
  /** an inlined comprehension's own names (its iteration variables) and their slots in the host frame */
  readonly inlinedSlots = new Map<string, number>();
  /** its own names that are the enclosing function's free variable, that cell (not isolated) */
  readonly inlinedShared = new Set<string>();
  /** how many names the enclosing block had when this one began (where PEP 709 inlines it) */
  enteredAt = 0;
  /**
   * names that are both a free variable of this block and the hidden fast local of a comprehension
   * inlined in it (CPython keeps both in its localsplus): the name resolves to the free variable here
   */
  readonly freeShadowed = new Set<string>();

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly node: unknown,
    /** for comprehensions: how CPython names it in "'yield' inside ..." */
    readonly comprehension: string | null = null,
  ) {}

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  isBound(name: string): boolean {
    return (this.flags(name) & DEF_BOUND) !== 0;
  }

  isGlobal(name: string): boolean {
    return (this.flags(name) & DEF_GLOBAL) !== 0;
  }

  isNonlocal(name: string): boolean {
    return (this.flags(name) & DEF_NONLOCAL) !== 0;
  }

  kindOf(name: string): NameKind {
    if (this.inlinedInto !== null) {
      // an inlined comprehension's names are the host frame's: its own are fast locals there
      // (cells when a scope inside it captures them), the rest resolve as the block around it does
      if (this.inlinedSlots.has(name)) return this.cells.has(name) ? 'cell' : 'local';
      if (this.inlinedShared.has(name)) return 'cell';
      if (this.frees.includes(name)) {
        const up = this.inlinedInto;
        // a class body's __class__ is no free variable of its inlined code (3.13: a global name)
        if (up.kind === 'class') return name === '__class__' ? 'global' : 'free';
        return up.kindOf(name);
      }
      return 'global';
    }
    if (this.kind === 'module') return 'name';
    if (this.isGlobal(name)) return 'global';
    if (this.kind === 'class') {
      if (this.isBound(name)) return 'name';
      return this.frees.includes(name) ? 'classderef' : 'name';
    }
    if (this.frees.includes(name)) return 'free';
    if (this.isBound(name)) return this.cells.has(name) ? 'cell' : 'local';
    return 'global';
  }

  /** index of a fast local (or free variable, after the locals) */
  slot(name: string): number {
    if (this.inlinedInto !== null) return this.inlinedSlots.get(name) ?? this.inlinedInto.slot(name);
    const i = this.freeShadowed.has(name) ? -1 : this.varnames.indexOf(name);
    if (i >= 0) return i;
    const j = this.frees.indexOf(name);
    return j >= 0 ? this.varnames.length + j : -1;
  }
}
