// Assignment and deletion targets: STORE_* steal the value's reference; DELETE_* drop one.

import { releaseBorrowedSlot } from '../borrow';
import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, obs } from '../../objects/object';
import { PyCell } from '../../objects/function';
import { setAttr, delAttr } from '../attr';
import { setItem, delItem } from '../protocols';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { newList } from '../../objects/list';
import { PyList } from '../../objects/list';
import { PyTuple } from '../../objects/tuple';
import { raise, valueError } from '../errors';
import * as BT from '../../objects/builtinTypes';
import { nameError, unboundLocal, unboundFree } from './names';
import { compileExpr, type Ctx } from './expr';
import { borrowPart } from '../../parts';
import { profile } from '../../versions';

/** store into the target, consuming the reference to v */
export type StoreFn = (f: Frame, v: unknown) => void;
export type DelFn = (f: Frame) => void;

/** `value`: the assigned expression of a one-target assignment (3.14 may borrow it for the store) */
export function compileStore(t: A.Expr, ctx: Ctx, value?: A.Expr): StoreFn {
  if (value !== undefined && profile.borrowedLocalLoads && (t.kind === 'Attribute' || t.kind === 'Subscript')) {
    return borrowPart().compileLendingStore(t, ctx, value, compileStore);
  }
  switch (t.kind) {
    case 'Name':
      return storeName(t.id, ctx);
    case 'Attribute': {
      const obj = compileExpr(t.value, ctx);
      const name = t.attr;
      return (f, v) => {
        let o: unknown;
        try {
          o = obj(f);
        } catch (x) {
          decref(v);
          throw x;
        }
        try {
          setAttr(o, name, v);
        } finally {
          decref(v);
          decref(o);
        }
      };
    }
    case 'Subscript': {
      const obj = compileExpr(t.value, ctx);
      const key = compileExpr(t.index, ctx);
      return (f, v) => {
        let o: unknown;
        let k: unknown;
        try {
          o = obj(f);
          try {
            k = key(f);
          } catch (x) {
            decref(o);
            throw x;
          }
        } catch (x) {
          decref(v);
          throw x;
        }
        try {
          setItem(o, k, v);
        } finally {
          decref(v);
          decref(o);
          decref(k);
        }
      };
    }
    case 'Tuple':
    case 'List':
      return compileUnpack(t.elts, ctx);
    case 'Starred':
      return () => raise(BT.T_SyntaxError, 'starred assignment target must be in a list or tuple');
    default:
      return () => raise(BT.T_SyntaxError, 'cannot assign to expression');
  }
}

export function storeName(name: string, ctx: Ctx): StoreFn {
  const kind = ctx.scope.kindOf(name);
  switch (kind) {
    case 'local': {
      const i = ctx.scope.slot(name);
      return (f, v) => {
        const old = f.locals[i];
        if (f.borrowed !== null) releaseBorrowedSlot(f, i);
        f.locals[i] = v;
        if (obs !== null) obs.local(f);
        if (old !== undefined) decref(old);
      };
    }
    case 'cell':
    case 'free':
    case 'classderef': {
      const i = ctx.scope.slot(name);
      if (kind === 'classderef') return (f, v) => f.ns!.setSteal(name, v);
      return (f, v) => {
        const c = f.locals[i] as PyCell;
        const old = c.contents;
        c.contents = v;
        if (obs !== null) obs.mutate(c);
        if (old !== undefined) decref(old);
      };
    }
    case 'global':
      return (f, v) => f.globals.setSteal(name, v);
    case 'name':
      return (f, v) => (f.ns ?? f.globals).setSteal(name, v);
  }
}

/** UNPACK_SEQUENCE / UNPACK_EX */
function compileUnpack(elts: A.Expr[], ctx: Ctx): StoreFn {
  const starAt = elts.findIndex((e) => e.kind === 'Starred');
  const stores = elts.map((e) => compileStore(e.kind === 'Starred' ? e.value : e, ctx));
  const n = elts.length;
  return (f, v) => {
    let items: unknown[];
    try {
      items = unpackItems(v, n, starAt);
    } finally {
      decref(v);
    }
    let i = 0;
    try {
      for (; i < n; i++) stores[i](f, items[i]);
    } catch (x) {
      for (let j = i + 1; j < n; j++) decref(items[j]);
      throw x;
    }
  };
}

function unpackItems(v: unknown, n: number, starAt: number): unknown[] {
  if (starAt < 0 && (v instanceof PyTuple || v instanceof PyList)) {
    const got = v.items.length;
    if (got < n) valueError(`not enough values to unpack (expected ${n}, got ${got})`);
    if (got > n) valueError(`too many values to unpack (expected ${n})`);
    return v.items.map((x) => {
      if (typeof x === 'object' && x !== null) (x as { rc: number }).rc++;
      return x;
    });
  }
  const it = getIter(v);
  const out: unknown[] = [];
  try {
    if (starAt < 0) {
      for (let i = 0; i < n; i++) {
        const x = iterNext(it);
        if (x === STOP) valueError(`not enough values to unpack (expected ${n}, got ${i})`);
        out.push(x);
      }
      const extra = iterNext(it);
      if (extra !== STOP) {
        decref(extra);
        valueError(`too many values to unpack (expected ${n})`);
      }
      return out;
    }
    const rest: unknown[] = [];
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) break;
      rest.push(x);
    }
    const after = n - starAt - 1;
    if (rest.length < n - 1) {
      for (const x of rest) decref(x);
      valueError(`not enough values to unpack (expected at least ${n - 1}, got ${rest.length})`);
    }
    out.push(...rest.slice(0, starAt));
    out.push(newList(rest.slice(starAt, rest.length - after)));
    out.push(...rest.slice(rest.length - after));
    return out;
  } catch (x) {
    for (const y of out) decref(y);
    throw x;
  } finally {
    decref(it);
  }
}

export function compileDelete(t: A.Expr, ctx: Ctx, plain = false): DelFn {
  if (!plain && profile.borrowedLocalLoads && (t.kind === 'Attribute' || t.kind === 'Subscript')) {
    return borrowPart().compileLendingDelete(t, ctx, (x, c) => compileDelete(x, c, true));
  }
  switch (t.kind) {
    case 'Name':
      return deleteName(t.id, ctx);
    case 'Attribute': {
      const obj = compileExpr(t.value, ctx);
      const name = t.attr;
      return (f) => {
        const o = obj(f);
        try {
          delAttr(o, name);
        } finally {
          decref(o);
        }
      };
    }
    case 'Subscript': {
      const obj = compileExpr(t.value, ctx);
      const key = compileExpr(t.index, ctx);
      return (f) => {
        const o = obj(f);
        let k: unknown;
        try {
          k = key(f);
        } catch (x) {
          decref(o);
          throw x;
        }
        try {
          delItem(o, k);
        } finally {
          decref(o);
          decref(k);
        }
      };
    }
    case 'Tuple':
    case 'List': {
      const dels = t.elts.map((e) => compileDelete(e, ctx));
      return (f) => {
        for (const d of dels) d(f);
      };
    }
    default:
      return () => raise(BT.T_SyntaxError, 'cannot delete expression');
  }
}

export function deleteName(name: string, ctx: Ctx): DelFn {
  const kind = ctx.scope.kindOf(name);
  switch (kind) {
    case 'local': {
      const i = ctx.scope.slot(name);
      return (f) => {
        const old = f.locals[i];
        if (old === undefined) unboundLocal(name);
        if (f.borrowed !== null) releaseBorrowedSlot(f, i);
        f.locals[i] = undefined;
        if (obs !== null) obs.local(f);
        decref(old);
      };
    }
    case 'cell':
    case 'free': {
      const i = ctx.scope.slot(name);
      return (f) => {
        const c = f.locals[i] as PyCell;
        const old = c.contents;
        if (old === undefined) return kind === 'cell' ? unboundLocal(name) : unboundFree(name);
        c.contents = undefined;
        if (obs !== null) obs.mutate(c);
        decref(old);
      };
    }
    case 'global':
      return (f) => {
        if (!f.globals.delete(name)) nameError(f, name);
      };
    case 'name':
    case 'classderef':
      return (f) => {
        if (!(f.ns ?? f.globals).delete(name)) nameError(f, name);
      };
  }
}
