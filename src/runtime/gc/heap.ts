// Allocation: every heap object is born here, counted in generation 0 when the collector
// tracks its type (_PyObject_GC_Link), and reported to the observer.

import { obs, type PyObject } from '../objects/object';
import { GcRuntime } from './gcList';
import { profile } from '../versions';

export const gcState = new GcRuntime();

export const limits = {
  /** live heap objects before MemoryError */
  maxObjects: 2_000_000,
};

export const stats = { live: 0 };

/** the longest list, tuple or string RefScope makes (V8 aborts the process beyond its own limits) */
export const MAX_SEQUENCE = 50_000_000;

let memoryErrorFn: (() => never) | null = null;
/** MemoryError unless a sequence of this length can be made */
export function checkSize(n: number | bigint): void {
  if (n > MAX_SEQUENCE) {
    if (memoryErrorFn !== null) memoryErrorFn();
    throw new Error('MemoryError');
  }
}

/** the collector, installed by collector.ts (avoids an import cycle) */
let autoCollect: () => void = () => {};
export function setAutoCollect(f: () => void): void {
  autoCollect = f;
}

/**
 * _PyObject_GC_Link passing threshold 0: 3.11 collects at once; 3.12+ only schedules it
 * (_Py_ScheduleGC) and evalBreaker() runs it at the next eval-breaker check.
 */
function scheduleCollect(): void {
  if (profile.gcScheduledAtEvalBreaker) gcState.scheduled = true;
  else autoCollect();
}

/** an eval-breaker check (RESUME, JUMP_BACKWARD, CALL): _Py_HandlePending runs a scheduled collection */
export function evalBreaker(): void {
  if (!gcState.scheduled) return;
  gcState.scheduled = false;
  if (!gcState.collecting) autoCollect();
}

let memoryError: () => never = () => {
  throw new Error('MemoryError');
};
export function setMemoryErrorRaiser(heapLimit: () => never, plain: () => never): void {
  memoryError = heapLimit;
  memoryErrorFn = plain;
}

/**
 * CPython's free lists: tuples (per length 1..20, up to 2000 each), lists and dicts (up to 80
 * each) are reused without passing through the allocator, so they neither count in generation 0
 * nor trigger a collection. A full collection empties them (clear_freelists).
 */
export const freeLists = new Map<string, number>();
const FREELIST_MAX: Record<string, number> = { list: 80, dict: 80, slice: 1 };
export function freeListMax(key: string): number {
  return FREELIST_MAX[key] ?? 2000;
}
/**
 * Can an allocation take one from this free list? 3.11/3.12's maybe_freelist_pop serves tuples
 * shorter than PyTuple_MAXSAVESIZE only, while maybe_freelist_push keeps 20-tuples too: freed
 * 20-tuples pile up unused until gh-121439 (3.13)
 */
function popsFrom(key: string): boolean {
  return key !== 'tuple20' || profile.tupleFreeListReusesTwenty;
}

/** the free lists as start-up leaves them (the profile's startupFreeLists) */
export function fillFreeLists(): void {
  freeLists.clear();
  const f = profile.startupFreeLists;
  freeLists.set('list', f.list);
  freeLists.set('dict', f.dict);
  freeLists.set('slice', 1); // interp->slice_cache: start-up leaves a slice there
  for (let n = 1; n <= 20; n++) freeLists.set('tuple' + n, f.tuple[n - 1]);
}
export function clearFreeLists(): void {
  // clear_freelists does not touch interp->slice_cache
  const slice = freeLists.get('slice');
  freeLists.clear();
  if (slice !== undefined) freeLists.set('slice', slice);
}

/** A container object: counted in generation 0, maybe triggering a collection, then tracked. */
export function gcNew<T extends PyObject>(o: T, track = true, freeListKey: string | null = null): T {
  const g0 = gcState.gens[0];
  const pooled = freeListKey !== null && popsFrom(freeListKey) ? (freeLists.get(freeListKey) ?? 0) : 0;
  if (pooled > 0) freeLists.set(freeListKey!, pooled - 1);
  else {
    g0.count++;
    if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting) scheduleCollect();
  }
  if (track) gcState.track(o);
  born(o);
  return o;
}

/**
 * An allocation CPython makes and frees inside a builtin (print's temporary tuple): invisible,
 * except to generation 0's count when the free list is empty.
 */
export function transientAlloc(freeListKey: string): void {
  const pooled = freeLists.get(freeListKey) ?? 0;
  if (pooled > 0 && popsFrom(freeListKey)) return;
  // freed onto its free list when there is room, else PyObject_GC_Del takes the count back
  if (pooled >= freeListMax(freeListKey)) return;
  const g0 = gcState.gens[0];
  g0.count++;
  if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting) scheduleCollect();
  freeLists.set(freeListKey, pooled + 1);
}

/** A container CPython allocates once and keeps (sys.stdout's first write) */
export function hiddenAlloc(freeListKey: string | null = null): void {
  if (freeListKey !== null && popsFrom(freeListKey)) {
    const pooled = freeLists.get(freeListKey) ?? 0;
    if (pooled > 0) {
      freeLists.set(freeListKey, pooled - 1);
      return;
    }
  }
  const g0 = gcState.gens[0];
  g0.count++;
  if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting) scheduleCollect();
}

/**
 * A container whose allocation hiddenAlloc already counted (zip_next's PyTuple_New, made before
 * its items are fetched): tracked and reported now, not counted again.
 */
export function gcNewAllocated<T extends PyObject>(o: T): T {
  gcState.track(o);
  born(o);
  return o;
}

/** A non-container heap object (never tracked by the collector). */
export function plainNew<T extends PyObject>(o: T): T {
  born(o);
  return o;
}

let raisingMemoryError = false;

function born(o: PyObject): void {
  if (++stats.live > limits.maxObjects && !raisingMemoryError) {
    // the MemoryError object itself must be allowed to exist
    raisingMemoryError = true;
    try {
      memoryError();
    } finally {
      raisingMemoryError = false;
    }
  }
  if (obs !== null) obs.alloc(o);
}

export function resetHeap(): void {
  const fresh = new GcRuntime();
  Object.assign(gcState, fresh);
  stats.live = 0;
  fillFreeLists();
}

/**
 * A container CPython frees inside a builtin without RefScope having made it as an object:
 * back to its free list when there is room (no count change), else PyObject_GC_Del lowers
 * generation 0's count.
 */
export function hiddenFree(freeListKey: string | null = null): void {
  if (freeListKey !== null) {
    const pooled = freeLists.get(freeListKey) ?? 0;
    if (pooled < freeListMax(freeListKey)) {
      freeLists.set(freeListKey, pooled + 1);
      return;
    }
  }
  const g0 = gcState.gens[0];
  if (g0.count > 0) g0.count--;
}

/**
 * Allocations whose cost to the collector a recorded table already holds (the objects an import
 * leaves, made for real so they can be shown): generation 0's count, the free lists and a
 * scheduled collection are as they were before `make`, and no collection runs inside it.
 */
export function uncounted<T>(make: () => T): T {
  const g0 = gcState.gens[0];
  const count = g0.count;
  const scheduled = gcState.scheduled;
  const pools = new Map(freeLists);
  const collecting = gcState.collecting;
  gcState.collecting = true;
  try {
    return make();
  } finally {
    gcState.collecting = collecting;
    g0.count = count;
    gcState.scheduled = scheduled;
    freeLists.clear();
    for (const [k, v] of pools) freeLists.set(k, v);
  }
}
