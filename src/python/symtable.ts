// The SyntaxErrors CPython 3.11 raises while building its symbol table (Python/symtable.c),
// after parsing succeeded: conflicting global/nonlocal declarations, duplicate parameters,
// nonlocal names without a binding, 'yield' in a comprehension, star imports in functions.
// Errors found while visiting come first (in visiting order), then those found by the
// scope analysis, exactly as CPython would meet them.

import type { Arguments, Expr, FormattedValue, Module, Span, Stmt, SyntaxErrorInfo } from './ast';
import type { Extra } from './peg/core';

const DEF_GLOBAL = 1;
const DEF_LOCAL = 2;
const DEF_PARAM = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
const DEF_IMPORT = 128;
const DEF_ANNOT = 256;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

type BlockType = 'module' | 'function' | 'class';
type Ctx = 'load' | 'store' | 'del';

interface Scope {
  type: BlockType;
  /** for comprehensions: how CPython names it in "'yield' inside ..." */
  comprehension: string | null;
  symbols: Map<string, number>;
  /** the first global/nonlocal statement for each name (where analysis errors point) */
  directives: Map<string, Span>;
  children: Scope[];
}

function newScope(type: BlockType, comprehension: string | null = null): Scope {
  return { type, comprehension, symbols: new Map(), directives: new Map(), children: [] };
}

function err(message: string, s: Span): SyntaxErrorInfo {
  return { type: 'SyntaxError', message, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol };
}

export function symtableErrors(module: Module, extra: Map<object, Extra>): SyntaxErrorInfo[] {
  const b = new Builder(extra);
  b.run(module);
  if (b.errors.length) return b.errors;
  const out: SyntaxErrorInfo[] = [];
  analyze(b.top, null, new Set(), out);
  return out;
}

class Builder {
  readonly errors: SyntaxErrorInfo[] = [];
  readonly top = newScope('module');
  private cur: Scope = this.top;
  private readonly extra: Map<object, Extra>;

  constructor(extra: Map<object, Extra>) {
    this.extra = extra;
  }

  run(m: Module): void {
    for (const s of m.body) this.stmt(s);
  }

  private addDef(name: string, flag: number, at: Span): void {
    const val = this.cur.symbols.get(name) ?? 0;
    if (flag & DEF_PARAM && val & DEF_PARAM) {
      this.errors.push(err(`duplicate argument '${name}' in function definition`, at));
    }
    this.cur.symbols.set(name, val | flag);
    if (flag & DEF_GLOBAL) {
      // CPython also records explicit globals in the module's table
      this.top.symbols.set(name, (this.top.symbols.get(name) ?? 0) | flag);
    }
  }

  private enter(type: BlockType, comprehension: string | null = null): Scope {
    const s = newScope(type, comprehension);
    this.cur.children.push(s);
    const prev = this.cur;
    this.cur = s;
    return prev;
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
      const cur = this.cur.symbols.get(name) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        const msg = cur & DEF_PARAM ? `name '${name}' is parameter and ${kind}`
          : cur & USE ? `name '${name}' is used prior to ${kind} declaration`
          : cur & DEF_ANNOT ? `annotated name '${name}' can't be ${kind}`
          : `name '${name}' is assigned to before ${kind} declaration`;
        this.errors.push(err(msg, s));
        return;
      }
      this.addDef(name, kind === 'global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      if (!this.cur.directives.has(name)) this.cur.directives.set(name, s);
    }
  }

  private stmt(s: Stmt): void {
    if (this.errors.length) return;
    const x = this.extra.get(s);
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.defaults(s.args);
        for (const d of s.decorators) this.expr(d);
        const prev = this.enter('function');
        this.params(s.args);
        for (const b of s.body) this.stmt(b);
        this.cur = prev;
        return;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        for (const e of s.bases) this.expr(e);
        for (const k of s.keywords) this.expr(k.value);
        for (const d of s.decorators) this.expr(d);
        const prev = this.enter('class');
        for (const b of s.body) this.stmt(b);
        this.cur = prev;
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
          const cur = this.cur.symbols.get(name) ?? 0;
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top) {
            this.errors.push(err(`annotated name '${name}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s));
            return;
          }
          this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
        } else {
          this.expr(s.target, 'store');
        }
        if (s.value) this.expr(s.value);
        return;
      case 'AugAssign':
        this.expr(s.target, 'store');
        this.expr(s.value);
        return;
      case 'For':
        this.expr(s.target, 'store');
        this.expr(s.iter);
        for (const b of [...s.body, ...s.orelse]) this.stmt(b);
        return;
      case 'While':
        this.expr(s.test);
        for (const b of [...s.body, ...s.orelse]) this.stmt(b);
        return;
      case 'If':
        if (x?.withItems) {
          for (const it of x.withItems) {
            this.expr(it.context);
            if (it.target) this.expr(it.target, 'store');
          }
        } else {
          this.expr(s.test);
        }
        for (const b of [...s.body, ...s.orelse]) this.stmt(b);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        for (const b of [...s.body, ...s.orelse]) this.stmt(b);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          for (const b of h.body) this.stmt(b);
        }
        for (const b of s.finalbody) this.stmt(b);
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
            if (this.cur.type !== 'module') {
              this.errors.push(err('import * only allowed at module level', a.span));
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
    }
  }

  private expr(e: Expr, ctx: Ctx = 'load'): void {
    if (this.errors.length) return;
    const x = this.extra.get(e);
    if (x && (x.kind === 'Yield' || x.kind === 'YieldFrom') && this.cur.comprehension) {
      this.errors.push(err(`'yield' inside ${this.cur.comprehension}`, e));
      return;
    }
    if (x && x.kind === 'NamedExpr' && e.kind === 'Tuple') {
      this.expr(e.elts[1]);
      this.expr(e.elts[0], 'store');
      return;
    }
    switch (e.kind) {
      case 'Name':
        this.addDef(e.id, ctx === 'load' ? USE : DEF_LOCAL, e);
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
        const prev = this.enter('function');
        this.params(e.args);
        this.expr(e.body);
        this.cur = prev;
        return;
      }
      case 'Comprehension': {
        const [first, ...rest] = e.generators;
        this.expr(first.iter);
        const what = e.type === 'gen' ? 'generator expression' : `${e.type} comprehension`;
        const prev = this.enter('function', what);
        this.addDef('.0', DEF_PARAM, e);
        this.expr(first.target, 'store');
        for (const c of first.ifs) this.expr(c);
        for (const g of rest) {
          this.expr(g.target, 'store');
          this.expr(g.iter);
          for (const c of g.ifs) this.expr(c);
        }
        if (e.value) this.expr(e.value);
        this.expr(e.elt);
        this.cur = prev;
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
      case 'Int': case 'Float': case 'Str': case 'Bool': case 'None':
        return;
    }
  }

  private fstringPart(part: string | FormattedValue): void {
    if (typeof part === 'string') return;
    this.expr(part.expr);
    if (part.spec) for (const s of part.spec) this.fstringPart(s);
  }
}

/** analyze_block / analyze_name: resolve global and nonlocal declarations. */
function analyze(scope: Scope, bound: Set<string> | null, global: Set<string>, out: SyntaxErrorInfo[]): void {
  const local = new Set<string>();
  const newGlobal = new Set(global);
  const newBound = new Set<string>();
  if (scope.type === 'class') {
    if (bound) for (const n of bound) newBound.add(n);
  }
  for (const [name, flags] of scope.symbols) {
    if (out.length) return;
    const at = (): Span => scope.directives.get(name) ?? { line: 1, col: 0, endLine: 1, endCol: 0 };
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) {
        out.push(err(`name '${name}' is nonlocal and global`, at()));
        return;
      }
      newGlobal.add(name);
      if (bound) bound.delete(name);
      continue;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) {
        out.push(err('nonlocal declaration not allowed at module level', at()));
        return;
      }
      if (!bound.has(name)) {
        out.push(err(`no binding for nonlocal '${name}' found`, at()));
        return;
      }
      continue;
    }
    if (flags & DEF_BOUND) {
      local.add(name);
      newGlobal.delete(name);
    }
  }
  if (scope.type !== 'class') {
    if (scope.type === 'function') for (const n of local) newBound.add(n);
    if (bound) for (const n of bound) newBound.add(n);
  } else {
    newBound.add('__class__');
  }
  for (const child of scope.children) {
    analyze(child, new Set(newBound), newGlobal, out);
    if (out.length) return;
  }
}
