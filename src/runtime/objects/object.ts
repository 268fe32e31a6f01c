// The base of every simulated heap object, and reference counting.
//
// Values are either atoms (JS number/bigint for int, boolean, string, null for None, and
// PyFloat) or heap objects (subclasses of PyObject). Atoms are shared interpreter-wide and
// carry no meaningful count, as the issue allows. Every heap object carries `rc`, the count
// CPython 3.11 would hold at that moment. The evaluator follows CPython's ownership rules:
// an expression yields a *new* reference; storing it steals that reference; dropping a
// temporary decrefs it (Py_INCREF / Py_DECREF).

import type { PyType } from './typeobject/type';
import type { HeapObserver } from '../observer';

let nextId = 1;
/** The observer that records events for the trace; null when not recording (the hot path checks). */
export let obs: HeapObserver | null = null;

export function setObserver(o: HeapObserver | null): void {
  obs = o;
}

export function resetIds(): void {
  nextId = 1;
}

/** GC-list states (CPython's PREV_MASK_COLLECTING and NEXT_MASK_UNREACHABLE). */
export const enum GcState {
  Untracked = -1,
  Tracked = 0,
  Collecting = 1,
  Unreachable = 2,
}

// Fields are declared, then assigned in the constructor: native class-field initializers
// (define semantics) across dozens of subclasses made every allocation ~50x slower in V8.
export abstract class PyObject {
  declare rc: number;
  declare readonly id: number;
  // --- cyclic GC header (PyGC_Head): an intrusive doubly linked list per generation ---
  declare gcNext: PyObject | null;
  declare gcPrev: PyObject | null;
  /** generation index 0..2 while tracked; -1 when not tracked by the collector */
  declare gen: number;
  declare gcState: GcState;
  declare gcRefs: number;
  /** PEP 442: tp_finalize already called once */
  declare finalized: boolean;
  /** weak references to this object, in CPython's list order */
  declare weakrefs: PyObject[] | null;
  /** registered with the trace recorder (set by it on alloc) */
  declare traced: boolean;
  /** the trace recorder's record of this object while traced; the runtime never reads it */
  declare traceRec: unknown;

  constructor() {
    this.rc = 1;
    (this as { id: number }).id = nextId++;
    this.gcNext = null;
    this.gcPrev = null;
    this.gen = -1;
    this.gcState = GcState.Untracked;
    this.gcRefs = 0;
    this.finalized = false;
    this.weakrefs = null;
    this.traced = false;
    this.traceRec = null;
  }

  abstract get type(): PyType;

  /** true for objects CPython allocates with PyObject_GC_New (container types) */
  get isGC(): boolean {
    return false;
  }

  /** the free list a type without an object of its own here gives its memory back to (the
   * import replay's stand-ins for tuples and dicts): tp_dealloc's choice of free list */
  get deallocFreeList(): string | null {
    return null;
  }

  /** tp_traverse: call visit for each strong reference this object holds to a heap object */
  traverse(_visit: (o: PyObject) => void): void {}

  /** Like traverse, with the label of each edge (for the graph and why-alive views). */
  edges(_out: (label: string, o: unknown) => void): void {}

  /** tp_clear: drop the references that can be part of a cycle */
  clear(): void {}

  /** tp_dealloc after the finalizer: release what this object holds, in CPython's order */
  releaseContents(): void {}
}

/** Atoms are shared values: never counted, never freed. */
export function isHeap(v: unknown): v is PyObject {
  return typeof v === 'object' && v !== null && (v as PyObject).rc !== undefined && !(v as { immortal?: boolean }).immortal;
}

// The dealloc machinery lives in dealloc.ts; object.ts only counts.
type Deallocator = (o: PyObject) => void;
let dealloc: Deallocator = () => {};
export function setDeallocator(d: Deallocator): void {
  dealloc = d;
}

/** the Py_DECREFs collectDecrefs holds back */
let heldDecrefs: PyObject[] | null = null;

/**
 * Run `unwind`, holding back the references it releases, and return them in the order it released
 * them (gen_close's 3.13 fast path unwinds a suspended body top down and releases its value stack
 * bottom up: genobject.ts genCloseFrameLocals).
 */
export function collectDecrefs(unwind: () => void): PyObject[] {
  const outer = heldDecrefs;
  const held: PyObject[] = [];
  heldDecrefs = held;
  try {
    unwind();
  } finally {
    heldDecrefs = outer;
  }
  return held;
}

/** Py_INCREF: returns its argument so a load can be `return incref(v)`. */
export function incref<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    (v as unknown as PyObject).rc++;
    if (obs !== null) obs.rc(v as unknown as PyObject, 1);
  }
  return v;
}

/** Py_DECREF: frees the object the moment its count reaches zero. */
export function decref(v: unknown): void {
  if (typeof v === 'object' && v !== null) {
    const o = v as PyObject;
    if (heldDecrefs !== null) {
      heldDecrefs.push(o);
      return;
    }
    const n = --o.rc;
    if (obs !== null) obs.rc(o, -1);
    if (n === 0) dealloc(o);
  }
}

/** Py_XDECREF over an array, last to first (list_dealloc / tupledealloc order). */
export function decrefAllReversed(items: unknown[]): void {
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
}
