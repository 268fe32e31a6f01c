// The SyntaxErrors CPython 3.11 raises after parsing, in the order it meets them:
// __future__ imports (Python/future.c), then the symbol table (symtable/), then the
// compiler (Python/compile.c): 'return' outside function, 'break' outside loop, misplaced
// starred expressions, repeated keyword arguments, 'yield'/'await' outside a function...
// The compiler checks follow code-generation order, which is not always source order
// (an assignment's value is compiled before its targets, a class body before its bases).

import type { Expr, Keyword, Module, Span, Stmt, SyntaxErrorInfo } from './ast';
import type { Extra } from './peg/core';
import { buildSymtable, type Symtable } from './symtable';
import { matchRules } from './peg/lateRules';

export function compileChecks(module: Module, extra: Map<object, Extra>): { errors: SyntaxErrorInfo[]; symtable: Symtable | null } {
  const future = futureErrors(module);
  if (future.errors.length) return { errors: future.errors, symtable: null };
  const st = buildSymtable(module, extra);
  const c = new Compiler(extra, future.line);
  c.run(module);
  return { errors: [...st.errors, ...c.errors], symtable: st.symtable };
}

function err(message: string, s: Span): SyntaxErrorInfo {
  return { type: 'SyntaxError', message, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol };
}

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** future_parse: __future__ imports at the top of the module; returns the line of the last one. */
function futureErrors(m: Module): { errors: SyntaxErrorInfo[]; line: number } {
  let i = 0;
  const body = m.body;
  const first = body[0];
  if (first && first.kind === 'ExprStmt' && first.value.kind === 'Str') i = 1;
  let done = false;
  let prevLine = 0;
  let line = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (done && s.line > prevLine) break;
    prevLine = s.line;
    if (s.kind === 'ImportFrom' && s.module === '__future__') {
      // CPython reports this one at col_offset rather than col_offset + 1
      if (done) return { errors: [{ ...lateFuture(s), col: Math.max(0, s.col - 1) }], line };
      for (const a of s.names) {
        if (a.name === 'braces') return { errors: [{ ...err('not a chance', s), endLine: s.line, endCol: s.col }], line };
        if (!FUTURE_FEATURES.has(a.name)) {
          return { errors: [{ ...err(`future feature ${a.name} is not defined`, s), endLine: s.line, endCol: s.col }], line };
        }
      }
      line = s.line;
    } else {
      done = true;
    }
  }
  return { errors: [], line };
}

function lateFuture(s: Span): SyntaxErrorInfo {
  return err('from __future__ imports must occur at the beginning of the file', s);
}

type UnitKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension';

interface Unit {
  kind: UnitKind;
  async: boolean;
  loops: number;
}

class Compiler {
  readonly errors: SyntaxErrorInfo[] = [];
  private unit: Unit = { kind: 'module', async: false, loops: 0 };
  private readonly extra: Map<object, Extra>;
  private readonly futureLine: number;

  constructor(extra: Map<object, Extra>, futureLine: number) {
    this.extra = extra;
    this.futureLine = futureLine;
  }

  run(m: Module): void {
    this.stmts(m.body);
  }

  private fail(message: string, at: Span): void {
    this.errors.push(err(message, at));
  }

  private inUnit(u: Unit, fn: () => void): void {
    const prev = this.unit;
    this.unit = u;
    fn();
    this.unit = prev;
  }

  private stmts(list: Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private keywords(list: Keyword[]): void {
    const seen = new Set<string>();
    for (const k of list) {
      if (k.name === null) continue;
      if (seen.has(k.name)) {
        this.fail(`keyword argument repeated: ${k.name}`, k.span);
        return;
      }
      seen.add(k.name);
    }
  }

  private stmt(s: Stmt): void {
    const x = this.extra.get(s);
    switch (s.kind) {
      case 'FunctionDef': {
        this.forbidden(s.name, s, 'store');
        for (const d of s.decorators) this.expr(d);
        for (const p of s.args.args) if (p.default) this.expr(p.default);
        for (const p of s.args.kwonly) if (p.default) this.expr(p.default);
        const isAsync = x?.kind === 'AsyncFunctionDef';
        this.inUnit({ kind: 'function', async: isAsync, loops: 0 }, () => this.stmts(s.body));
        return;
      }
      case 'ClassDef':
        this.forbidden(s.name, s, 'store');
        for (const d of s.decorators) this.expr(d);
        this.inUnit({ kind: 'class', async: false, loops: 0 }, () => this.stmts(s.body));
        this.keywords(s.keywords);
        for (const b of s.bases) this.expr(b, 'load', true);
        for (const k of s.keywords) this.expr(k.value);
        return;
      case 'Return':
        if (this.unit.kind !== 'function') {
          this.fail("'return' outside function", s);
          return;
        }
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.expr(t, 'del');
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.expr(t, 'store');
        return;
      case 'AugAssign':
        this.expr(s.target, 'store');
        this.expr(s.value);
        return;
      case 'AnnAssign':
        if (s.value) {
          this.expr(s.value);
          this.expr(s.target, 'store');
        }
        return;
      case 'For': {
        if (x?.kind === 'AsyncFor' && !this.unit.async) {
          this.fail("'async for' outside async function", s);
          return;
        }
        this.expr(s.iter);
        this.expr(s.target, 'store');
        this.loop(s.body);
        this.stmts(s.orelse);
        return;
      }
      case 'While':
        this.expr(s.test);
        this.loop(s.body);
        this.stmts(s.orelse);
        return;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
        if (s.isAsync && !this.unit.async) {
          this.fail("'async with' outside async function", s);
          return;
        }
        for (const it of s.items) {
          this.expr(it.context);
          if (it.target) this.expr(it.target, 'store');
        }
        this.stmts(s.body);
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.forbidden(h.name, h, 'store');
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'ImportFrom':
        if (s.module === '__future__' && s.line > this.futureLine) this.fail('from __future__ imports must occur at the beginning of the file', s);
        return;
      case 'ExprStmt':
        this.expr(s.value);
        return;
      case 'Break':
        if (this.unit.loops === 0) this.fail("'break' outside loop", s);
        return;
      case 'Continue':
        if (this.unit.loops === 0) this.fail("'continue' not properly in loop", s);
        return;
      case 'Import': case 'Global': case 'Nonlocal': case 'Pass':
        return;
      case 'Match':
        this.expr(s.subject);
        s.cases.forEach((c, i) => {
          if (this.errors.length) return;
          const err = matchRules().checkCasePattern(c.pattern, c.guard !== null || i === s.cases.length - 1);
          if (err) {
            this.fail(err.message, err.at);
            return;
          }
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        });
        return;
    }
  }

  private loop(body: Stmt[]): void {
    this.unit.loops++;
    this.stmts(body);
    this.unit.loops--;
  }

  private forbidden(name: string, at: Span, ctx: 'store' | 'del'): void {
    if (name === '__debug__') this.fail(ctx === 'del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', at);
  }

  /**
   * Compile an expression. `starOk` is true where a starred item is legal (directly inside
   * a list/tuple/set display, or as a call argument).
   */
  private expr(e: Expr, ctx: 'load' | 'store' | 'del' = 'load', starOk = false): void {
    const x = this.extra.get(e);
    if (e.kind === 'Yield' || e.kind === 'YieldFrom') {
      if (this.unit.kind === 'module' || this.unit.kind === 'class') {
        this.fail("'yield' outside function", e);
        return;
      }
      if (e.value) this.expr(e.value);
      return;
    }
    if (x) {
      if (x.kind === 'Await') {
        if (this.unit.kind === 'module' || this.unit.kind === 'class') {
          this.fail("'await' outside function", e);
          return;
        }
        if (this.unit.kind !== 'comprehension' && !this.unit.async) {
          this.fail("'await' outside async function", e);
          return;
        }
      }
    }
    switch (e.kind) {
      case 'Starred':
        if (!starOk) {
          this.fail(ctx === 'store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here", e);
          return;
        }
        this.expr(e.value, ctx);
        return;
      case 'List': case 'Tuple':
        if (x) break; // a stand-in for yield/await/walrus
        if (ctx === 'store' && e.elts.filter((c) => c.kind === 'Starred').length > 1) {
          this.fail('multiple starred expressions in assignment', e);
          return;
        }
        for (const c of e.elts) this.expr(c, ctx, true);
        return;
      case 'Set':
        for (const c of e.elts) this.expr(c, 'load', true);
        return;
      case 'Name':
        if (ctx !== 'load') this.forbidden(e.id, e, ctx);
        return;
      case 'Call':
        this.expr(e.func);
        this.keywords(e.keywords);
        for (const a of e.args) this.expr(a, 'load', true);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'Lambda':
        for (const p of e.args.args) if (p.default) this.expr(p.default);
        for (const p of e.args.kwonly) if (p.default) this.expr(p.default);
        this.inUnit({ kind: 'lambda', async: false, loops: 0 }, () => this.expr(e.body));
        return;
      case 'Comprehension': {
        const [first, ...rest] = e.generators;
        const isAsync = e.generators.some((g) => this.extra.get(g)?.kind === 'AsyncComprehension');
        if (isAsync && e.type !== 'gen' && !this.unit.async && this.unit.kind !== 'comprehension') {
          this.fail('asynchronous comprehension outside of an asynchronous function', e);
          return;
        }
        this.inUnit({ kind: 'comprehension', async: this.unit.async, loops: 0 }, () => {
          this.expr(first.target, 'store');
          for (const c of first.ifs) this.expr(c);
          for (const g of rest) {
            this.expr(g.iter);
            this.expr(g.target, 'store');
            for (const c of g.ifs) this.expr(c);
          }
          this.expr(e.elt);
          if (e.value) this.expr(e.value);
        });
        // the outermost iterable is evaluated in the enclosing scope, after the body is compiled
        this.expr(first.iter);
        return;
      }
      case 'Attribute':
        this.expr(e.value);
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.index);
        return;
      default:
        break;
    }
    // every other expression: its children in order, in load context
    for (const c of childExprs(e)) this.expr(c);
  }
}

function childExprs(e: Expr): Expr[] {
  switch (e.kind) {
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'BoolOp': return e.values;
    case 'Compare': return [e.left, ...e.comparators];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': {
      const out: Expr[] = [];
      e.keys.forEach((k, i) => {
        if (k) out.push(k);
        out.push(e.values[i]);
      });
      return out;
    }
    case 'Slice': return [e.lower, e.upper, e.step].filter((c): c is Expr => c !== null);
    case 'FString': {
      const out: Expr[] = [];
      const walk = (parts: typeof e.parts): void => {
        for (const p of parts) {
          if (typeof p === 'string') continue;
          out.push(p.expr);
          if (p.spec) walk(p.spec);
        }
      };
      walk(e.parts);
      return out;
    }
    case 'List': case 'Tuple': return e.elts;
    case 'NamedExpr': return [e.value];
    default: return [];
  }
}
