// Constants as CPython's compiler makes them. Python/ast_opt.c folds a tuple display of
// constants (fold_tuple) and an operator applied to constants (fold_binop, fold_unaryop, within
// safe_multiply / safe_power / safe_lshift's limits) into one Constant; Python/compile.c's
// merge_consts_recursive then makes equal constants of one compilation a single object, the
// items of constant tuples included. A constant tuple is referenced by each code object whose
// co_consts holds it, by the tuples that contain it, and on 3.11-3.13 by the parser's arena
// (alive while the program runs): `t = (1, 2); sys.getrefcount(t)` reads 4 there, 3 on 3.14,
// which folds tuples in the code generator instead (gh-126835).

import type * as A from '../../../python/ast';
import type { Scope } from '../../../python/symtable';
import { PyFloat } from '../../objects/float';
import { PyBytes, bytesConstant, freshBytes } from '../../objects/bytes';
import { PyTuple } from '../../objects/tuple';
import { incref } from '../../objects/object';
import { gcNew } from '../../gc/heap';
import { binaryOp, unaryOp } from '../ops';
import { profile } from '../../versions';

export type Folded = { ok: true; v: unknown } | { ok: false };
const NO: Folded = { ok: false };

/** ast_opt.c's limits: MAX_INT_SIZE (bits), MAX_COLLECTION_SIZE, MAX_STR_SIZE */
const MAX_INT_SIZE = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

interface Canonical {
  t: PyTuple | PyBytes;
  scopes: Set<Scope>;
}

/** one compilation's constants (c_const_cache), by the compilation's node→scope map */
const caches = new WeakMap<Map<unknown, Scope>, Map<string, Canonical>>();

function cacheOf(byNode: Map<unknown, Scope>): Map<string, Canonical> {
  let cache = caches.get(byNode);
  if (cache === undefined) caches.set(byNode, (cache = new Map()));
  return cache;
}

/**
 * A bytes literal of two bytes or more (b'' and single bytes are shared objects): one object
 * per value in a compilation, held by the parser's arena (the Constant node, every version) and
 * by each code object using it. A folded bytes value stays the interpreter's, uncounted here.
 */
function canonicalBytes(v: string, byNode: Map<unknown, Scope>): Canonical {
  const cache = cacheOf(byNode);
  const k = 'y' + JSON.stringify(v);
  let found = cache.get(k);
  if (found === undefined) {
    const b = freshBytes(v);
    found = { t: b, scopes: new Set() };
    cache.set(k, found);
  }
  return found;
}

/** a literal's or a tuple item's bytes object */
function itemBytes(b: PyBytes, byNode: Map<unknown, Scope>): PyBytes {
  if (b.v.length <= 1 || (b as { immortal?: boolean }).immortal !== true) return b;
  return incref(canonicalBytes(b.v, byNode).t as PyBytes);
}

/** the object of a bytes literal used by the code of `scope` */
export function constBytesFor(v: string, scope: Scope, byNode: Map<unknown, Scope>): PyBytes {
  if (v.length <= 1) return bytesConstant(v);
  const found = canonicalBytes(v, byNode);
  use(found, scope);
  return found.t as PyBytes;
}

function use(found: Canonical, scope: Scope): void {
  if (!found.scopes.has(scope)) {
    found.scopes.add(scope);
    found.t.rc++;
  }
}

function isInt(v: unknown): v is number | bigint {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
}

function bits(v: number | bigint): number {
  const a = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  return a === 0n ? 0 : a.toString(2).length;
}

function size(v: unknown): number | null {
  if (v instanceof PyTuple) return v.items.length;
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyBytes) return v.v.length;
  return null;
}

/** safe_multiply / safe_power / safe_lshift: a result too large is left to run time */
function safe(op: A.BinOperator, a: unknown, b: unknown): boolean {
  if (op === '*') {
    if (isInt(a) && isInt(b)) return bits(a) + bits(b) <= MAX_INT_SIZE;
    const [seq, n] = isInt(b) ? [a, b] : [b, a];
    const sz = size(seq);
    if (sz === null || !isInt(n)) return true;
    const limit = seq instanceof PyTuple ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    return !(Number(n) > 0 && sz > limit / Number(n));
  }
  if (op === '**' && isInt(a) && isInt(b) && a != 0 && b > 0) return !(bits(a) > Math.floor(MAX_INT_SIZE / Number(b)));
  if (op === '<<' && isInt(a) && isInt(b) && a != 0 && b >= 0) return !(Number(b) > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - Number(b));
  if (op === '%' && typeof a === 'string') return false; // a format: RefScope leaves it to run time
  return true;
}

function scalar(v: unknown): boolean {
  return v === null || typeof v === 'boolean' || typeof v === 'string' || isInt(v) || v instanceof PyFloat || v instanceof PyBytes;
}

/** the key under which CPython merges equal constants (type-aware: 1, 1.0 and True differ) */
function constKey(v: unknown): string {
  if (v instanceof PyTuple) return '(' + v.items.map(constKey).join(',') + ')';
  if (v instanceof PyFloat) return 'f' + (Object.is(v.v, -0) ? '-0' : String(v.v));
  if (v instanceof PyBytes) return 'y' + JSON.stringify(v.v);
  if (typeof v === 'boolean') return 'b' + v;
  if (typeof v === 'string') return 's' + JSON.stringify(v);
  if (v === null) return 'N';
  return 'i' + String(v);
}

/** a tuple ast_opt folded, before merge_consts_recursive gives it its object */
export class ConstTuple {
  constructor(readonly items: unknown[]) {}
}

function key(v: unknown): string {
  return v instanceof ConstTuple ? '(' + v.items.map(key).join(',') + ')' : constKey(v);
}

/** the value binaryOp sees for a folded tuple (a throwaway tuple of the same items) */
function operand(v: unknown): unknown {
  return v instanceof ConstTuple ? new PyTuple(v.items) : v;
}

/**
 * The folded value of `e` when ast_opt would fold it: numbers, strings, bytes, None, booleans,
 * and tuples of those (as ConstTuple, given their object by constTuple).
 */
export function foldConstant(e: A.Expr): Folded {
  switch (e.kind) {
    case 'Int': case 'Bool':
      return { ok: true, v: e.value };
    case 'Float':
      return { ok: true, v: new PyFloat(e.value) };
    case 'Str':
      return { ok: true, v: e.bytes ? bytesConstant(e.value) : e.value };
    case 'None':
      return { ok: true, v: null };
    case 'UnaryOp': {
      if (e.op === 'not') return NO;
      const c = foldConstant(e.operand);
      if (!c.ok || !(isInt(c.v) || c.v instanceof PyFloat || typeof c.v === 'boolean')) return NO;
      try {
        return { ok: true, v: unaryOp(e.op, c.v) };
      } catch {
        return NO;
      }
    }
    case 'BinOp': {
      if (e.op === '@') return NO;
      const l = foldConstant(e.left);
      if (!l.ok) return NO;
      const r = foldConstant(e.right);
      if (!r.ok) return NO;
      const a = operand(l.v);
      const b = operand(r.v);
      if (!safe(e.op, a, b)) return NO;
      const tuples = a instanceof PyTuple || b instanceof PyTuple;
      if (!tuples && !(scalar(a) && scalar(b))) return NO;
      let v: unknown;
      try {
        v = binaryOp(e.op, a, b);
      } catch {
        return NO;
      }
      if (typeof v === 'string' && [...v].length > MAX_STR_SIZE) return NO;
      if (v instanceof PyTuple) return { ok: true, v: new ConstTuple(v.items) };
      // a folded bytes value is a constant like a literal (the interpreter's, uncounted here)
      if (v instanceof PyBytes) return { ok: true, v: bytesConstant(v.v) };
      return scalar(v) ? { ok: true, v } : NO;
    }
    case 'Tuple': {
      if (e.elts.length === 0) return NO;
      const vals: unknown[] = [];
      for (const x of e.elts) {
        if (x.kind === 'Starred') return NO;
        const c = foldConstant(x);
        if (!c.ok) return NO;
        vals.push(c.v);
      }
      return { ok: true, v: new ConstTuple(vals) };
    }
    default:
      return NO;
  }
}

/** merge_consts_recursive: this compilation's one tuple equal to `c` (its items merged too) */
function canonicalTuple(c: ConstTuple, byNode: Map<unknown, Scope>): Canonical {
  const cache = cacheOf(byNode);
  const k = key(c);
  let found = cache.get(k);
  if (found === undefined) {
    // a nested tuple is held by each tuple made with it
    const items = c.items.map((x) => (x instanceof ConstTuple ? incref(canonicalTuple(x, byNode).t) : x instanceof PyBytes ? itemBytes(x, byNode) : x));
    const t = gcNew(new PyTuple(items));
    // the arena's reference to the Constant ast_opt made (3.11-3.13)
    t.rc = profile.tupleConstantsInAstArena ? 1 : 0;
    found = { t, scopes: new Set() };
    cache.set(k, found);
  }
  return found;
}

/** the object of a folded tuple used by the code of `scope` (its co_consts holds it once) */
export function constTupleFor(c: ConstTuple, scope: Scope, byNode: Map<unknown, Scope>): PyTuple {
  const found = canonicalTuple(c, byNode);
  use(found, scope);
  return found.t as PyTuple;
}
