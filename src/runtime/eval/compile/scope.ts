// Symbol tables (Python/symtable.c): which names are locals, cells, free variables, globals.
// Function, lambda and comprehension scopes get fast locals; module and class scopes use dicts.

import type * as A from '../../../python/ast';

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

export type NameKind =
  | 'local' // fast local slot
  | 'cell' // fast local slot holding a cell (captured by an inner scope)
  | 'free' // from the closure
  | 'global' // explicit `global`, or implicit in a function: globals then builtins
  | 'name' // module/class level: LOAD_NAME (namespace, then globals, then builtins)
  | 'classderef'; // a free variable read in a class body

export class Scope {
  params: string[] = [];
  bound = new Set<string>();
  used = new Set<string>();
  order: string[] = [];
  declaredGlobal = new Set<string>();
  declaredNonlocal = new Set<string>();
  children: Scope[] = [];
  cells = new Set<string>();
  frees: string[] = [];
  varnames: string[] = [];
  /** set for functions whose body calls super() with no arguments */
  usesSuper = false;
  constructor(
    public kind: ScopeKind,
    public name: string,
    public parent: Scope | null,
    public node: unknown,
  ) {}

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  note(name: string): void {
    if (!this.bound.has(name) && !this.used.has(name)) this.order.push(name);
  }
  bind(name: string): void {
    this.note(name);
    this.bound.add(name);
  }
  use(name: string): void {
    this.note(name);
    this.used.add(name);
  }

  kindOf(name: string): NameKind {
    if (this.kind === 'module') return 'name';
    if (this.declaredGlobal.has(name)) return 'global';
    if (this.kind === 'class') {
      if (this.bound.has(name)) return 'name';
      return this.frees.includes(name) ? 'classderef' : 'name';
    }
    if (this.frees.includes(name)) return 'free';
    if (this.bound.has(name)) return this.cells.has(name) ? 'cell' : 'local';
    return 'global';
  }

  /** index of a fast local (or free variable, after the locals) */
  slot(name: string): number {
    const i = this.varnames.indexOf(name);
    if (i >= 0) return i;
    const j = this.frees.indexOf(name);
    return j >= 0 ? this.varnames.length + j : -1;
  }
}

export interface ScopeError {
  message: string;
  line: number;
  col: number;
}

/** Build and resolve the scope tree of a module. */
export function buildScopes(mod: A.Module): { root: Scope; byNode: Map<unknown, Scope>; errors: ScopeError[] } {
  const byNode = new Map<unknown, Scope>();
  const errors: ScopeError[] = [];
  const root = new Scope('module', '<module>', null, mod);
  byNode.set(mod, root);
  const v = new Visitor(byNode, errors);
  v.stmts(mod.body, root);
  resolve(root, errors);
  return { root, byNode, errors };
}

class Visitor {
  constructor(private byNode: Map<unknown, Scope>, private errors: ScopeError[]) {}

  private child(kind: ScopeKind, name: string, parent: Scope, node: unknown): Scope {
    const s = new Scope(kind, name, parent, node);
    parent.children.push(s);
    this.byNode.set(node, s);
    return s;
  }

  stmts(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  args(a: A.Arguments, outer: Scope, inner: Scope): void {
    for (const p of [...a.args, ...a.kwonly]) if (p.default) this.expr(p.default, outer);
    const names = [...a.args.map((p) => p.name), ...a.kwonly.map((p) => p.name)];
    if (a.vararg) names.push(a.vararg.name);
    if (a.kwarg) names.push(a.kwarg.name);
    inner.params = names;
    for (const n of names) inner.bind(n);
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'ExprStmt':
        return this.expr(st.value, s);
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case 'AugAssign':
        this.expr(st.value, s);
        if (st.target.kind === 'Name') {
          s.use(st.target.id);
          s.bind(st.target.id);
        } else this.expr(st.target, s);
        return;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        if (st.value || st.target.kind !== 'Name') this.target(st.target, s);
        else s.bind((st.target as A.Name).id);
        return;
      case 'Delete':
        for (const t of st.targets) this.target(t, s);
        return;
      case 'Return':
        if (st.value) this.expr(st.value, s);
        return;
      case 'If':
      case 'While':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case 'For':
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(d, s);
        const inner = this.child('function', st.name, s, st);
        this.args(st.args, s, inner);
        this.stmts(st.body, inner);
        s.bind(st.name);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        const inner = this.child('class', st.name, s, st);
        this.stmts(st.body, inner);
        s.bind(st.name);
        return;
      }
      case 'Global':
        for (const n of st.names) {
          if (s.bound.has(n) || s.used.has(n)) {
            this.errors.push({ message: `name '${n}' is ${s.bound.has(n) ? 'assigned to' : 'used'} before global declaration`, line: st.line, col: st.col });
          }
          s.declaredGlobal.add(n);
        }
        return;
      case 'Nonlocal':
        for (const n of st.names) {
          if (s.kind === 'module') {
            this.errors.push({ message: 'nonlocal declaration not allowed at module level', line: st.line, col: st.col });
          } else if (s.bound.has(n) || s.used.has(n)) {
            this.errors.push({ message: `name '${n}' is ${s.bound.has(n) ? 'assigned to' : 'used'} before nonlocal declaration`, line: st.line, col: st.col });
          }
          s.declaredNonlocal.add(n);
        }
        return;
      case 'Try':
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) s.bind(h.name);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case 'Import':
        for (const a of st.names) s.bind(a.asname ?? a.name.split('.')[0]);
        return;
      case 'ImportFrom':
        for (const a of st.names) s.bind(a.asname ?? a.name);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  target(t: A.Expr, s: Scope): void {
    switch (t.kind) {
      case 'Name':
        s.bind(t.id);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, s);
        return;
      case 'Starred':
        return this.target(t.value, s);
      default:
        return this.expr(t, s);
    }
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        s.use(e.id);
        return;
      case 'Int':
      case 'Float':
      case 'Str':
      case 'Bool':
      case 'None':
        return;
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.fvalue(p, s);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x, s);
        return;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(k, s);
          this.expr(e.values[i], s);
        });
        return;
      case 'BinOp':
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case 'UnaryOp':
        return this.expr(e.operand, s);
      case 'BoolOp':
        for (const x of e.values) this.expr(x, s);
        return;
      case 'Compare':
        this.expr(e.left, s);
        for (const x of e.comparators) this.expr(x, s);
        return;
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        if (e.func.kind === 'Name' && e.func.id === 'super' && e.args.length === 0) markSuper(s);
        return;
      case 'Attribute':
        return this.expr(e.value, s);
      case 'Subscript':
        this.expr(e.value, s);
        this.expr(e.index, s);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      case 'Starred':
        return this.expr(e.value, s);
      case 'Lambda': {
        const inner = this.child('lambda', '<lambda>', s, e);
        this.args(e.args, s, inner);
        this.expr(e.body, inner);
        return;
      }
      case 'Comprehension': {
        // the outermost iterable is evaluated in the enclosing scope
        this.expr(e.generators[0].iter, s);
        const name = e.type === 'list' ? '<listcomp>' : e.type === 'set' ? '<setcomp>' : e.type === 'dict' ? '<dictcomp>' : '<genexpr>';
        const inner = this.child('comprehension', name, s, e);
        inner.params = ['.0'];
        inner.bind('.0');
        e.generators.forEach((g, i) => {
          if (i > 0) this.expr(g.iter, inner);
          this.target(g.target, inner);
          for (const c of g.ifs) this.expr(c, inner);
        });
        this.expr(e.elt, inner);
        if (e.value) this.expr(e.value, inner);
        return;
      }
    }
  }

  fvalue(p: A.FormattedValue, s: Scope): void {
    this.expr(p.expr, s);
    if (p.spec) for (const q of p.spec) if (typeof q !== 'string') this.fvalue(q, s);
  }
}

function markSuper(s: Scope): void {
  let f: Scope | null = s;
  while (f !== null && f.kind === 'comprehension') f = f.parent;
  if (f !== null && f.isFunctionLike) f.usesSuper = true;
}

/** Resolve free variables bottom-up (analyze_block / analyze_cells), then lay out varnames. */
function resolve(s: Scope, errors: ScopeError[]): void {
  for (const c of s.children) resolve(c, errors);
  if (s.isFunctionLike) {
    // names used here (or passed through by children) that are not bound here
    const wanted = new Set<string>();
    for (const n of s.used) if (!s.bound.has(n) && !s.declaredGlobal.has(n)) wanted.add(n);
    for (const n of s.declaredNonlocal) wanted.add(n);
    for (const c of s.children) for (const n of c.frees) if (!s.bound.has(n) || s.declaredNonlocal.has(n)) wanted.add(n);
    for (const n of wanted) {
      if (s.declaredGlobal.has(n)) continue;
      if (findEnclosing(s.parent, n)) {
        s.frees.push(n);
      } else if (s.declaredNonlocal.has(n)) {
        const node = s.node as A.Span;
        errors.push({ message: `no binding for nonlocal '${n}' found`, line: node.line, col: node.col });
      }
    }
    // nonlocal names are free, not local
    for (const n of s.declaredNonlocal) s.bound.delete(n);
    for (const c of s.children) for (const n of c.frees) if (s.bound.has(n) && !s.declaredGlobal.has(n)) s.cells.add(n);
    layout(s);
  } else if (s.kind === 'class') {
    for (const c of s.children) {
      for (const n of c.frees) {
        if (!s.frees.includes(n) && findEnclosing(s.parent, n)) s.frees.push(n);
      }
    }
    for (const n of s.used) if (!s.bound.has(n) && !s.frees.includes(n) && findEnclosing(s.parent, n)) s.frees.push(n);
  }
}

/** is n bound in an enclosing function scope (class scopes are skipped)? */
function findEnclosing(s: Scope | null, n: string): boolean {
  for (let p = s; p !== null; p = p.parent) {
    if (p.kind === 'module') return false;
    if (p.kind === 'class') continue;
    if (p.declaredGlobal.has(n)) return false;
    if (p.bound.has(n) || p.declaredNonlocal.has(n)) return true;
  }
  return false;
}

/** co_varnames order: parameters, then other locals, then cells that are not parameters */
function layout(s: Scope): void {
  const params = s.params;
  const others: string[] = [];
  const cellsAfter: string[] = [];
  for (const n of s.order) {
    if (!s.bound.has(n) || params.includes(n) || s.declaredGlobal.has(n) || s.frees.includes(n)) continue;
    if (s.cells.has(n)) cellsAfter.push(n);
    else others.push(n);
  }
  s.varnames = [...params, ...others, ...cellsAfter];
}
