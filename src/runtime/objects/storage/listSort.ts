// Objects/listobject.c's listsort, loaded on first use (parts.ts): merge_compute_minrun, count_run
// (3.13's with gh-116554's equal items: the `countRunEqualRuns` rule) and binarysort here, the
// merges in listMerge.ts. Every `<` comparison CPython makes, between the same items in the same
// order, which a __lt__ that prints or counts shows; a comparison that raises leaves the items in
// the order CPython leaves them.

import { profile } from '../../versions';
import { PyList } from '../list';
import { ALLOC_SORTING } from './listResize';
import { decref, incref, obs } from '../object';
import { callObject } from '../../eval/call';
import { valueError } from '../../eval/errors';
import { MergeState, foundNewRun, mergeForceCollapse, pushRun, type Lt } from './listMerge';
import { keyCompare } from './listSortCompare';

/** MAX_MINRUN: lists shorter than this are one run, sorted by binarysort alone */
const MAX_MINRUN = 64;

/** listsort on the items' keys: the pre-sort check chooses the compare (listSortCompare.ts) */
export function sortKeys(idx: number[], keys: unknown[]): void {
  if (idx.length < 2) return;
  const lt = keyCompare(keys);
  listsort(idx, (a, b) => lt(keys[a], keys[b]));
}

/**
 * listsort: sort `idx` (indices of the items; `lt` compares two of them with `<`) in place, stably.
 * Runs are found left to right (count_run, short ones extended to minrun by binarysort), merged as
 * powersort's found_new_run says, and the rest merged at the end (merge_force_collapse).
 */
export function listsort(idx: number[], lt: Lt): void {
  const listlen = idx.length;
  if (listlen < 2) return;
  const minrun = mergeComputeMinrun(listlen);
  const ms = new MergeState(idx, lt);
  let lo = 0;
  let nremaining = listlen;
  do {
    let n = profile.countRunEqualRuns ? countRunEqualRuns(idx, lo, lo + nremaining, lt) : countRun(idx, lo, lo + nremaining, lt);
    if (n < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarysort(idx, lo, lo + force, lo + n, lt);
      n = force;
    }
    foundNewRun(ms, n, listlen);
    pushRun(ms, lo, n);
    lo += n;
    nremaining -= n;
  } while (nremaining);
  mergeForceCollapse(ms);
}

/**
 * merge_compute_minrun: n itself below 64; else n's top six bits, plus one if any bit shifted
 * off is set (so n / minrun is a power of two or a little less than one).
 */
function mergeComputeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/**
 * binarysort: idx[lo, start) is sorted; insert each of idx[start, hi) after the items not greater
 * than it, found by bisection (the pivot is only placed once its search has ended).
 */
function binarysort(idx: number[], lo: number, hi: number, start: number, lt: Lt): void {
  if (start === lo) start++;
  for (; start < hi; start++) {
    const pivot = idx[start];
    let l = lo;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, idx[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) idx[p] = idx[p - 1];
    idx[l] = pivot;
  }
}

function reverseRange(idx: number[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) [idx[i], idx[j]] = [idx[j], idx[i]];
}

/**
 * count_run (3.11, 3.12): the length of the run at idx[lo, hi): ascending, or strictly descending
 * (reversed in place by listsort once found; a comparison that raises leaves it as it was).
 */
function countRun(idx: number[], lo: number, hi: number, lt: Lt): number {
  if (lo + 1 === hi) return 1;
  let k = lo + 2;
  if (lt(idx[lo + 1], idx[lo])) {
    while (k < hi && lt(idx[k], idx[k - 1])) k++;
    reverseRange(idx, lo, k);
  } else while (k < hi && !lt(idx[k], idx[k - 1])) k++;
  return k - lo;
}

/**
 * count_run as 3.13 has it (gh-116554): a non-descending run; else a descending run in which
 * runs of equal items are allowed (each reversed as it ends, so the whole reversal keeps them
 * stable), reversed, then extended by the ascending items that follow.
 */
function countRunEqualRuns(idx: number[], lo: number, hi: number, lt: Lt): number {
  let n = lo + 1;
  while (n < hi && !lt(idx[n], idx[n - 1])) n++;
  if (n === hi) return n - lo;
  if (n > lo + 1) {
    if (lt(idx[lo], idx[n - 1])) return n - lo;
    reverseRange(idx, lo, n);
  }
  n++;
  let neq = 0;
  const reverseLastEqual = (): void => {
    if (neq === 0) return;
    neq++;
    reverseRange(idx, n - neq, n);
    neq = 0;
  };
  for (; n < hi; n++) {
    if (lt(idx[n], idx[n - 1])) reverseLastEqual();
    else if (lt(idx[n - 1], idx[n])) break;
    else neq++;
  }
  reverseLastEqual();
  reverseRange(idx, lo, n);
  while (n < hi && !lt(idx[n], idx[n - 1])) n++;
  return n - lo;
}

/**
 * list.sort (Objects/listobject.c list_sort_impl): the list is emptied while it sorts, keys are
 * computed once per item, reverse=True reverses before and after a stable sort. A comparison that
 * raises leaves the items in the order the sort had reached; items the list gained meanwhile are
 * dropped (with a ValueError if nothing else went wrong).
 */
export function listSortImpl(l: PyList, key: unknown, reverse: boolean): void {
  const items = l.items;
  l.items = [];
  // ob_item = NULL, allocated = -1 while the sort runs; restored at the end
  const savedAlloc = l.alloc;
  const savedSized = l.sized;
  l.alloc = ALLOC_SORTING;
  l.sized = 0;
  let keys: unknown[] = items;
  if (key !== null) {
    keys = [];
    try {
      for (const x of items) keys.push(callObject(key, [incref(x)], null));
    } catch (e) {
      for (let i = keys.length - 1; i >= 0; i--) decref(keys[i]);
      l.alloc = savedAlloc;
      l.sized = savedSized;
      restoreSorted(l, items);
      throw e;
    }
  }
  const idx = items.map((_, i) => i);
  let failed = false;
  let error: unknown = null;
  try {
    if (reverse) idx.reverse();
    if (idx.length > 1) sortKeys(idx, keys);
  } catch (e) {
    failed = true;
    error = e;
  }
  // the keys, released in the order the sort left them
  if (key !== null) for (const i of idx) decref(keys[i]);
  // self->allocated != -1: something allocated the list's item array while it sorted
  if (!failed && (l.alloc !== ALLOC_SORTING || l.items.length > 0)) {
    failed = true;
    try {
      valueError('list modified during sort');
    } catch (e) {
      error = e;
    }
  }
  if (reverse) idx.reverse();
  l.alloc = savedAlloc;
  l.sized = savedSized;
  restoreSorted(l, idx.map((i) => items[i]));
  if (obs !== null) obs.mutate(l);
  if (failed) throw error;
}

/** listsort's keyfunc_fail: the list gets its items back; what it held meanwhile is released, last first */
function restoreSorted(l: PyList, saved: unknown[]): void {
  const final = l.items;
  l.items = saved;
  for (let i = final.length - 1; i >= 0; i--) decref(final[i]);
}
