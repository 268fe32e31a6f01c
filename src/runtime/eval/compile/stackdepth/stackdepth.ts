// co_stacksize, estimated from the AST: Python/flowgraph.c's stackdepth() walks the instructions
// Python/codegen.c (compile.c in 3.13) emits and keeps the deepest value stack any path reaches.
// RefScope compiles to closures, not instructions, so each construct here stands for the
// instructions CPython 3.13 emits for it and the depth they reach: `ex(e, d)` is the deepest
// point of evaluating `e` on a stack `d` deep (it leaves d + 1), `st(s, d)` a statement's.
// What it serves: a frame's co_framesize (nlocalsplus + stacksize + FRAME_SPECIALS_SIZE), the
// slots the frame takes on the thread's data stack (eval/ceval/dataStack.ts). Measured against
// CPython 3.13.0's co_stacksize by bench/stackSizes.ts; constructs outside that measurement
// (match statements, big displays) are estimates.

import type * as A from '../../../../python/ast';
import type { Scope } from '../../../../python/symtable';
import { optimizeFormat } from '../../../../python/optimizeFormat';

/** the scopes of the nodes (symtable's byNode): a nested function's free variables */
let scopes: Map<unknown, Scope> = new Map();

/** MAX_INT_SIZE (Python/ast_opt.c): a folded int of more bits is left to run time */
const MAX_INT_BITS = 128;

/** STACK_USE_GUIDELINE: past it, displays and calls are built in pieces */
const GUIDE = 30;

const max = Math.max;

/** a constant after the AST optimiser's folding (Python/ast_opt.c) */
function isConst(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Int': case 'Float': case 'Str': case 'Bool': case 'None': case 'Ellipsis': case 'Imag':
      return true;
    case 'FString':
      return e.parts.every((p) => typeof p === 'string');
    case 'UnaryOp':
      return isConst(e.operand);
    case 'BinOp':
      return isConst(e.left) && isConst(e.right) && !zeroDivisor(e) && safeFold(e);
    case 'Tuple':
      return e.elts.every(isConst);
    case 'Name':
      return e.id === '__debug__';
    default:
      return false;
  }
}

/** an int constant's value, when it is one (bigint) */
function intValue(e: A.Expr): bigint | null {
  if (e.kind === 'Int') return BigInt(e.value);
  if (e.kind === 'UnaryOp' && e.op === '-') {
    const v = intValue(e.operand);
    return v === null ? null : -v;
  }
  if (e.kind === 'BinOp' && (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '**')) {
    const a = intValue(e.left);
    const b = intValue(e.right);
    if (a === null || b === null || (e.op === '**' && b < 0n)) return null;
    return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a ** b;
  }
  return null;
}

function bits(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/** safe_multiply / safe_power / safe_lshift / safe_mod: the folds ast_opt leaves to run time */
function safeFold(e: A.BinOp): boolean {
  if (e.op === '%' && (e.left.kind === 'Str' || e.left.kind === 'FString')) return false;
  if (e.op !== '*' && e.op !== '**' && e.op !== '<<') return true;
  const a = intValue(e.left);
  const b = intValue(e.right);
  if (a === null || b === null) {
    if (e.op !== '*') return true;
    // a sequence repeated: at most 4096 characters (256 items for a tuple)
    const n = a ?? b;
    const seq = a === null ? e.left : e.right;
    if (n === null) return true;
    const len = seq.kind === 'Str' ? seq.value.length : seq.kind === 'Tuple' ? seq.elts.length * 16 : 0;
    return len * Number(n) <= 4096;
  }
  if (e.op === '*') return bits(a) + bits(b) <= MAX_INT_BITS;
  if (e.op === '**') return a === 0n || bits(a) * Number(b) <= MAX_INT_BITS;
  return a === 0n || bits(a) + Number(b) <= MAX_INT_BITS;
}

function zeroDivisor(e: A.BinOp): boolean {
  return (e.op === '/' || e.op === '//' || e.op === '%') && (e.right.kind === 'Int' || e.right.kind === 'Float') && Number(e.right.value) === 0;
}

/** the truth of a test the compiler decides (expr_constant): true, false, or null (unknown) */
function constTruth(e: A.Expr): boolean | null {
  switch (e.kind) {
    case 'Bool': return e.value;
    case 'None': return false;
    case 'Int': return Number(e.value) !== 0;
    case 'Str': return e.value.length > 0;
    case 'Name': return e.id === '__debug__' ? true : null;
    default: return null;
  }
}

/** optimize_format: `'...' % (a, b)` compiled as an f-string */
function formatAsFString(e: A.BinOp): A.FString | null {
  if (e.op !== '%' || e.right.kind !== 'Tuple' || e.right.elts.length === 0 || e.left.kind !== 'Str' || e.left.bytes) return null;
  const elts = e.right.elts;
  if (elts.some((x) => x.kind === 'Starred') || isConst(e.right)) return null;
  return optimizeFormat(e, e.left.value, elts);
}

function seq(es: A.Expr[], d: number): number {
  let m = d;
  es.forEach((e, i) => (m = max(m, ex(e, d + i))));
  return max(m, d + es.length);
}

/** starunpack_helper: a list, set or tuple display */
function display(elts: A.Expr[], d: number, tuple: boolean): number {
  const n = elts.length;
  if (tuple && n > 0 && elts.every(isConst)) return d + 1;
  if (n > 2 && elts.every(isConst)) return d + 2; // BUILD_LIST 0; LOAD_CONST; LIST_EXTEND
  const starred = elts.some((e) => e.kind === 'Starred');
  if (!starred && n <= GUIDE) return seq(elts, d);
  // built in pieces: the items before the first star, then one extend or append at a time
  const first = starred ? elts.findIndex((e) => e.kind === 'Starred') : 0;
  let m = seq(elts.slice(0, first), d);
  for (let i = first; i < n; i++) {
    const e = elts[i];
    m = max(m, ex(e.kind === 'Starred' ? e.value : e, d + 1));
  }
  return max(m, d + 2);
}

/** compiler_dict: pairs pushed then BUILD_MAP, at most 15 at a time (compiler_subdict) */
function dict(e: A.DictExpr, d: number): number {
  let m = d + 1;
  let have = false;
  let pairs: number[] = [];
  const sub = (): void => {
    const base = d + (have ? 1 : 0);
    const n = pairs.length;
    if (n > 1 && n * 2 <= GUIDE && pairs.every((i) => isConst(e.keys[i]!))) {
      // the values, then the keys' tuple: BUILD_CONST_KEY_MAP
      pairs.forEach((i, j) => (m = max(m, ex(e.values[i], base + j))));
      m = max(m, base + n + 1);
    } else if (n * 2 > GUIDE) {
      // BUILD_MAP 0, then MAP_ADD each pair
      for (const i of pairs) m = max(m, ex(e.keys[i]!, base + 1), ex(e.values[i], base + 2), base + 3);
    } else {
      pairs.forEach((i, j) => (m = max(m, ex(e.keys[i]!, base + 2 * j), ex(e.values[i], base + 2 * j + 1), base + 2 * j + 2)));
    }
    have = true;
    pairs = [];
  };
  for (let i = 0; i < e.values.length; i++) {
    if (e.keys[i] === null) {
      if (pairs.length > 0) sub();
      have = true;
      m = max(m, ex(e.values[i], d + 1));
    } else {
      pairs.push(i);
      if ((pairs.length - 1) * 2 > GUIDE) sub();
    }
  }
  if (pairs.length > 0) sub();
  return m;
}

/** FORMAT_SIMPLE / FORMAT_WITH_SPEC pieces, then BUILD_STRING */
function fstring(parts: (string | A.FormattedValue)[], d: number): number {
  const pieces = parts.filter((p) => typeof p !== 'string' || p.length > 0);
  let m = d + 1;
  pieces.forEach((p, i) => {
    if (typeof p === 'string') return;
    const at = d + i + (p.selfDoc !== null ? 1 : 0);
    m = max(m, ex(p.expr, at), at + 1);
    if (p.spec !== null) m = max(m, fstring(p.spec, at + 1));
  });
  return max(m, d + pieces.length);
}

function call(e: A.Call, d: number): number {
  const f = e.func;
  const starred = e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.name === null);
  let m: number;
  if (f.kind === 'Attribute' && !starred && e.args.length + e.keywords.length < GUIDE) {
    // maybe_optimize_method_call: LOAD_ATTR with the method bit (or LOAD_SUPER_ATTR)
    m = superCall(f.value) ? d + 3 : ex(f.value, d);
    m = max(m, d + 2);
  } else {
    m = max(ex(f, d), d + 2); // the callable and its NULL
  }
  if (starred) {
    // CALL_FUNCTION_EX: a tuple of the positional arguments, then a dict of the keywords
    const pos = e.args.length === 1 && e.args[0].kind === 'Starred' ? ex(e.args[0].value, d + 2) : display(e.args, d + 2, true);
    m = max(m, pos, d + 3);
    if (e.keywords.length > 0) {
      let built = false;
      let pairs = 0;
      for (const k of e.keywords) {
        if (k.name === null) {
          m = max(m, ex(k.value, d + 4));
          built = true;
          pairs = 0;
        } else {
          const base = d + 3 + (built ? 1 : 0) + 2 * pairs;
          m = max(m, ex(k.value, base + 1), base + 2);
          pairs++;
        }
      }
      m = max(m, d + 4);
    }
    return m;
  }
  const base = d + 2;
  m = max(m, seq(e.args, base));
  const kb = base + e.args.length;
  m = max(m, seq(e.keywords.map((k) => k.value), kb));
  if (e.keywords.length > 0) m = max(m, kb + e.keywords.length + 1); // kwnames for CALL_KW
  return m;
}

/** super().name(...) or super(C, self).name(...): LOAD_SUPER_ATTR on three operands */
function superCall(v: A.Expr): boolean {
  return v.kind === 'Call' && v.func.kind === 'Name' && v.func.id === 'super' && v.keywords.length === 0 && (v.args.length === 0 || v.args.length === 2);
}

function subscript(e: A.Subscript, d: number): number {
  const s = e.index;
  let m = ex(e.value, d);
  if (s.kind === 'Slice' && s.step === null) {
    // BINARY_SLICE: the container, start and stop
    m = max(m, s.lower === null ? d + 2 : ex(s.lower, d + 1), s.upper === null ? d + 3 : ex(s.upper, d + 2));
    return max(m, d + 3);
  }
  return max(m, ex(s, d + 1), d + 2);
}

function comprehension(e: A.Comprehension, d: number): number {
  const gens = e.generators;
  if (e.type === 'gen') {
    // MAKE_FUNCTION (its closure built first); the outermost iterator over it; CALL 0
    const nfree = scopes.get(e)?.frees.length ?? 0;
    return max(d + nfree, d + 2, ex(gens[0].iter, d + 1));
  }
  const outer = ex(gens[0].iter, d);
  // PEP 709: inlined in this frame; the names it binds saved below (LOAD_FAST_AND_CLEAR)
  const saved = new Set<string>();
  for (const g of gens) targetNames(g.target, saved);
  const k = saved.size;
  let m = max(outer, d + 1 + k);
  let base = d + k + 2; // [saved..., result, iterator]
  gens.forEach((g, i) => {
    if (i > 0) {
      m = max(m, ex(g.iter, base));
      base++;
    }
    m = max(m, base + 1, store(g.target, base));
    for (const c of g.ifs) m = max(m, jumpIf(c, base));
  });
  m = max(m, ex(e.elt, base));
  if (e.value !== null) m = max(m, ex(e.value, base + 1));
  return m;
}

function targetNames(t: A.Expr, out: Set<string>): void {
  if (t.kind === 'Name') out.add(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') for (const x of t.elts) targetNames(x, out);
  else if (t.kind === 'Starred') targetNames(t.value, out);
}

/** MAKE_FUNCTION with its attributes: defaults, keyword defaults, closure */
function makeFunction(args: A.Arguments | null, d: number, node: unknown): number {
  const nfree = scopes.get(node)?.frees.length ?? 0;
  let m = d + 1;
  let n = 0;
  if (args !== null) {
    const defs = args.args.filter((p) => p.default !== null).map((p) => p.default!);
    if (defs.length > 0) {
      m = max(m, display(defs, d, true));
      n++;
    }
    const kw = args.kwonly.filter((p) => p.default !== null);
    if (kw.length > 0) {
      kw.forEach((p, i) => (m = max(m, d + n + 2 * i + 1, ex(p.default!, d + n + 2 * i + 1))));
      m = max(m, d + n + 2 * kw.length);
      n++;
    }
  }
  if (nfree > 0) {
    // LOAD_CLOSURE each, BUILD_TUPLE
    m = max(m, d + n + nfree);
    n++;
  }
  return max(m, d + n + 1);
}

export function ex(e: A.Expr, d: number): number {
  if (isConst(e)) return d + 1;
  switch (e.kind) {
    case 'Name': return d + 1;
    case 'FString': return fstring(e.parts, d);
    case 'List': case 'Set': return display(e.elts, d, false);
    case 'Tuple': return display(e.elts, d, true);
    case 'Dict': return dict(e, d);
    case 'BinOp': {
      const f = formatAsFString(e);
      if (f !== null) return fstring(f.parts, d);
      return max(ex(e.left, d), ex(e.right, d + 1));
    }
    case 'UnaryOp': return ex(e.operand, d);
    case 'BoolOp': return max(d + 2, ...e.values.map((v) => ex(v, d)));
    case 'Compare': {
      let m = ex(e.left, d);
      for (const c of e.comparators) m = max(m, ex(c, d + 1));
      return max(m, e.ops.length > 1 ? d + 3 : d + 2);
    }
    case 'IfExp': return max(jumpIf(e.test, d), ex(e.body, d), ex(e.orelse, d));
    case 'Call': return call(e, d);
    case 'Attribute': return max(ex(e.value, d), d + 1);
    case 'Subscript': return subscript(e, d);
    case 'Slice': return max(d + 2, e.lower === null ? d : ex(e.lower, d), e.upper === null ? d : ex(e.upper, d + 1), e.step === null ? d : ex(e.step, d + 2));
    case 'Lambda': return makeFunction(e.args, d, e);
    case 'Comprehension': return comprehension(e, d);
    case 'Starred': return ex(e.value, d);
    case 'Yield': return max(d + 1, e.value === null ? d : ex(e.value, d));
    case 'YieldFrom': return max(ex(e.value, d), d + 2);
    case 'NamedExpr': return max(ex(e.value, d), d + 2);
    default: return d + 1;
  }
}

/** compiler_jump_if: a test that ends in a conditional jump */
function jumpIf(e: A.Expr, d: number): number {
  switch (e.kind) {
    case 'UnaryOp':
      if (e.op === 'not') return jumpIf(e.operand, d);
      break;
    case 'BoolOp':
      return max(...e.values.map((v) => jumpIf(v, d)));
    case 'IfExp':
      return max(jumpIf(e.test, d), jumpIf(e.body, d), jumpIf(e.orelse, d));
    case 'Compare': {
      // `x is None`: LOAD_CONST None; IS_OP; POP_JUMP becomes POP_JUMP_IF_NONE (flowgraph.c)
      if (e.ops.length === 1 && (e.ops[0] === 'is' || e.ops[0] === 'is not') && e.comparators[0].kind === 'None') return ex(e.left, d);
      break;
    }
  }
  return ex(e, d);
}

/** a store to a target whose value is on top of a stack `d` deep (the value included) */
function store(t: A.Expr, d: number): number {
  switch (t.kind) {
    case 'Attribute': return max(ex(t.value, d), d + 1);
    case 'Subscript':
      if (t.index.kind === 'Slice' && t.index.step === null) {
        const s = t.index;
        return max(ex(t.value, d), s.lower === null ? d + 2 : ex(s.lower, d + 1), s.upper === null ? d + 3 : ex(s.upper, d + 2), d + 3);
      }
      return max(ex(t.value, d), ex(t.index, d + 1), d + 2);
    case 'Tuple': case 'List': {
      // UNPACK_SEQUENCE (or UNPACK_EX): the items, stored first to last
      const n = t.elts.length;
      let m = d - 1 + n;
      t.elts.forEach((x, i) => (m = max(m, store(x.kind === 'Starred' ? x.value : x, d - 1 + n - i))));
      return m;
    }
    case 'Starred': return store(t.value, d);
    default: return d;
  }
}

function augAssign(s: A.AugAssign, d: number): number {
  const t = s.target;
  if (t.kind === 'Attribute') return max(ex(t.value, d), d + 2, ex(s.value, d + 2));
  if (t.kind === 'Subscript') {
    if (t.index.kind === 'Slice' && t.index.step === null) return max(store(t, d), d + 6, ex(s.value, d + 4));
    return max(ex(t.value, d), ex(t.index, d + 1), d + 4, ex(s.value, d + 3));
  }
  return max(d + 1, ex(s.value, d + 1));
}

const enum Kind { Function, Module, Class }

interface Ctx {
  kind: Kind;
  /** the unwinding a `return` does on its way out: the extra depth it needs above its value */
  unwind: number;
}

function terminal(s: A.Stmt): boolean {
  return s.kind === 'Return' || s.kind === 'Raise' || s.kind === 'Break' || s.kind === 'Continue';
}

function block(body: A.Stmt[], d: number, c: Ctx): number {
  let m = d;
  for (const s of body) {
    m = max(m, st(s, d, c));
    if (terminal(s)) break;
  }
  return m;
}

function handlersDepth(t: A.Try, d: number, c: Ctx): number {
  // SETUP_CLEANUP (+2) over PUSH_EXC_INFO; the cleanup's COPY 3
  let m = d + 4;
  for (const h of t.handlers) {
    if (h.type !== null) m = max(m, ex(h.type, d + 2));
    m = max(m, block(h.body, d + 1, { ...c, unwind: max(c.unwind, 1) }));
    if (h.name !== null) m = max(m, d + 4);
  }
  return m;
}

function st(s: A.Stmt, d: number, c: Ctx): number {
  switch (s.kind) {
    case 'ExprStmt': return isConst(s.value) ? d : ex(s.value, d);
    case 'Assign': {
      // a = b = value: COPY 1 before each store but the last
      let m = ex(s.value, d);
      const n = s.targets.length;
      s.targets.forEach((t, i) => (m = max(m, store(t, i < n - 1 ? d + 2 : d + 1))));
      return m;
    }
    case 'AugAssign': return augAssign(s, d);
    case 'AnnAssign': {
      let m = s.value === null ? d : max(ex(s.value, d), store(s.target, d + 1));
      if (c.kind !== Kind.Function && s.simple && s.annotation !== undefined) m = max(m, ex(s.annotation, d), d + 3);
      return m;
    }
    case 'Delete': return max(d, ...s.targets.map((t) => (t.kind === 'Subscript' ? max(ex(t.value, d), ex(t.index, d + 1)) : t.kind === 'Attribute' ? ex(t.value, d) : d)));
    case 'Return':
      // (RETURN_CONST counts as its LOAD_CONST: stackdepth runs before that fusion)
      return max(s.value === null ? d + 1 : ex(s.value, d), d + 1 + c.unwind);
    case 'If': {
      const t = constTruth(s.test);
      if (t === true) return block(s.body, d, c);
      if (t === false) return block(s.orelse, d, c);
      return max(jumpIf(s.test, d), block(s.body, d, c), block(s.orelse, d, c));
    }
    case 'While': {
      const t = constTruth(s.test);
      return max(t === null ? jumpIf(s.test, d) : d, block(s.body, d, c), block(s.orelse, d, c));
    }
    case 'For': {
      // GET_ITER; FOR_ITER pushes the next item over the iterator
      const inner = { ...c, unwind: c.unwind + 1 };
      return max(ex(s.iter, d), d + 2, store(s.target, d + 2), block(s.body, d + 1, inner), block(s.orelse, d, c));
    }
    case 'Try': {
      if (s.finalbody.length > 0) {
        // SETUP_FINALLY; the body; the finally body inline, then again over the exception
        const inner: Ctx = { ...c, unwind: c.unwind };
        const body = s.handlers.length > 0 ? max(block(s.body, d, inner), handlersDepth(s, d, inner), block(s.orelse, d, inner)) : block(s.body, d, inner);
        return max(body, block(s.finalbody, d, c), block(s.finalbody, d + 2, c), d + 4, retInTry(s) ? block(s.finalbody, d + 1, c) : d);
      }
      return max(block(s.body, d, c), handlersDepth(s, d, c), block(s.orelse, d, c));
    }
    case 'Raise': return max(d, s.exc === null ? d : ex(s.exc, d), s.cause === null ? d : ex(s.cause, d + 1));
    case 'Assert': return max(jumpIf(s.test, d), d + 1, s.msg === null ? d : ex(s.msg, d + 1));
    case 'Import': return max(d + 2, ...s.names.map((a) => (a.asname !== null && a.name.includes('.') ? d + 2 : d + 1)));
    case 'ImportFrom': return d + 2;
    case 'FunctionDef': {
      const decos = seq(s.decorators, d);
      const at = d + s.decorators.length;
      return max(decos, makeFunction(s.args, at, s), annotations(s, at, c), at + 1);
    }
    case 'ClassDef': {
      const decos = seq(s.decorators, d);
      const at = d + s.decorators.length;
      // LOAD_BUILD_CLASS; PUSH_NULL; the body's function; the name; the bases
      const bases = seq(s.bases, at + 4);
      let m = max(decos, at + 4, bases);
      if (s.keywords.length > 0) m = max(m, seq(s.keywords.map((k) => k.value), at + 4 + s.bases.length), at + 5 + s.bases.length + s.keywords.length);
      return m;
    }
    case 'With': return withStmt(s, 0, d, c);
    case 'Match': return matchStmt(s, d, c);
    default: return d;
  }
}

function retInTry(t: A.Try): boolean {
  return [t.body, t.orelse, ...t.handlers.map((h) => h.body)].some((b) => b.some((x) => x.kind === 'Return' && x.value !== null));
}

/** compiler_visit_annotations (3.13): name and value pairs in a tuple, in module and class bodies and functions */
function annotations(s: A.FunctionDef, d: number, _c: Ctx): number {
  const ann: A.Expr[] = [];
  for (const p of [...s.args.args, ...(s.args.vararg ? [s.args.vararg] : []), ...s.args.kwonly, ...(s.args.kwarg ? [s.args.kwarg] : [])]) if (p.annotation) ann.push(p.annotation);
  if (s.returns) ann.push(s.returns);
  if (ann.length === 0) return d;
  let m = d;
  ann.forEach((a, i) => (m = max(m, d + 2 * i + 1, ex(a, d + 2 * i + 1))));
  return max(m, d + 2 * ann.length);
}

/** compiler_with: BEFORE_WITH leaves __exit__ under the body; the handler reaches five above it */
function withStmt(s: A.With, i: number, d: number, c: Ctx): number {
  if (i === s.items.length) return block(s.body, d, c);
  const item = s.items[i];
  let m = max(ex(item.context, d), d + 2, d + 5);
  if (item.target !== null) m = max(m, store(item.target, d + 2));
  // a return inside: the value under __exit__ and its three Nones
  return max(m, withStmt(s, i + 1, d + 1, { ...c, unwind: max(c.unwind + 1, 4) }));
}

/** match: the subject stays on the stack while the cases try it (an estimate) */
function matchStmt(s: A.Match, d: number, c: Ctx): number {
  let m = ex(s.subject, d);
  for (const k of s.cases) {
    m = max(m, d + 3 + patternDepth(k.pattern));
    if (k.guard !== null) m = max(m, jumpIf(k.guard, d));
    m = max(m, block(k.body, d, c));
  }
  return m;
}

function patternDepth(p: A.Pattern): number {
  switch (p.kind) {
    case 'MatchSequence': return p.patterns.length + max(0, ...p.patterns.map(patternDepth));
    case 'MatchMapping': return p.keys.length + 2 + max(0, ...p.patterns.map(patternDepth));
    case 'MatchClass': return p.patterns.length + p.kwdAttrs.length + 2 + max(0, ...[...p.patterns, ...p.kwdPatterns].map(patternDepth));
    case 'MatchOr': return 1 + max(0, ...p.patterns.map(patternDepth));
    case 'MatchAs': return p.pattern === null ? 0 : patternDepth(p.pattern);
    default: return 1;
  }
}

/**
 * co_stacksize (CPython 3.13's code generator) of the code of a function, lambda or class body
 * (`node`) or of a module; `byNode` is the symbol table's map of scopes (free variables, cells).
 */
export function stackSizeOf(node: A.FunctionDef | A.Lambda | A.ClassDef | A.Module, byNode: Map<unknown, Scope>): number {
  scopes = byNode;
  try {
    switch (node.kind) {
      // every code object ends in a RETURN_CONST (its LOAD_CONST counted) unless unreachable
      case 'FunctionDef': return max(1, block(docless(node.body), 0, { kind: Kind.Function, unwind: 0 }));
      case 'Lambda': return ex(node.body, 0);
      // __module__ from __name__; the __classcell__ copy; __static_attributes__
      case 'ClassDef': return max(1, byNode.get(node)?.cells.has('__class__') ? 2 : 0, block(docless(node.body), 0, { kind: Kind.Class, unwind: 0 }));
      // a docstring is stored in __doc__
      case 'Module': return max(1, block(docless(node.body), 0, { kind: Kind.Module, unwind: 0 }));
    }
  } finally {
    scopes = new Map();
  }
}

function hasDoc(body: A.Stmt[]): boolean {
  const f = body[0];
  return f !== undefined && f.kind === 'ExprStmt' && f.value.kind === 'Str' && !f.value.bytes;
}

function docless(body: A.Stmt[]): A.Stmt[] {
  return hasDoc(body) ? body.slice(1) : body;
}
