// The heapq module (Modules/_heapqmodule.c's siftdown/siftup, Lib/heapq.py's nlargest,
// nsmallest and merge): a binary min-heap kept in a plain list, compared with `<` only.

import * as BT from '../objects/builtinTypes';
import { decref, incref, obs } from '../objects/object';
import { PyType } from '../objects/typeobject/type';
import { PyList, newList } from '../objects/list';
import { listAppendAlloc, listAssSliceAlloc } from '../objects/storage/listResize';
import { PyModule } from '../objects/descriptors';
import { builtin, type Kw } from '../objects/function';
import { getIter, iterNext, iterToArray, newTypedIter, STOP, type PyIter } from '../objects/iter';
import { registerModule } from './registry';
import { exactArgs, intArg, parseArgs } from '../eval/args';
import { indexError, runtimeError, typeError } from '../eval/errors';
import { pyLt } from '../eval/compare';
import { pyTruthy } from '../eval/protocols';
import { callObject } from '../eval/call';
import { sortList } from '../builtins/iteration';
import { typeOf } from '../objects/typeobject/typeOf';

const T_generator = new PyType('generator', [BT.T_object], true);

function heapArg(v: unknown, fname: string): PyList {
  if (!(v instanceof PyList)) return typeError(`${fname}() argument 1 must be list, not ${typeOf(v).name}`);
  return v;
}

function changed(l: PyList): void {
  if (obs !== null) obs.mutate(l);
}

/** a < b with both held for the comparison; RuntimeError if the list changed size */
function lt(heap: PyList, a: unknown, b: unknown, size: number): boolean {
  incref(a);
  incref(b);
  let r: boolean;
  try {
    r = pyLt(a, b);
  } finally {
    decref(a);
    decref(b);
  }
  if (size !== heap.items.length) runtimeError('list changed size during iteration');
  return r;
}

/** siftdown: move the item at pos up towards startpos */
function siftdown(heap: PyList, startpos: number, pos: number): void {
  const size = heap.items.length;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const cmp = lt(heap, heap.items[pos], heap.items[parentpos], size);
    if (!cmp) break;
    const arr = heap.items;
    const parent = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** siftup: bubble the smaller child up to a leaf, then siftdown */
function siftup(heap: PyList, pos: number): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const cmp = lt(heap, heap.items[childpos], heap.items[childpos + 1], endpos);
      if (!cmp) childpos++;
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftdown(heap, startpos, pos);
}

function heapify(heap: PyList): void {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftup(heap, i);
  changed(heap);
}

function heappop(heap: PyList): unknown {
  if (heap.items.length === 0) indexError('index out of range');
  // PyList_SetSlice(heap, n - 1, n, NULL)
  listAssSliceAlloc(heap, heap.items.length - 1);
  const last = heap.items.pop();
  if (heap.items.length === 0) {
    changed(heap);
    return last;
  }
  const ret = heap.items[0];
  heap.items[0] = last;
  siftup(heap, 0);
  changed(heap);
  return ret;
}

/** nsmallest / nlargest: what Lib/heapq.py returns (a stable sort, the first n) */
function nBest(name: string, args: unknown[], kw: Kw, largest: boolean): unknown {
  const [nArg, iterable, key] = parseArgs(name, args, kw, ['n', 'iterable', 'key?'], { maxPos: 2 });
  const n = intArg(nArg, name);
  // Lib/heapq.py's frame holds its arguments while it iterates (`it = iter(iterable)`)
  incref(iterable);
  let items: unknown[];
  try {
    items = iterToArray(iterable);
  } finally {
    decref(iterable);
  }
  const l = newList(items);
  try {
    sortList(l, key === undefined ? null : key, largest);
    const keep = n <= 0 ? [] : l.items.slice(0, n);
    return newList(keep.map(incref));
  } finally {
    decref(l);
  }
}

/** heapq.merge(*iterables, key=None, reverse=False): a generator over the merged inputs */
function merge(args: unknown[], kw: Kw): unknown {
  let key: unknown = null;
  let reverse = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = pyTruthy(v);
      else typeError(`merge() got an unexpected keyword argument '${k}'`);
    }
  }
  const its = args.map(getIter);
  const heads: { v: unknown; k: unknown; order: number }[] = [];
  const held: unknown[] = [...its];
  if (key !== null) held.push(incref(key));
  const pull = (i: number): void => {
    const v = iterNext(its[i]);
    if (v === STOP) return;
    const k = key === null ? v : callObject(key, [incref(v)], null);
    heads.push({ v, k, order: i });
  };
  let started = false;
  return newTypedIter(T_generator, held, (it: PyIter) => {
    if (it.held.length === 0) return STOP;
    if (!started) {
      started = true;
      for (let i = 0; i < its.length; i++) pull(i);
    }
    if (heads.length === 0) return it.exhaust();
    let best = 0;
    for (let i = 1; i < heads.length; i++) {
      const a = heads[i];
      const b = heads[best];
      const better = reverse ? pyLt(b.k, a.k) : pyLt(a.k, b.k);
      if (better || (!(reverse ? pyLt(a.k, b.k) : pyLt(b.k, a.k)) && a.order < b.order)) best = i;
    }
    const [h] = heads.splice(best, 1);
    if (key !== null) decref(h.k);
    pull(h.order);
    return h.v;
  });
}

registerModule('heapq', () => {
  const m = new PyModule('heapq');
  const def = (name: string, fn: (args: unknown[], kw: Kw) => unknown) => m.attrs.set(name, builtin(name, fn, 'heapq'));
  def('heappush', (args) => {
    exactArgs('heappush', args, 2);
    const heap = heapArg(args[0], 'heappush');
    listAppendAlloc(heap);
    heap.items.push(incref(args[1]));
    siftdown(heap, 0, heap.items.length - 1);
    changed(heap);
    return null;
  });
  def('heappop', (args) => {
    exactArgs('heappop', args, 1);
    return heappop(heapArg(args[0], 'heappop'));
  });
  def('heapify', (args) => {
    exactArgs('heapify', args, 1);
    heapify(heapArg(args[0], 'heapify'));
    return null;
  });
  def('heapreplace', (args) => {
    exactArgs('heapreplace', args, 2);
    const heap = heapArg(args[0], 'heapreplace');
    if (heap.items.length === 0) indexError('index out of range');
    const ret = heap.items[0];
    heap.items[0] = incref(args[1]);
    siftup(heap, 0);
    changed(heap);
    return ret;
  });
  def('heappushpop', (args) => {
    exactArgs('heappushpop', args, 2);
    const heap = heapArg(args[0], 'heappushpop');
    if (heap.items.length === 0) return incref(args[1]);
    const top = heap.items[0];
    incref(top);
    let cmp: boolean;
    try {
      cmp = pyLt(top, args[1]);
    } finally {
      decref(top);
    }
    if (!cmp) return incref(args[1]);
    if (heap.items.length === 0) indexError('index out of range');
    const ret = heap.items[0];
    heap.items[0] = incref(args[1]);
    siftup(heap, 0);
    changed(heap);
    return ret;
  });
  def('nlargest', (args, kw) => nBest('nlargest', args, kw, true));
  def('nsmallest', (args, kw) => nBest('nsmallest', args, kw, false));
  def('merge', merge);
  return m;
});
