// Objects/listobject.c's listsort for fewer than 64 items, loaded on first use (parts.ts): the
// whole list is one run (merge_compute_minrun(n) = n), so count_run then binarysort make every
// `<` comparison CPython makes, in its order.

import { profile } from '../../versions';

/**
 * listsort below 64 items, where the whole list is one run (merge_compute_minrun(n) = n): count_run
 * (the longest ascending, or strictly descending then reversed, prefix), then binarysort inserts
 * the rest. The same `<` comparisons in the same order as CPython's, which a __lt__ that prints or
 * counts shows. (64 items and more: a stable sort with other comparisons; see docs/ENGINE.md.)
 */
export function shortListSort(idx: number[], lt: (a: number, b: number) => boolean): void {
  const n = idx.length;
  if (n < 2) return;
  const k = profile.countRunEqualRuns ? countRunEqualRuns(idx, lt) : countRun(idx, lt);
  for (let start = k; start < n; start++) {
    const pivot = idx[start];
    let l = 0;
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

/** count_run (3.11, 3.12): an ascending run, or a strictly descending one reversed in place */
function countRun(idx: number[], lt: (a: number, b: number) => boolean): number {
  const n = idx.length;
  let k = 2;
  if (lt(idx[1], idx[0])) {
    while (k < n && lt(idx[k], idx[k - 1])) k++;
    reverseRange(idx, 0, k);
  } else while (k < n && !lt(idx[k], idx[k - 1])) k++;
  return k;
}

/**
 * count_run as 3.13 has it (gh-116554): a non-descending run; else a descending run in which
 * runs of equal items are allowed (each reversed as it ends, so the whole reversal keeps them
 * stable), reversed, then extended by the ascending items that follow.
 */
function countRunEqualRuns(idx: number[], lt: (a: number, b: number) => boolean): number {
  const total = idx.length;
  let n = 1;
  while (n < total && !lt(idx[n], idx[n - 1])) n++;
  if (n === total) return n;
  if (n > 1) {
    if (lt(idx[0], idx[n - 1])) return n;
    reverseRange(idx, 0, n);
  }
  n++;
  let neq = 0;
  const reverseLastEqual = (): void => {
    if (neq === 0) return;
    neq++;
    reverseRange(idx, n - neq, n);
    neq = 0;
  };
  for (; n < total; n++) {
    if (lt(idx[n], idx[n - 1])) reverseLastEqual();
    else if (lt(idx[n - 1], idx[n])) break;
    else neq++;
  }
  reverseLastEqual();
  reverseRange(idx, 0, n);
  while (n < total && !lt(idx[n], idx[n - 1])) n++;
  return n;
}

