// Building the symbol table: Python/symtable.c's symtable_visit_stmt / symtable_visit_expr.
// One walk over the tree in CPython's order records every name's DEF_* flags per block and the
// SyntaxErrors met while visiting (duplicate parameters, global/nonlocal after use, 'yield'
// inside a comprehension, star imports in functions).

import type { Arguments, Expr, FormattedValue, Module, NamedExpr, Pattern, Span, Stmt, SyntaxErrorInfo } from '../ast';
import type { Extra } from '../peg/core';
import { DEF_ANNOT, DEF_COMP_ITER, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, Scope, USE, type ScopeKind } from './scope';

type Ctx = 'load' | 'store' | 'del';

export function symtableError(message: string, s: Span): SyntaxErrorInfo {
  return { type: 'SyntaxError', message, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol };
}

const COMPREHENSION_NAMES = { list: '<listcomp>', set: '<setcomp>', dict: '<dictcomp>', gen: '<genexpr>' } as const;

export class SymtableBuilder {
  readonly errors: SyntaxErrorInfo[] = [];
  readonly byNode = new Map<unknown, Scope>();
  readonly top: Scope;
  private cur: Scope;
  /** the enclosing blocks (st_stack), innermost last */
  private readonly stack: Scope[] = [];
  /** ste_comp_iter_target / ste_comp_iter_expr of the current block */
  private compIterTarget = false;
  private compIterExpr = 0;

  constructor(module: Module, private readonly extra: Map<object, Extra>) {
    this.top = new Scope('module', '<module>', null, module);
    this.byNode.set(module, this.top);
    this.cur = this.top;
  }

  run(m: Module): void {
    this.body(m.body);
  }

  /** symtable_add_def */
  private addDef(name: string, flag: number, at: Span): void {
    this.addDefIn(this.cur, name, flag, at);
  }

  /** symtable_add_def_helper */
  private addDefIn(scope: Scope, name: string, flag: number, at: Span): void {
    let val = scope.flags(name);
    if (flag & DEF_PARAM) {
      if (val & DEF_PARAM) this.errors.push(symtableError(`duplicate argument '${name}' in function definition`, at));
      else scope.params.push(name);
    }
    if (scope === this.cur && this.compIterTarget && flag & DEF_LOCAL) {
      // an iteration variable of a comprehension: it may not also be a walrus target
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        this.errors.push(symtableError(`comprehension inner loop cannot rebind assignment expression target '${name}'`, at));
        return;
      }
      val |= DEF_COMP_ITER;
    }
    scope.symbols.set(name, val | flag);
    if (flag & DEF_GLOBAL) {
      // CPython also records explicit globals in the module's table
      this.top.symbols.set(name, this.top.flags(name) | flag);
    }
  }

  /** symtable_enter_block */
  private enter(kind: ScopeKind, name: string, node: unknown, comprehension: string | null = null): Scope {
    const s = new Scope(kind, name, this.cur, node, comprehension);
    s.enteredAt = this.stmtStart !== null && this.stmtStart.scope === this.cur ? this.stmtStart.names : this.cur.symbols.size;
    this.cur.children.push(s);
    this.byNode.set(node, s);
    const prev = this.cur;
    this.stack.push(prev);
    this.cur = s;
    const saved = { t: this.compIterTarget, e: this.compIterExpr };
    this.compIterTarget = false;
    this.compIterExpr = 0;
    this.leaving.push(saved);
    return prev;
  }

  private readonly leaving: { t: boolean; e: number }[] = [];

  /** symtable_exit_block: back to `prev` (what enter returned) */
  private exit(prev: Scope): void {
    this.cur = prev;
    this.stack.pop();
    const saved = this.leaving.pop()!;
    this.compIterTarget = saved.t;
    this.compIterExpr = saved.e;
  }

  /** symtable_handle_namedexpr */
  private namedExpr(e: NamedExpr): void {
    if (this.compIterExpr > 0) {
      this.errors.push(symtableError('assignment expression cannot be used in a comprehension iterable expression', e));
      return;
    }
    if (this.cur.kind === 'comprehension' && !this.extendNamedExprScope(e.target.id, e.target)) return;
    this.expr(e.value);
    this.expr(e.target, 'store');
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest function or module */
  private extendNamedExprScope(name: string, at: Span): boolean {
    const blocks = [...this.stack, this.cur];
    for (let i = blocks.length - 1; i >= 0; i--) {
      const ste = blocks[i];
      if (ste.kind === 'comprehension') {
        if (ste.flags(name) & DEF_COMP_ITER) {
          this.errors.push(symtableError(`assignment expression cannot rebind comprehension iteration variable '${name}'`, at));
          return false;
        }
        continue;
      }
      if (ste.kind === 'function' || ste.kind === 'lambda') {
        this.addDef(name, ste.flags(name) & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, at);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, at);
        this.addDefIn(ste, name, DEF_LOCAL, at);
        return this.errors.length === 0;
      }
      if (ste.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, at);
        if (!this.cur.directives.has(name)) this.cur.directives.set(name, at);
        this.addDefIn(ste, name, DEF_GLOBAL, at);
        return this.errors.length === 0;
      }
      this.errors.push(symtableError('assignment expression within a comprehension cannot be used in a class body', at));
      return false;
    }
    return false;
  }

  /** symtable_visit_pattern: captures bind names */
  private pattern(p: Pattern): void {
    switch (p.kind) {
      case 'MatchValue': this.expr(p.value); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': case 'MatchOr': for (const q of p.patterns) this.pattern(q); return;
      case 'MatchStar': if (p.name) this.addDef(p.name, DEF_LOCAL, p); return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwdPatterns) this.pattern(q);
        return;
    }
  }

  /** symtable_visit_annotations: parameters' annotations, then the return annotation */
  private annotations(a: Arguments, returns: Expr | null | undefined): void {
    for (const p of [...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])]) {
      if (p.annotation) this.expr(p.annotation);
    }
    if (returns) this.expr(returns);
  }

  private params(a: Arguments): void {
    for (const p of [...a.args, ...a.kwonly]) this.addDef(p.name, DEF_PARAM, p.span);
    if (a.vararg) this.addDef(a.vararg.name, DEF_PARAM, a.vararg.span);
    if (a.kwarg) this.addDef(a.kwarg.name, DEF_PARAM, a.kwarg.span);
  }

  private defaults(a: Arguments): void {
    for (const p of a.args) if (p.default) this.expr(p.default);
    for (const p of a.kwonly) if (p.default) this.expr(p.default);
  }

  private directive(s: Stmt & { names: string[] }, kind: 'global' | 'nonlocal'): void {
    for (const name of s.names) {
      const cur = this.cur.flags(name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const msg = cur & DEF_PARAM ? `name '${name}' is parameter and ${kind}`
          : cur & USE ? `name '${name}' is used prior to ${kind} declaration`
          : cur & DEF_ANNOT ? `annotated name '${name}' can't be ${kind}`
          : `name '${name}' is assigned to before ${kind} declaration`;
        this.errors.push(symtableError(msg, s));
        return;
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
    }
  }

  private body(stmts: Stmt[]): void {
    for (const b of stmts) {
      this.stmtStart = { scope: this.cur, names: this.cur.symbols.size };
      this.stmt(b);
    }
  }

  /** the block and its name count where the current statement began (its targets compile after its value) */
  private stmtStart: { scope: Scope; names: number } | null = null;

  private stmt(s: Stmt): void {
    if (this.errors.length) return;
    const x = this.extra.get(s);
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.defaults(s.args);
        this.annotations(s.args, s.returns);
        for (const d of s.decorators) this.expr(d);
        const prev = this.enter('function', s.name, s);
        this.params(s.args);
        this.body(s.body);
        this.exit(prev);
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.expr(e);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorators) this.expr(d);
        const prev = this.enter('class', s.name, s);
        this.body(s.body);
        this.exit(prev);
        return;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t, 'del');
        return;
      case 'Assign':
        for (const t of s.targets) this.expr(t, 'store');
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const name = s.target.id;
          const cur = this.cur.flags(name);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top) {
            this.errors.push(symtableError(`annotated name '${name}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s));
            return;
          }
          if (s.simple !== false) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target, 'store');
        }
        if (s.annotation) this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        return;
      case 'AugAssign':
        this.expr(s.target, 'store');
        this.expr(s.value);
        return;
      case 'For':
        this.expr(s.target, 'store');
        this.expr(s.iter);
        this.body(s.body);
        this.body(s.orelse);
        return;
      case 'While':
        this.expr(s.test);
        this.body(s.body);
        this.body(s.orelse);
        return;
      case 'If':
        this.expr(s.test);
        this.body(s.body);
        this.body(s.orelse);
        return;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context);
          if (it.target) this.expr(it.target, 'store');
        }
        this.body(s.body);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        this.body(s.body);
        this.body(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.body(h.body);
        }
        this.body(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
        for (const a of s.names) this.addDef(a.asname ?? a.name.split('.')[0], DEF_IMPORT, a.span);
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') {
              this.errors.push(symtableError('import * only allowed at module level', a.span));
              return;
            }
            continue;
          }
          this.addDef(a.asname ?? a.name, DEF_IMPORT, a.span);
        }
        return;
      case 'Global':
        this.directive(s, 'global');
        return;
      case 'Nonlocal':
        this.directive(s, 'nonlocal');
        return;
      case 'ExprStmt':
        this.expr(s.value);
        return;
      case 'Pass': case 'Break': case 'Continue':
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.body(c.body);
        }
        return;
    }
  }

  private expr(e: Expr, ctx: Ctx = 'load'): void {
    if (this.errors.length) return;
    const x = this.extra.get(e);
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') {
      if (this.cur.comprehension) {
        this.errors.push(symtableError(`'yield' inside ${this.cur.comprehension}`, e));
        return;
      }
      this.cur.generator = true;
      if (e.value) this.expr(e.value);
      return;
    }
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, ctx === 'load' ? USE : DEF_LOCAL, e);
        // symtable_visit_expr: super() in a function needs the implicit __class__ cell
        if (ctx === 'load' && e.id === 'super' && this.cur.isFunctionLike) this.addDef('__class__', USE, e);
        return;
      case 'Starred':
        this.expr(e.value, ctx);
        return;
      case 'List': case 'Tuple':
        for (const c of e.elts) this.expr(c, ctx);
        return;
      case 'Attribute':
        this.expr(e.value);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.index);
        return;
      case 'Lambda': {
        this.defaults(e.args);
        const prev = this.enter('lambda', '<lambda>', e);
        this.params(e.args);
        this.expr(e.body);
        this.exit(prev);
        return;
      }
      case 'Comprehension': {
        // the outermost iterable is evaluated in the enclosing scope
        const [first, ...rest] = e.generators;
        this.compIterExpr++;
        this.expr(first.iter);
        this.compIterExpr--;
        const what = e.type === 'gen' ? 'generator expression' : `${e.type} comprehension`;
        const prev = this.enter('comprehension', COMPREHENSION_NAMES[e.type], e, what);
        this.addDef('.0', DEF_PARAM, e);
        this.compIterTarget = true;
        this.expr(first.target, 'store');
        this.compIterTarget = false;
        for (const c of first.ifs) this.expr(c);
        for (const g of rest) {
          this.compIterTarget = true;
          this.expr(g.target, 'store');
          this.compIterTarget = false;
          this.compIterExpr++;
          this.expr(g.iter);
          this.compIterExpr--;
          for (const c of g.ifs) this.expr(c);
        }
        this.expr(e.elt);
        if (e.value) this.expr(e.value);
        this.exit(prev);
        return;
      }
      case 'FString':
        for (const part of e.parts) this.fstringPart(part);
        return;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k) this.expr(k);
          this.expr(e.values[i]);
        });
        return;
      case 'Set': for (const c of e.elts) this.expr(c); return;
      case 'BinOp': this.expr(e.left); this.expr(e.right); return;
      case 'UnaryOp': this.expr(e.operand); return;
      case 'BoolOp': for (const c of e.values) this.expr(c); return;
      case 'Compare': this.expr(e.left); for (const c of e.comparators) this.expr(c); return;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); return;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'Slice':
        for (const c of [e.lower, e.upper, e.step]) if (c) this.expr(c);
        return;
      case 'Int': case 'Float': case 'Str': case 'Bool': case 'None': case 'Ellipsis': case 'Imag':
        return;
      case 'NamedExpr':
        this.namedExpr(e);
        return;
    }
  }

  private fstringPart(part: string | FormattedValue): void {
    if (typeof part === 'string') return;
    this.expr(part.expr);
    if (part.spec) for (const s of part.spec) this.fstringPart(s);
  }
}
