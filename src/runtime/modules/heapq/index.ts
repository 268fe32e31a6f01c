// The heapq module (Modules/_heapqmodule.c's functions, Lib/heapq.py's merge): a binary min-heap
// kept in a plain list, compared with `<` only. The sift loops are in sift.ts, nlargest and
// nsmallest (Lib/heapq.py's functions, run natively in frames of their own) in select.ts.

import * as BT from '../../objects/builtinTypes';
import { decref, incref, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyList, newList } from '../../objects/list';
import { listAppendAlloc, listAssSliceAlloc } from '../../objects/storage/listResize';
import { PyModule } from '../../objects/descriptors';
import { builtin, type Kw } from '../../objects/function';
import { getIter, iterNext, iterToArray, newTypedIter, STOP, type PyIter } from '../../objects/iter';
import { registerModule } from '../registry';
import { changed, heapify, siftdown, siftup } from './sift';
import { makeNBest } from './select';
import { PyDict } from '../../objects/dict';
import { IMMORTAL_RC } from '../../objects/typeobject/type';
import { uncounted } from '../../gc/heap';
import { exactArgs, intArg, parseArgs } from '../../eval/args';
import { indexError, runtimeError, typeError } from '../../eval/errors';
import { pyLt } from '../../eval/compare';
import { pyTruthy } from '../../eval/protocols';
import { callObject } from '../../eval/call';
import { sortList } from '../../builtins/iteration';
import { typeOf } from '../../objects/typeobject/typeOf';

const T_generator = new PyType('generator', [BT.T_object], true);

function heapArg(v: unknown, fname: string): PyList {
  if (!(v instanceof PyList)) return typeError(`${fname}() argument 1 must be list, not ${typeOf(v).name}`);
  return v;
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

/** heapq.merge(*iterables, key=None, reverse=False): a generator over the merged inputs */
/** heapreplace_internal: the top returned, the item sifted in its place (an empty heap: IndexError) */
function replaceTop(heap: PyList, item: unknown): unknown {
  if (heap.items.length === 0) indexError('index out of range');
  const ret = heap.items[0];
  heap.items[0] = incref(item);
  siftup(heap, 0);
  changed(heap);
  return ret;
}

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
    return replaceTop(heapArg(args[0], 'heapreplace'), args[1]);
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
    return replaceTop(heap, args[1]);
  });
  // Lib/heapq.py's functions: function objects the module's dict holds (what making them cost is
  // part of the import, not simulated under 3.11, replayed under 3.12+)
  const globals = new PyDict();
  globals.rc = IMMORTAL_RC;
  (globals as { immortal?: boolean }).immortal = true;
  globals.set('__name__', 'heapq');
  uncounted(() => {
    for (const name of ['nlargest', 'nsmallest'] as const) m.attrs.set(name, makeNBest(name, globals, m.attrs.get('heapreplace')));
  });
  def('merge', merge);
  return m;
});
