// Allocation: every heap object is born here, counted in generation 0 when the collector
// tracks its type (_PyObject_GC_Link), and reported to the observer.

import { obs, type PyObject } from './object';
import { GcRuntime } from './gcList';

export const gcState = new GcRuntime();

export const limits = {
  /** live heap objects before MemoryError */
  maxObjects: 2_000_000,
};

export const stats = { live: 0 };

/** the collector, installed by collector.ts (avoids an import cycle) */
let autoCollect: () => void = () => {};
export function setAutoCollect(f: () => void): void {
  autoCollect = f;
}

let memoryError: () => never = () => {
  throw new Error('MemoryError');
};
export function setMemoryErrorRaiser(f: () => never): void {
  memoryError = f;
}

/** A container object: counted in generation 0, maybe triggering a collection, then tracked. */
export function gcNew<T extends PyObject>(o: T, track = true): T {
  const g0 = gcState.gens[0];
  g0.count++;
  if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting) autoCollect();
  if (track) gcState.track(o);
  born(o);
  return o;
}

/** A non-container heap object (never tracked by the collector). */
export function plainNew<T extends PyObject>(o: T): T {
  born(o);
  return o;
}

function born(o: PyObject): void {
  if (++stats.live > limits.maxObjects) {
    stats.live--;
    memoryError();
  }
  if (obs !== null) obs.alloc(o);
}

export function resetHeap(): void {
  const fresh = new GcRuntime();
  Object.assign(gcState, fresh);
  stats.live = 0;
}
