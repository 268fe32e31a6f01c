// The event stream the engine emits while it runs, for the trace and the graph.
// The engine calls these only when an observer is installed (see object.ts `obs`), so a run
// without recording pays one null check per event site.

import type { PyObject } from './objects/object';
import type { Frame } from './eval/frame';

/** The phases of one collection, in CPython's order (Modules/gcmodule.c gc_collect_main). */
export type GcPhase =
  | 'start' // which generation, the objects in it
  | 'update_refs' // gc_refs := refcount for every object in the young list
  | 'subtract_refs' // gc_refs -= references from inside the young list
  | 'move_unreachable' // reachable marked, the rest moved to the unreachable set
  | 'weakrefs' // weakrefs to unreachable objects cleared, callbacks run
  | 'finalize' // tp_finalize (__del__) called once per object (PEP 442)
  | 'resurrected' // objects a finalizer made reachable again
  | 'clear' // tp_clear breaks the cycles; objects free themselves
  | 'saveall' // DEBUG_SAVEALL: moved into gc.garbage instead
  | 'done';

/** what set a collection off, with the counts and thresholds that did (gcstate, as it began) */
export interface GcTrigger {
  /** gc.collect(); an allocation past a threshold (gc_collect_generations); interpreter shutdown */
  reason: 'manual' | 'automatic' | 'shutdown';
  /** gc.get_count() just before the collection reset it */
  counts: number[];
  /** gc.get_threshold() then */
  thresholds: number[];
}

export interface GcPhaseEvent {
  phase: GcPhase;
  generation: number;
  /** the objects the phase is about (young list, unreachable set, finalized...) */
  objects: PyObject[];
  /** gc_refs per object id where the phase computes them */
  gcRefs?: Map<number, number>;
  collected?: number;
  uncollectable?: number;
  /** at 'start': what set the collection off */
  trigger?: GcTrigger;
}

export interface HeapObserver {
  /** a line is about to run in `frame` */
  line(frame: Frame, line: number): void;
  alloc(o: PyObject): void;
  free(o: PyObject): void;
  /** the reference count of `o` changed by delta (+1 / -1) */
  rc(o: PyObject, delta: number): void;
  /** a slot, item or attribute of `o` changed (for dicts: the key, when only one entry did) */
  mutate(o: PyObject, key?: unknown): void;
  frameEnter(frame: Frame): void;
  frameExit(frame: Frame): void;
  /** a generator's frame stopped (created, or at a yield): `owner`, the generator, now holds it */
  frameSuspend(frame: Frame, owner: PyObject): void;
  /** a suspended generator's frame runs again, called from frame.back */
  frameResume(frame: Frame): void;
  /** a variable of `frame` was bound or unbound */
  local(frame: Frame): void;
  gc(e: GcPhaseEvent): void;
  /** sys.getrefcount's argument: the temporary reference the count includes */
  getrefcount(o: PyObject, count: number): void;
  finalizer(o: PyObject): void;
  weakrefCleared(ref: PyObject, callback: boolean): void;
  write(stream: 'stdout' | 'stderr', text: string): void;
  exception(typeName: string, message: string, line: number): void;
}
