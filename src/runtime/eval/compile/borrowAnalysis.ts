// Which loads of a fast local CPython 3.14 compiles to LOAD_FAST_BORROW (Python/flowgraph.c:
// optimize_load_fast, with scan_block_for_locals deciding LOAD_FAST_CHECK). A load can be
// borrowed when (1) the local is certainly bound there (otherwise it is a LOAD_FAST_CHECK,
// which is never borrowed), (2) the code is reached from the function's entry by jumps and
// fall-through (code reached only through an exception handler is never visited by the pass),
// and (3) the reference is consumed in the same basic block, before the local is killed, and
// not stored in a local. (1) and (2) are decided here per Name node, over the AST, for every
// scope of the program; (3) is decided at the call site (planBorrows): the reference dies in
// the CALL unless a later operand holds a jump (and/or, if-else, a chained comparison, an
// inlined comprehension, yield from) or rebinds a name (:=).

import type * as A from '../../../python/ast';
import type { Scope } from '../../../python/symtable';
import { profile } from '../../versions';
import type { Ctx } from './expr';
import { lastPatternStore } from './flow/patternStores';
import { leavesByJump } from './flow/finallyCopy';
import { firstLoad, firstLoadOf, lastStore } from './flow/superinstructions';

/** Name nodes whose load is certainly bound and reached from the entry (3.14 profile only) */
const safeLoads = new WeakSet<A.Name>();

type Bound = Set<string>;
/** a statement's outcome: the names certainly bound after it (null: it never falls through); onlyViaHandler: reached only through an exception handler */
interface Flow {
  b: Bound | null;
  onlyViaHandler: boolean;
}

const meet = (xs: (Bound | null)[]): Bound | null => {
  const live = xs.filter((x): x is Bound => x !== null);
  if (live.length === 0) return null;
  const out = new Set(live[0]);
  for (const s of live.slice(1)) for (const n of out) if (!s.has(n)) out.delete(n);
  return out;
};

/** names a block may unbind (del, and the `except ... as name` cleanup), not counting inner scopes */
function killedIn(body: A.Stmt[], out = new Set<string>()): Set<string> {
  const targets = (t: A.Expr) => {
    if (t.kind === 'Name') out.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(targets);
  };
  for (const s of body) {
    switch (s.kind) {
      case 'Delete':
        s.targets.forEach(targets);
        break;
      case 'If':
      case 'While':
      case 'For':
        killedIn(s.body, out);
        killedIn(s.orelse, out);
        break;
      case 'With':
        killedIn(s.body, out);
        break;
      case 'Try':
        killedIn(s.body, out);
        killedIn(s.orelse, out);
        killedIn(s.finalbody, out);
        for (const h of s.handlers) {
          if (h.name !== null) out.add(h.name);
          killedIn(h.body, out);
        }
        break;
      case 'Match':
        for (const c of s.cases) killedIn(c.body, out);
        break;
      default:
        break;
    }
  }
  return out;
}

interface Loop {
  breaks: (Bound | null)[];
}

class ScopeWalker {
  private loops: Loop[] = [];
  constructor(private scope: Scope, private byNode: Map<unknown, Scope>) {}

  private nested(node: unknown, bound: Bound, run: (w: ScopeWalker, b: Bound) => void): void {
    const sc = this.byNode.get(node);
    if (sc === undefined) return;
    run(new ScopeWalker(sc, this.byNode), bound);
  }

  private isFast(name: string): boolean {
    return this.scope.isFunctionLike && this.scope.kindOf(name) === 'local';
  }

  private bind(b: Bound, t: A.Expr, h: boolean): void {
    switch (t.kind) {
      case 'Name':
        b.add(t.id);
        break;
      case 'Tuple':
      case 'List':
        for (const x of t.elts) this.bind(b, x, h);
        break;
      case 'Starred':
        this.bind(b, t.value, h);
        break;
      case 'Attribute':
        this.expr(t.value, b, h);
        break;
      case 'Subscript':
        this.expr(t.value, b, h);
        this.expr(t.index, b, h);
        break;
      default:
        break;
    }
  }

  private params(a: A.Arguments): Bound {
    const b = new Set<string>();
    for (const p of [...a.args, ...a.kwonly]) b.add(p.name);
    if (a.vararg) b.add(a.vararg.name);
    if (a.kwarg) b.add(a.kwarg.name);
    return b;
  }

  private defaults(a: A.Arguments, b: Bound, h: boolean): void {
    for (const p of [...a.args, ...a.kwonly]) if (p.default !== null) this.expr(p.default, b, h);
  }

  /** visit an expression's loads in evaluation order; `b` grows with := targets evaluated for certain */
  expr(e: A.Expr, b: Bound, h: boolean): void {
    switch (e.kind) {
      case 'Name':
        if (this.isFast(e.id)) {
          if (!h && b.has(e.id)) safeLoads.add(e);
          // past a LOAD_FAST_CHECK the local is bound (scan_block_for_locals clears its unsafe bit)
          b.add(e.id);
        }
        return;
      case 'BoolOp':
        this.expr(e.values[0], b, h);
        for (const v of e.values.slice(1)) this.expr(v, new Set(b), h);
        return;
      case 'IfExp':
        this.expr(e.test, b, h);
        this.expr(e.body, new Set(b), h);
        this.expr(e.orelse, new Set(b), h);
        return;
      case 'Compare':
        this.expr(e.left, b, h);
        this.expr(e.comparators[0], b, h);
        for (const c of e.comparators.slice(1)) this.expr(c, new Set(b), h);
        return;
      case 'NamedExpr':
        this.expr(e.value, b, h);
        b.add(e.target.id);
        return;
      case 'Lambda':
        this.defaults(e.args, b, h);
        this.nested(e, this.params(e.args), (w, pb) => w.expr(e.body, pb, false));
        return;
      case 'Comprehension':
        this.expr(e.generators[0].iter, b, h);
        // list, set and dict comprehensions are inlined (PEP 709): in a handler they are handler code
        // (PEP 709: an inlined one reads the enclosing function's locals as fast locals, bound as here)
        this.nested(e, this.byNode.get(e)?.inlinedInto ? new Set([...b, '.0']) : new Set(['.0']), (w, cb) => w.comprehension(e, cb, e.type !== 'gen' && h));
        return;
      case 'Call':
        this.expr(e.func, b, h);
        for (const a of e.args) this.expr(a, b, h);
        for (const k of e.keywords) this.expr(k.value, b, h);
        return;
      case 'Attribute':
      case 'Starred':
      case 'YieldFrom':
        this.expr(e.value, b, h);
        return;
      case 'Yield':
        if (e.value !== null) this.expr(e.value, b, h);
        return;
      case 'Subscript':
        this.expr(e.value, b, h);
        this.expr(e.index, b, h);
        return;
      case 'Slice':
        for (const x of [e.lower, e.upper, e.step]) if (x !== null) this.expr(x, b, h);
        return;
      case 'BinOp':
        this.expr(e.left, b, h);
        this.expr(e.right, b, h);
        return;
      case 'UnaryOp':
        this.expr(e.operand, b, h);
        return;
      case 'List':
      case 'Tuple':
      case 'Set':
        for (const x of e.elts) this.expr(x, b, h);
        return;
      case 'Dict':
        e.keys.forEach((k, i) => {
          if (k !== null) this.expr(k, b, h);
          this.expr(e.values[i], b, h);
        });
        return;
      case 'FString':
        for (const p of e.parts) if (typeof p !== 'string') this.formatted(p, b, h);
        return;
      default:
        return;
    }
  }

  private formatted(p: A.FormattedValue, b: Bound, h: boolean): void {
    this.expr(p.expr, b, h);
    if (p.spec !== null) for (const s of p.spec) if (typeof s !== 'string') this.formatted(s, b, h);
  }

  private comprehension(e: A.Comprehension, b: Bound, h: boolean): void {
    e.generators.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, b, h);
      this.bind(b, g.target, h);
      for (const c of g.ifs) this.expr(c, b, h);
    });
    this.expr(e.elt, b, h);
    if (e.value !== null) this.expr(e.value, b, h);
    // the target's STORE_FAST and the next load (the first condition, the next iterable or the element)
    e.generators.forEach((g, i) => {
      const next = g.ifs.length > 0 ? g.ifs[0] : i + 1 < e.generators.length ? e.generators[i + 1].iter : e.elt;
      if (g.target.kind === 'Name') this.fuseStoreLoad(g.target, firstLoadOf(next));
    });
  }

  /** a function body from its entry */
  functionBody(body: A.Stmt[], b: Bound): void {
    this.block(body, b, false);
  }

  block(body: A.Stmt[], b: Bound | null, h: boolean): Flow {
    let cur: Flow = { b, onlyViaHandler: h };
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      if (cur.b === null) {
        // unreachable on every path the passes follow: nothing here is borrowed
        cur = this.stmt(s, new Set(), true);
        cur = { b: null, onlyViaHandler: cur.onlyViaHandler };
        continue;
      }
      cur = this.stmt(s, cur.b, cur.onlyViaHandler);
      if (i > 0) this.fuseStoreLoad(lastStore(body[i - 1]), firstLoad(s));
    }
    return cur;
  }

  /** co_varnames index of a fast local (an inlined comprehension's: its host's) */
  private slot(name: string): number {
    const host = this.scope.inlinedInto ?? this.scope;
    return host.varnames.indexOf(name);
  }

  /**
   * insert_superinstructions (Python/flowgraph.c): a STORE_FAST followed on the same line by a
   * LOAD_FAST (both opargs below 16) becomes STORE_FAST_LOAD_FAST, which optimize_load_fast does
   * not borrow (`y = T(); y += v`, `for w in a: w.m()`, `[x for x in a if x]`: dis, 3.14.2)
   */
  private fuseStoreLoad(store: { id: string; line: number } | null, load: A.Name | null): void {
    if (store === null || load === null || store.line !== load.line) return;
    if (!this.isFast(store.id) || !this.isFast(load.id)) return;
    const a = this.slot(store.id);
    const c = this.slot(load.id);
    if (a < 0 || a >= 16 || c < 0 || c >= 16) return;
    safeLoads.delete(load);
  }

  private stmt(s: A.Stmt, b: Bound, h: boolean): Flow {
    const next = (x: Bound | null): Flow => ({ b: x, onlyViaHandler: h });
    switch (s.kind) {
      case 'ExprStmt':
        this.expr(s.value, b, h);
        return next(b);
      case 'Assign':
        this.expr(s.value, b, h);
        for (const t of s.targets) this.bind(b, t, h);
        // `a = b[0] = v`: STORE_FAST a fuses with the load of b (STORE_FAST_LOAD_FAST)
        s.targets.forEach((t, i) => {
          const prev = i > 0 ? s.targets[i - 1] : null;
          if (prev !== null && prev.kind === 'Name' && (t.kind === 'Attribute' || t.kind === 'Subscript')) this.fuseStoreLoad(prev, firstLoadOf(t.value));
        });
        return next(b);
      case 'AugAssign':
        this.expr(s.target, b, h);
        this.expr(s.value, b, h);
        this.bind(b, s.target, h);
        return next(b);
      case 'AnnAssign':
        if (s.value !== null) {
          this.expr(s.value, b, h);
          this.bind(b, s.target, h);
        }
        return next(b);
      case 'Delete':
        for (const t of s.targets) this.unbind(b, t, h);
        return next(b);
      case 'Return':
        if (s.value !== null) this.expr(s.value, b, h);
        return next(null);
      case 'Raise':
        if (s.exc !== null) this.expr(s.exc, b, h);
        if (s.cause !== null) this.expr(s.cause, b, h);
        return next(null);
      case 'Break':
        this.loops[this.loops.length - 1]?.breaks.push(new Set(b));
        return next(null);
      case 'Continue':
        return next(null);
      case 'Assert':
        this.expr(s.test, b, h);
        if (s.msg !== null) this.expr(s.msg, new Set(b), h);
        return next(b);
      case 'If': {
        this.expr(s.test, b, h);
        const x = this.block(s.body, new Set(b), h);
        const y = this.block(s.orelse, new Set(b), h);
        return this.join([x, y]);
      }
      case 'While': {
        const always = (s.test.kind === 'Bool' && s.test.value) || (s.test.kind === 'Int' && s.test.value !== 0);
        const header = new Set(b);
        for (const n of killedIn(s.body)) header.delete(n);
        this.expr(s.test, header, h);
        const loop: Loop = { breaks: [] };
        this.loops.push(loop);
        this.block(s.body, new Set(header), h);
        this.loops.pop();
        // after `while True:` (reached by break only) 3.14.2 leaves the loads plain LOAD_FAST
        // (seen with dis); treat that code as not visited by the pass
        const exits: Flow[] = loop.breaks.map((x) => ({ b: x, onlyViaHandler: h || always }));
        if (!always) exits.push(this.block(s.orelse, new Set(header), h));
        return this.join(exits);
      }
      case 'For': {
        this.expr(s.iter, b, h);
        const header = new Set(b);
        for (const n of killedIn(s.body)) header.delete(n);
        const entry = new Set(header);
        this.bind(entry, s.target, h);
        const loop: Loop = { breaks: [] };
        this.loops.push(loop);
        this.block(s.body, entry, h);
        if (s.target.kind === 'Name' && s.body.length > 0) this.fuseStoreLoad(s.target, firstLoad(s.body[0]));
        this.loops.pop();
        const exits: Flow[] = loop.breaks.map((x) => ({ b: x, onlyViaHandler: h }));
        exits.push(this.block(s.orelse, new Set(header), h));
        return this.join(exits);
      }
      case 'Try': {
        const handlerEntry = new Set(b);
        for (const n of killedIn(s.body)) handlerEntry.delete(n);
        const body = this.block(s.body, new Set(b), h);
        const normal = body.b === null ? body : this.block(s.orelse, body.b, body.onlyViaHandler);
        const outs: Flow[] = [normal];
        for (const hd of s.handlers) {
          const hb = new Set(handlerEntry);
          if (hd.type !== null) this.expr(hd.type, hb, true);
          if (hd.name !== null) hb.add(hd.name);
          const r = this.block(hd.body, hb, true);
          if (r.b !== null && hd.name !== null) r.b.delete(hd.name);
          outs.push({ b: r.b, onlyViaHandler: true });
        }
        const joined = this.join(outs);
        if (s.finalbody.length === 0) return joined;
        // the finally body as the normal path runs it (the copy on the exception path is a handler,
        // flow/finallyCopy.ts); a return/break/continue leaving the try body or else runs a copy
        // inlined before its jump (compiler_unwind_fblock), reached from the entry too
        const jumps = leavesByJump([...s.body, ...s.orelse]);
        const entry = jumps ? (meet([joined.b, handlerEntry]) as Bound) : joined.b ?? handlerEntry;
        const viaHandler = joined.b === null ? !jumps || h : joined.onlyViaHandler;
        const fin = this.block(s.finalbody, new Set(entry), viaHandler);
        return joined.b === null ? { b: null, onlyViaHandler: fin.onlyViaHandler } : fin;
      }
      case 'With': {
        for (const it of s.items) {
          this.expr(it.context, b, h);
          if (it.target !== null) this.bind(b, it.target, h);
        }
        const r = this.block(s.body, b, h);
        const t = s.items[s.items.length - 1].target;
        if (t !== null && t.kind === 'Name' && s.body.length > 0) this.fuseStoreLoad(t, firstLoad(s.body[0]));
        return r;
      }
      case 'Match': {
        this.expr(s.subject, b, h);
        const outs: Flow[] = [next(new Set(b))];
        const last = s.cases[s.cases.length - 1].pattern;
        const wildcard = last.kind === 'MatchAs' && last.pattern === null && last.name === null;
        const tested = s.cases.length - (s.cases.length > 1 && wildcard ? 1 : 0);
        s.cases.forEach((c, i) => {
          const cb = new Set(b);
          this.pattern(c.pattern, cb, h);
          if (c.guard !== null) this.expr(c.guard, cb, h);
          outs.push(this.block(c.body, cb, h));
          // the pattern's last STORE_FAST, then the guard, or the body of the last case tested
          // (the others POP_TOP the subject's copy first): STORE_FAST_LOAD_FAST (dis, 3.14.2)
          if (i < tested) {
            const next = c.guard !== null ? firstLoadOf(c.guard) : i === tested - 1 && c.body.length > 0 ? firstLoad(c.body[0]) : null;
            this.fuseStoreLoad(lastPatternStore(c.pattern, (n) => (this.isFast(n) ? this.slot(n) : -1)), next);
          }
        });
        return this.join(outs);
      }
      case 'FunctionDef':
        for (const d of s.decorators) this.expr(d, b, h);
        this.defaults(s.args, b, h);
        this.nested(s, this.params(s.args), (w, pb) => w.functionBody(s.body, pb));
        b.add(s.name);
        return next(b);
      case 'ClassDef':
        for (const d of s.decorators) this.expr(d, b, h);
        for (const x of s.bases) this.expr(x, b, h);
        for (const k of s.keywords) this.expr(k.value, b, h);
        this.nested(s, new Set(), (w, cb) => w.functionBody(s.body, cb));
        b.add(s.name);
        return next(b);
      case 'Import':
        for (const a of s.names) b.add(a.asname ?? a.name.split('.')[0]);
        return next(b);
      case 'ImportFrom':
        for (const a of s.names) b.add(a.asname ?? a.name);
        return next(b);
      default:
        return next(b);
    }
  }

  private unbind(b: Bound, t: A.Expr, h: boolean): void {
    if (t.kind === 'Name') b.delete(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') for (const x of t.elts) this.unbind(b, x, h);
    else this.bind(b, t, h); // del a.x / del a[i]: loads only (bind adds no name for these)
  }

  private pattern(p: A.Pattern, b: Bound, h: boolean): void {
    switch (p.kind) {
      case 'MatchValue':
        this.expr(p.value, b, h);
        return;
      case 'MatchSequence':
        for (const x of p.patterns) this.pattern(x, b, h);
        return;
      case 'MatchOr':
        // every alternative binds the same names (else a SyntaxError); the first always runs
        this.pattern(p.patterns[0], b, h);
        return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k, b, h);
        for (const x of p.patterns) this.pattern(x, b, h);
        if (p.rest !== null) b.add(p.rest);
        return;
      case 'MatchClass':
        this.expr(p.cls, b, h);
        for (const x of [...p.patterns, ...p.kwdPatterns]) this.pattern(x, b, h);
        return;
      case 'MatchStar':
        if (p.name !== null) b.add(p.name);
        return;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern, b, h);
        if (p.name !== null) b.add(p.name);
        return;
      default:
        return;
    }
  }

  private join(outs: Flow[]): Flow {
    const live = outs.filter((o) => o.b !== null);
    if (live.length === 0) return { b: null, onlyViaHandler: outs.every((o) => o.onlyViaHandler) };
    return { b: meet(live.map((o) => o.b)), onlyViaHandler: live.every((o) => o.onlyViaHandler) };
  }
}

/** mark the borrowable loads of a whole program (run before compiling it, 3.14 profile only) */
export function analyzeBorrowedLoads(module: A.Module, root: Scope, byNode: Map<unknown, Scope>): void {
  if (!profile.borrowedLocalLoads) return;
  new ScopeWalker(root, byNode).functionBody(module.body, new Set());
}

/** loads being compiled as handler code (flow/finallyCopy.ts): never borrowed there */
let handlerCopy: Set<A.Name> | null = null;

/** the load is certainly bound and reached from the entry (see the file's comment) */
export function isSafeLoad(e: A.Expr): boolean {
  return e.kind === 'Name' && safeLoads.has(e) && (handlerCopy === null || !handlerCopy.has(e));
}

/** compile a second copy of some code with `names` loaded strong (the copy an exception runs) */
export function compileAsHandler<T>(names: Set<A.Name>, compile: () => T): T {
  const outer = handlerCopy;
  handlerCopy = outer === null ? names : new Set([...outer, ...names]);
  try {
    return compile();
  } finally {
    handlerCopy = outer;
  }
}

/** the expression holds a jump, a := or a `yield from` (a new basic block before the CALL) */
export function splitsBlock(e: A.Expr | null | undefined): boolean {
  if (e === null || e === undefined) return false;
  switch (e.kind) {
    case 'BoolOp':
    case 'IfExp':
    case 'NamedExpr':
    case 'YieldFrom':
      return true;
    case 'Compare':
      return e.ops.length > 1 || splitsBlock(e.left) || e.comparators.some(splitsBlock);
    case 'Comprehension':
      return e.type !== 'gen' || splitsBlock(e.generators[0].iter);
    case 'Lambda':
      return [...e.args.args, ...e.args.kwonly].some((p) => splitsBlock(p.default));
    case 'Call':
      return splitsBlock(e.func) || e.args.some(splitsBlock) || e.keywords.some((k) => splitsBlock(k.value));
    case 'Attribute':
    case 'Starred':
      return splitsBlock(e.value);
    case 'Yield':
      return splitsBlock(e.value);
    case 'Subscript':
      return splitsBlock(e.value) || splitsBlock(e.index);
    case 'Slice':
      return splitsBlock(e.lower) || splitsBlock(e.upper) || splitsBlock(e.step);
    case 'BinOp':
      return splitsBlock(e.left) || splitsBlock(e.right);
    case 'UnaryOp':
      return splitsBlock(e.operand);
    case 'List':
    case 'Tuple':
    case 'Set':
      return e.elts.some(splitsBlock);
    case 'Dict':
      return e.keys.some(splitsBlock) || e.values.some(splitsBlock);
    case 'FString':
      return e.parts.some((p) => typeof p !== 'string' && splitsFormatted(p));
    default:
      return false;
  }
}

function splitsFormatted(p: A.FormattedValue): boolean {
  return splitsBlock(p.expr) || (p.spec !== null && p.spec.some((s) => typeof s !== 'string' && splitsFormatted(s)));
}

/** which operands of a call are borrowed: the callable (a local), the receiver of obj.method(...) and each argument */
export interface CallBorrows {
  fn: boolean;
  recv: boolean;
  pos: boolean[];
  kw: boolean[];
}

/** LOAD_FAST_BORROW at a call site: null when nothing is borrowed (always, before 3.14) */
export function planBorrows(e: A.Call, _ctx: Ctx): CallBorrows | null {
  if (!profile.borrowedLocalLoads) return null;
  // f(*a) / f(**k): the arguments are collected in a tuple or dict first, which holds them strongly
  if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.name === null)) return null;
  const method = e.func.kind === 'Attribute';
  const operands: A.Expr[] = [method ? (e.func as A.Attribute).value : e.func, ...e.args, ...e.keywords.map((k) => k.value)];
  const ok = new Array<boolean>(operands.length).fill(false);
  let split = false;
  for (let i = operands.length - 1; i >= 0; i--) {
    ok[i] = !split && isSafeLoad(operands[i]);
    if (splitsBlock(operands[i])) split = true;
  }
  if (!ok.some((x) => x)) return null;
  return { fn: !method && ok[0], recv: method && ok[0], pos: ok.slice(1, 1 + e.args.length), kw: ok.slice(1 + e.args.length) };
}

export { callExLending, compileBorrowingCall, lendingArgs } from './borrowCalls';
export { compileFinallyOnError } from './flow/finallyCopy';
export * from './borrowOps';
