// The sift loops of Modules/_heapqmodule.c: siftdown/siftup (the min-heap of heappush, heappop,
// heapify, heapreplace) and siftdown_max/siftup_max (_heapify_max, _heapreplace_max, which
// Lib/heapq.py's nsmallest uses). Each comparison holds both items; a list that changed size
// during one raises RuntimeError.

import { decref, incref, obs } from '../../objects/object';
import type { PyList } from '../../objects/list';
import { runtimeError } from '../../eval/errors';
import { pyLt } from '../../eval/compare';

export function changed(l: PyList): void {
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

/** siftdown (max: siftdown_max, parent < newitem): move the item at pos up towards startpos */
export function siftdown(heap: PyList, startpos: number, pos: number, max = false): void {
  const size = heap.items.length;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = heap.items[pos];
    const parent = heap.items[parentpos];
    const cmp = max ? lt(heap, parent, newitem, size) : lt(heap, newitem, parent, size);
    if (!cmp) break;
    const arr = heap.items;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
}

/** siftup (max: siftup_max, which asks arr[child+1] < arr[child]): bubble the smaller (larger)
 * child up to a leaf, then siftdown */
export function siftup(heap: PyList, pos: number, max = false): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos];
      const b = heap.items[childpos + 1];
      const cmp = max ? lt(heap, b, a, endpos) : lt(heap, a, b, endpos);
      if (!cmp) childpos++;
    }
    const arr = heap.items;
    const tmp = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

/** keep_top_bit: n with only its highest set bit */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

/** the siftups of cache_friendly_heapify from node i: its parent next while i is a right child */
function siftupChain(heap: PyList, i: number, max: boolean): void {
  for (let j = i; ; j >>= 1) {
    siftup(heap, j, max);
    if (!(j & 1)) break;
  }
}

/** heapify_internal: siftup from n//2-1 down to 0, or for over 2500 items cache_friendly_heapify's
 * order (each sibling pair's parent sifted right after them) */
export function heapify(heap: PyList, max = false): void {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    for (let i = leftmost - 1; i >= mhalf; i--) siftupChain(heap, i, max);
    for (let i = m - 1; i >= leftmost; i--) siftupChain(heap, i, max);
  } else for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
  changed(heap);
}

/** heapreplace / _heapreplace_max: the root swapped for item (a new reference of its own), sifted;
 * the old root returned (the caller's reference) */
export function heapreplace(heap: PyList, item: unknown, max = false): unknown {
  const ret = heap.items[0];
  heap.items[0] = incref(item);
  try {
    siftup(heap, 0, max);
  } catch (e) {
    decref(ret);
    throw e;
  } finally {
    changed(heap);
  }
  return ret;
}
