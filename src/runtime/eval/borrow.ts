// Borrowed references (CPython 3.14's _PyStackRef with its borrowed tag, made by
// LOAD_FAST_BORROW): a reference that does not count. RefScope keeps 3.11's counts in `rc` and
// notes here, per object, how many of them are borrowed; sys.getrefcount reads rc minus that.
// A borrowed argument to a Python function stays borrowed in the callee's local (the frame's
// `borrowed` flags) until the local is rebound, deleted or the frame is cleared; a borrowed
// argument to anything else is borrowed for the call's duration.

import { isHeap, type PyObject } from '../objects/object';
import type { Frame } from './frame';

const counts = new Map<PyObject, number>();

export function resetBorrows(): void {
  counts.clear();
  for (const r of resets) r();
}

/** what else forgets a run's borrows (compile/borrowOps.ts's lent operands, once loaded) */
const resets: (() => void)[] = [];
export function onResetBorrows(reset: () => void): void {
  resets.push(reset);
}

export function borrowRef(v: unknown): void {
  if (isHeap(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
}

export function unborrowRef(v: unknown): void {
  if (!isHeap(v)) return;
  const n = (counts.get(v) ?? 0) - 1;
  if (n <= 0) counts.delete(v);
  else counts.set(v, n);
}

/** Py_REFCNT as the simulated version reports it: the borrowed references left out */
export function visibleRefcount(o: PyObject): number {
  return counts.size === 0 ? o.rc : o.rc - (counts.get(o) ?? 0);
}

/**
 * _PyEvalFramePushAndInit moves the caller's stack references into the new frame's locals: a
 * borrowed argument becomes a borrowed local. Arguments that went into *args, **kwargs or a
 * cell were made strong on the way.
 */
export function borrowIntoFrame(fr: Frame, values: unknown[]): void {
  const n = fr.code.argcount + fr.code.kwonlycount;
  for (const v of values) {
    if (!isHeap(v)) continue;
    for (let j = 0; j < n; j++) {
      if (fr.locals[j] === v && !(fr.borrowed !== null && fr.borrowed[j])) {
        if (fr.borrowed === null) fr.borrowed = new Array<boolean>(fr.locals.length).fill(false);
        fr.borrowed[j] = true;
        counts.set(v, (counts.get(v) ?? 0) + 1);
        break;
      }
    }
  }
}

/** a borrowed local is killed (rebound, deleted, the frame cleared): its reference ends */
export function releaseBorrowedSlot(fr: Frame, i: number): void {
  if (fr.borrowed !== null && fr.borrowed[i]) {
    fr.borrowed[i] = false;
    unborrowRef(fr.locals[i]);
  }
}

/** a frame object takes the locals (PyStackRef_MakeHeapSafe): borrowed locals become strong */
export function makeLocalsHeapSafe(fr: Frame): void {
  if (fr.borrowed === null) return;
  for (let i = 0; i < fr.borrowed.length; i++) releaseBorrowedSlot(fr, i);
  fr.borrowed = null;
}
