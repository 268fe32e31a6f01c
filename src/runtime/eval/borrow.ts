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
  lentStack.length = 0;
}

/**
 * Operands loaded borrowed for an operator (`a == b`, `a[i]`, `if a:`...): the Name nodes whose
 * load pushes onto the lent stack (marked by compile/borrowOps.ts while it compiles the operator),
 * and the stack itself, popped back by the operator once it has consumed them.
 */
export const lentLoads = new WeakSet<object>();
const lentStack: PyObject[] = [];

/** LOAD_FAST_BORROW feeding an operator: borrowed until the operator releases it */
export function lendLoad(v: unknown): void {
  if (!isHeap(v)) return;
  counts.set(v, (counts.get(v) ?? 0) + 1);
  lentStack.push(v);
}

export function lentMark(): number {
  return lentStack.length;
}

/** the operator consumed its operands: the references lent since `base` end */
export function releaseLent(base: number): void {
  while (lentStack.length > base) unborrowRef(lentStack.pop());
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
