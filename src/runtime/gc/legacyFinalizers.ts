// The collector before PEP 442 (CPython 2.7 and 3.0-3.3, Modules/gcmodule.c): an unreachable
// object whose class defines __del__ is never finalized by the collector. move_finalizers takes
// such objects out of the unreachable set, move_finalizer_reachable takes everything they reach
// with them, and handle_finalizers appends the ones with __del__ to gc.garbage and keeps them
// all in the oldest generation: the cycle leaks. Used when the profile's
// pep442SafeFinalization is off (`--legacy-finalizers`).

import { PyObject, GcState } from '../objects/object';
import { GcList, moveTo } from './gcList';
import { hasFinalizer } from './finalizer';

/** move_finalizers: the unreachable objects with __del__ go to `finalizers` */
export function moveLegacyFinalizers(unreachable: GcList, finalizers: GcList): void {
  for (let g = unreachable.gcNext; g !== unreachable; ) {
    const next = g!.gcNext!;
    const o = g as PyObject;
    if (hasFinalizer(o)) {
      moveTo(o, finalizers);
      o.gcState = GcState.Tracked;
    }
    g = next;
  }
}

/** move_finalizer_reachable: what a finalizer object reaches cannot be freed either */
export function moveLegacyFinalizerReachable(finalizers: GcList): void {
  for (let g = finalizers.gcNext; g !== finalizers; g = g!.gcNext!) {
    (g as PyObject).traverse((x) => {
      if (x.gcState === GcState.Unreachable) {
        moveTo(x, finalizers);
        x.gcState = GcState.Tracked;
      }
    });
  }
}

/** handle_finalizers: the objects with __del__ (all of them under DEBUG_SAVEALL) go to gc.garbage */
export function handleLegacyFinalizers(finalizers: GcList, saveAll: boolean, save: (o: PyObject) => void): void {
  for (let g = finalizers.gcNext; g !== finalizers; g = g!.gcNext!) {
    const o = g as PyObject;
    if (saveAll || hasFinalizer(o)) save(o);
  }
}
