// product, permutations, combinations, combinations_with_replacement (Modules/itertoolsmodule.c):
// each holds its pool tuple(s) and the result tuple it reuses while nobody else holds it; the
// index bookkeeping follows CPython's (and the documentation's pure-Python equivalents).

import { iterWithHint } from '../../eval/lengthHint';
import { PyInstance } from '../../objects/instance';
import { decref, incref } from '../../objects/object';
import { T_tuple } from '../../objects/builtinTypes';
import { PyTuple, newTuple } from '../../objects/tuple';
import { type Kw } from '../../objects/function';
import { iterToArray, STOP } from '../../objects/iter';
import { argParserInitKw, intArg, parseArgs } from '../../eval/args';
import { typeError, valueError } from '../../eval/errors';
import { emitResult, newItObj } from './common';

function pool(v: unknown): PyTuple {
  if (v instanceof PyTuple && v.type === T_tuple) return incref(v); // PySequence_Tuple keeps an exact tuple
  if (v instanceof PyInstance) return newTuple(iterWithHint(v, 10).items); // PyObject_LengthHint after PyObject_GetIter
  return newTuple(iterToArray(v));
}

export function product(args: unknown[], kw: Kw): unknown {
  let rep = 1;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'repeat') typeError(`product() got an unexpected keyword argument '${k}'`);
      rep = intArg(v, 'product');
    }
  }
  if (rep < 0) valueError('repeat argument cannot be negative');
  const base = args.map(pool);
  const pools: PyTuple[] = [];
  for (let r = 0; r < rep; r++) for (const p of base) pools.push(incref(p));
  for (const p of base) decref(p);
  const poolsT = newTuple(pools);
  const npools = pools.length;
  const indices = new Array(npools).fill(0);
  let first = true;
  let stopped = false;
  // slots: pools, result
  return newItObj('product', [poolsT, null], (it) => {
    if (stopped) return STOP;
    const ps = (it.held[0] as PyTuple).items as PyTuple[];
    if (first) {
      first = false;
      if (ps.some((p) => p.items.length === 0)) {
        stopped = true;
        return STOP;
      }
      return emitResult(it, 1, ps.map((p) => p.items[0]));
    }
    let i = npools - 1;
    for (; i >= 0; i--) {
      indices[i]++;
      if (indices[i] === ps[i].items.length) indices[i] = 0;
      else break;
    }
    if (i < 0) {
      stopped = true;
      return STOP;
    }
    return emitResult(it, 1, ps.map((p, j) => p.items[indices[j]]));
  });
}

function rArg(v: unknown, n: number): number {
  if (v === undefined || v === null) return n;
  const r = intArg(v, 'r');
  if (r < 0) valueError('r must be non-negative');
  return r;
}

export function permutations(args: unknown[], kw: Kw): unknown {
  argParserInitKw('permutations', 2, kw);
  const [iterable, rv] = parseArgs('permutations', args, kw, ['iterable', 'r?']);
  const p = pool(iterable);
  const n = p.items.length;
  const r = rArg(rv, n);
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let first = true;
  let stopped = r > n;
  return newItObj('permutations', [p, null], (it) => {
    if (stopped) return STOP;
    const items = (it.held[0] as PyTuple).items;
    if (first) {
      first = false;
      return emitResult(it, 1, indices.slice(0, r).map((j) => items[j]));
    }
    if (n === 0) {
      stopped = true;
      return STOP;
    }
    let i = r - 1;
    for (; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const idx = indices[i];
        indices.splice(i, 1);
        indices.push(idx);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        const t = indices[i];
        indices[i] = indices[n - j];
        indices[n - j] = t;
        break;
      }
    }
    if (i < 0) {
      stopped = true;
      return STOP;
    }
    return emitResult(it, 1, indices.slice(0, r).map((j) => items[j]));
  });
}

export function combinations(args: unknown[], kw: Kw): unknown {
  argParserInitKw('combinations', 2, kw);
  const [iterable, rv] = parseArgs('combinations', args, kw, ['iterable', 'r']);
  const p = pool(iterable);
  const n = p.items.length;
  const r = rArg(rv, n);
  const indices = Array.from({ length: r }, (_, i) => i);
  let first = true;
  let stopped = r > n;
  return newItObj('combinations', [p, null], (it) => {
    if (stopped) return STOP;
    const items = (it.held[0] as PyTuple).items;
    if (first) {
      first = false;
      return emitResult(it, 1, indices.map((j) => items[j]));
    }
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) {
      stopped = true;
      return STOP;
    }
    indices[i]++;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
    return emitResult(it, 1, indices.map((j) => items[j]));
  });
}

export function combinationsWithReplacement(args: unknown[], kw: Kw): unknown {
  argParserInitKw('combinations_with_replacement', 2, kw);
  const [iterable, rv] = parseArgs('combinations_with_replacement', args, kw, ['iterable', 'r']);
  const p = pool(iterable);
  const n = p.items.length;
  const r = rArg(rv, n);
  const indices = new Array(r).fill(0);
  let first = true;
  let stopped = n === 0 && r > 0;
  return newItObj('combinations_with_replacement', [p, null], (it) => {
    if (stopped) return STOP;
    const items = (it.held[0] as PyTuple).items;
    if (first) {
      first = false;
      return emitResult(it, 1, indices.map((j) => items[j]));
    }
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) {
      stopped = true;
      return STOP;
    }
    const v = indices[i] + 1;
    for (let j = i; j < r; j++) indices[j] = v;
    return emitResult(it, 1, indices.map((j) => items[j]));
  });
}
