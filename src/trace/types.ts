// The recorded execution as its consumers see it: steps, and the full heap state at any step.
// Everything here is plain data (structured-clone safe), so it crosses the worker boundary.

export type Grain = 'line' | 'ref' | 'gc';

/** a value in a slot: an object on the heap, or an atom shown inline */
export type ValueView =
  | { kind: 'obj'; id: number }
  | { kind: 'atom'; type: string; repr: string }
  | { kind: 'unbound' };

export interface EdgeState {
  label: string;
  to: ValueView;
  /** a weak reference: drawn dashed, never counted */
  weak: boolean;
  /** an instance's reference to its class (hidden by default in the graph) */
  isClassRef?: boolean;
}

export interface ObjectState {
  id: number;
  type: string;
  /** CPython-style address, for display */
  address: string;
  refcount: number;
  /** tracked by the cyclic collector, and in which generation (-1: not tracked) */
  generation: number;
  finalized: boolean;
  edges: EdgeState[];
  /** true when the edge list was cut short for display */
  truncated: boolean;
  /** the object's length for containers, else -1 */
  length: number;
  /** for functions/classes/modules: the name */
  name?: string;
  /** for weakrefs: the referent id or null when dead */
  referent?: number | null;
}

export interface VarState {
  name: string;
  value: ValueView;
}

export interface FrameState {
  id: number;
  /** the code's name: <module>, a function's qualified name, a class body */
  name: string;
  line: number;
  /** fast locals (function frames); module variables live in the globals dict */
  vars: VarState[];
  /** references the evaluator holds for this frame (a for loop's iterator) */
  temps: VarState[];
  /**
   * a paused generator's frame (after the running frames): not a root; its variables are
   * references the generator holds (they are also the generator's edges)
   */
  suspended?: boolean;
  /** a generator's frame (suspended, or running again after next()/send()): the generator's id */
  generator?: number;
}

export interface GcPhaseState {
  phase: string;
  generation: number;
  /** object ids the phase is about (young list, unreachable set...) */
  objects: number[];
  /** gc_refs per object id, where the phase computes them */
  gcRefs: Record<number, number>;
  collected?: number;
}

/** the collector's generations at a step (the fields of CPython's gcstate) */
export interface TraceGenerations {
  /** gcstate->generations[i].count: gc.get_count() */
  count: [number, number, number];
  /** gcstate->generations[i].threshold: gc.get_threshold() */
  threshold: [number, number, number];
}

export interface HeapState {
  step: number;
  grain: Grain;
  line: number;
  /** what happened at this step, in words */
  caption: string;
  /** the object the step is about (its count changed, it was made, its __del__ runs), if any */
  subject: number | null;
  objects: ObjectState[];
  frames: FrameState[];
  /** the id of __main__'s globals dict (its entries are the module's variables) */
  globalsId: number;
  /** the id of gc.garbage, when the gc module is imported */
  garbageId: number | null;
  /** the object a transient reference points at right now (sys.getrefcount's argument) */
  transient: { id: number; label: string } | null;
  stdout: string;
  stderr: string;
  gc: GcPhaseState | null;
  /** gc.get_count() and gc.get_threshold() as the step begins (absent before the first step records them) */
  generations?: TraceGenerations;
}

export interface StepInfo {
  grain: Grain;
  line: number;
  caption: string;
}

export type MarkerKind = 'gc' | 'free' | 'exception' | 'finalizer' | 'weakref';

export interface Marker {
  step: number;
  kind: MarkerKind;
  label: string;
  /** a collection's marker: its generation and what set it off, as the runtime recorded it */
  gc?: { generation: number; reason: 'manual' | 'automatic' | 'shutdown'; counts: number[]; thresholds: number[] };
}

/** what the page keeps after a run: enough to draw the timeline without asking the worker */
export interface TraceSummary {
  stepCount: number;
  /** step index of each line step, in order */
  lineSteps: number[];
  /** the source line of each of those line steps (0: interpreter shutdown) */
  lineStepLines: number[];
  markers: Marker[];
  stdout: string;
  stderr: string;
  exitCode: number;
  stepLimited: boolean;
  /**
   * the browser's JavaScript stack ran out before CPython's recursion limit: the RecursionError
   * came earlier than CPython's would (the command line reaches the limit)
   */
  jsStackOverflowed?: boolean;
  /** made on the page's own thread, the worker's stack having been too small (worker/client.ts) */
  pageThread?: boolean;
  error: { type: string; message: string; line: number; col: number } | null;
  /** bytes the record takes, for the curious */
  bytes: number;
}
