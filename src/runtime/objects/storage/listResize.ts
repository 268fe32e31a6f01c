// A list's capacity (ob_alloc) as CPython 3.11's Objects/listobject.c keeps it: list_resize's
// over-allocation, list_preallocate_exact (rounded up to even), and list_extend's two paths
// (a list/tuple source, or an iterator with its length hint and the final cut back). Only
// sys.getsizeof reads it. A list whose history RefScope did not follow (ALLOC_UNKNOWN) or whose
// length changed behind these functions' back (sized !== items.length) has no known size.

import type { PyList } from '../list';

/** capacity not followed: getsizeof raises NotImplementedError */
export const ALLOC_UNKNOWN = -2;
/** ob_item == NULL: PyList_New(0), list_clear; differs from a zero-byte allocation in list_extend */
export const ALLOC_NULL = -1;
/** list_sort_impl's allocated = -1 while it sorts (ob_item NULL): anything that allocates changes it */
export const ALLOC_SORTING = -3;

/** list_resize's new allocation for a list of `size` items and `allocated` slots growing to `newsize` */
function resized(allocated: number, size: number, newsize: number): number {
  const a = allocated < 0 ? 0 : allocated;
  // allocated == -1 (a sorting list) is never enough room: even list_resize(0) allocates
  if (allocated !== ALLOC_SORTING && a >= newsize && newsize >= a >> 1) return allocated;
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > na - newsize) na = (newsize + 3) & ~3;
  return newsize === 0 ? 0 : na;
}

/** a mutation RefScope did not follow happened: the capacity is unknown from now on */
function inSync(l: PyList): boolean {
  if (l.alloc === ALLOC_UNKNOWN) return false;
  if (l.sized !== l.items.length) {
    l.alloc = ALLOC_UNKNOWN;
    return false;
  }
  return true;
}

/** list_resize(l, newsize), called before the items change length to newsize */
export function listResize(l: PyList, newsize: number, size = l.items.length): void {
  if (!inSync(l)) return;
  l.alloc = resized(l.alloc, size, newsize);
  l.sized = newsize;
}

/** app1 / _PyList_AppendTakeRef: call before pushing one item */
export function listAppendAlloc(l: PyList): void {
  const n = l.items.length;
  if (n >= l.alloc || l.sized !== n) listResize(l, n + 1);
  else l.sized = n + 1;
}

/** list_preallocate_exact: room for `size` items, rounded up to an even count */
function preallocExact(size: number): number {
  return (size + 1) & ~1;
}

/** list_extend from a list or tuple of n items onto `m` items in `a` slots: the new allocation */
export function extendSeqSlots(a: number, m: number, n: number): number {
  if (n === 0 || a === ALLOC_UNKNOWN) return a;
  return a === ALLOC_NULL || a === ALLOC_SORTING ? preallocExact(n) : resized(a, m, m + n);
}

/** list_extend's iterator path onto `m` items in `a` slots, with length hint `hint`, `k` items appended */
export function extendIterSlots(a: number, m: number, hint: number | null, k: number): number {
  if (hint === null || a === ALLOC_UNKNOWN) return ALLOC_UNKNOWN;
  if (a === ALLOC_NULL || a === ALLOC_SORTING) {
    if (hint > 0) a = preallocExact(hint);
  } else a = resized(a, m, m + hint);
  // the loop: items go in directly while there is room, through app1 (list_resize) when not
  let size = m;
  const end = m + k;
  while (size < end) {
    const cap = a < 0 ? 0 : a;
    if (size < cap) size = Math.min(end, cap);
    else {
      a = resized(a, size, size + 1);
      size++;
    }
  }
  // cut back if the guess was too large
  if (size < (a < 0 ? 0 : a)) a = resized(a, size, size);
  return a;
}

/** app1 onto `m` items in `a` slots */
export function appendSlots(a: number, m: number): number {
  return a === ALLOC_UNKNOWN ? a : resized(a, m, m + 1);
}

/** list_extend from a list or tuple (or the list itself) of n items: call before adding them */
export function listExtendSeqAlloc(l: PyList, n: number): void {
  if (n === 0 || !inSync(l)) return;
  const m = l.items.length;
  l.alloc = extendSeqSlots(l.alloc, m, n);
  l.sized = m + n;
}

/**
 * list_extend's iterator path, replayed after the fact: the list had `m` items, the length
 * hint was `hint` (null: unknown, the capacity is lost), and `k` items were appended.
 */
export function listExtendIterAlloc(l: PyList, m: number, hint: number | null, k: number): void {
  l.alloc = l.sized !== m ? ALLOC_UNKNOWN : extendIterSlots(l.alloc, m, hint, k);
  l.sized = m + k;
}

/** list___init__ / PySequence_List on a fresh list: preallocate from len() when the source has one */
export function listInitAlloc(l: PyList, len: number | null): void {
  if (len !== null && len > 0 && l.alloc === ALLOC_NULL && l.sized === 0) l.alloc = preallocExact(len);
}

/** list_ass_slice's resize to newsize (call before the items change): a list left empty is cleared */
export function listAssSliceAlloc(l: PyList, newsize: number): void {
  if (newsize === 0) {
    // _list_clear: nothing to free while ob_item is NULL (a sorting list keeps allocated == -1)
    if (inSync(l) && l.alloc !== ALLOC_SORTING) l.alloc = ALLOC_NULL;
    l.sized = 0;
  } else listResize(l, newsize);
}

/** _list_clear: the item array is freed */
export function listClearAlloc(l: PyList): void {
  if (l.alloc !== ALLOC_UNKNOWN && l.alloc !== ALLOC_SORTING) l.alloc = ALLOC_NULL;
  l.sized = 0;
}

/** a list made with exactly its items' room (PyList_New(n), list_new_prealloc) */
export function exactAlloc(l: PyList): PyList {
  const n = l.items.length;
  l.alloc = n === 0 ? ALLOC_NULL : n;
  l.sized = n;
  return l;
}

/** 56 bytes of list object and GC header, 8 per allocated slot; null when not followed */
export function listSizeof(l: PyList): number | null {
  if (l.alloc === ALLOC_UNKNOWN || l.sized !== l.items.length) return null;
  // list___sizeof__ reads allocated as it is: -1 while the list sorts
  return 56 + 8 * (l.alloc === ALLOC_SORTING ? -1 : l.alloc < 0 ? 0 : l.alloc);
}

/** BUILD_LIST 0 then LIST_EXTEND of a list or tuple holding all the items */
export function extendedFromNullAlloc(l: PyList): PyList {
  const n = l.items.length;
  l.alloc = n === 0 ? ALLOC_NULL : preallocExact(n);
  l.sized = n;
  return l;
}

/** BUILD_LIST 0 then LIST_APPEND of each item */
export function appendedFromNullAlloc(l: PyList): PyList {
  l.alloc = ALLOC_NULL;
  l.sized = 0;
  listExtendIterAlloc(l, 0, 0, l.items.length);
  return l;
}
