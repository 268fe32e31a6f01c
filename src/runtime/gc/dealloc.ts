// tp_dealloc: what happens the moment a count reaches zero (subtype_dealloc, list_dealloc...).
// Order, as in CPython 3.11: untrack; __del__ (once, PEP 442; it may resurrect); clear the
// weak references (their callbacks run); release contents in the type's order; free; drop
// the reference to the class. Deep structures go through the trashcan (Py_TRASHCAN_BEGIN,
// depth 50), which also keeps the JS stack shallow.

import { PyObject, GcState, obs, setDeallocator, decref } from '../objects/object';
import { gcState, stats, freeLists, freeListMax } from './heap';

function freeListKeyOf(o: PyObject): string | null {
  if (isSubInstance(o)) return null; // subclass instances come from tp_alloc, never a free list
  // only exact lists, dicts and tuples go to the free lists (subclasses: tp_free)
  if (o instanceof PyList) return o.type === T_list ? 'list' : null;
  if (o instanceof PyDict) return o.registered && o.type === T_dict ? 'dict' : null;
  if (o instanceof PySlice) return 'slice'; // slice_dealloc keeps one in interp->slice_cache
  if (o instanceof PyTuple && o.type === T_tuple) return tupleFreeList(o.size);
  return o.deallocFreeList;
}
import { PyInstance } from '../objects/instance';
import { PyList } from '../objects/list';
import { PyTuple, tupleFreeList } from '../objects/tuple';
import { PySlice } from '../objects/descriptors';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PyFrameObject, PyTraceback } from '../objects/frameObject';
import { clearWeakrefsOnDealloc } from '../objects/weakref';
import { callFinalizer, hasFinalizer } from './finalizer';
import { PyGenerator, genFinalize } from '../objects/genobject';
import { T_dict, T_list, T_tuple } from '../objects/builtinTypes';
import { heapTypeOf, isSubInstance } from '../objects/typeobject/subInstance';

const TRASH_UNWIND_LEVEL = 50;
let trashNesting = 0;
const deleteLater: PyObject[] = [];

/** the types whose tp_dealloc opens with Py_TRASHCAN_BEGIN (a traceback of 1,000 levels is freed
 * link by link through it, as are frame objects) */
function usesTrashcan(o: PyObject): boolean {
  return o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PyInstance || o instanceof PySet || o instanceof PyTraceback || o instanceof PyFrameObject;
}

export function dealloc(o: PyObject): void {
  if (usesTrashcan(o)) {
    if (trashNesting >= TRASH_UNWIND_LEVEL) {
      deleteLater.push(o);
      return;
    }
    trashNesting++;
    try {
      deallocBody(o);
    } finally {
      trashNesting--;
      if (trashNesting <= 0 && deleteLater.length > 0) destroyChain();
    }
  } else {
    deallocBody(o);
  }
}

/** _PyTrash_thread_destroy_chain: last deposited first */
function destroyChain(): void {
  while (deleteLater.length > 0) {
    const o = deleteLater.pop()!;
    trashNesting++;
    try {
      deallocBody(o);
    } finally {
      trashNesting--;
    }
  }
}

function deallocBody(o: PyObject): void {
  const wasTracked = o.gcState !== GcState.Untracked;
  if (wasTracked) gcState.untrack(o);
  if (!o.finalized && hasFinalizer(o)) {
    // PyObject_CallFinalizerFromDealloc: resurrect temporarily, call, undo
    if (wasTracked) gcState.track(o);
    o.rc = 1;
    callFinalizer(o);
    if (--o.rc !== 0) {
      if (obs !== null) obs.rc(o, 0);
      return; // resurrected by __del__
    }
    if (o.gcState !== GcState.Untracked) gcState.untrack(o);
  }
  if (o instanceof PyGenerator) {
    // gen_dealloc: weak references first, then _PyGen_Finalize (close), which may resurrect
    if (o.weakrefs !== null) clearWeakrefsOnDealloc(o);
    if (!o.finalized) {
      gcState.track(o);
      o.rc = 1;
      genFinalize(o);
      if (--o.rc !== 0) {
        if (obs !== null) obs.rc(o, 0);
        return;
      }
      if (o.gcState !== GcState.Untracked) gcState.untrack(o);
    }
  }
  if (o.weakrefs !== null) clearWeakrefsOnDealloc(o);
  o.releaseContents();
  if (o.isGC) {
    const key = freeListKeyOf(o);
    const pooled = key === null ? -1 : (freeLists.get(key) ?? 0);
    if (key !== null && pooled < freeListMax(key)) freeLists.set(key, pooled + 1);
    else {
      const g0 = gcState.gens[0];
      if (g0.count > 0) g0.count--;
    }
  }
  stats.live--;
  if (obs !== null) obs.free(o);
  const ht = heapTypeOf(o);
  if (ht !== null) decref(ht);
}

setDeallocator(dealloc);
