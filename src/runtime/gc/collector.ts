// The cyclic garbage collector: CPython 3.11's gc_collect_main (Modules/gcmodule.c), phase by
// phase, on the same lists. Each phase is a small function and reports itself to the observer.

import { profile } from '../versions';
import { PyObject, GcState, obs, decref, incref } from '../objects/object';
import { gcState, setAutoCollect, clearFreeLists } from './heap';
import { GcList, moveTo, unlink, NUM_GENERATIONS, type GcNode } from './gcList';
import { PyTuple, tupleCanUntrack, mayBeTracked } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { T_dict, T_tuple } from '../objects/builtinTypes';
import { PyInstance } from '../objects/instance';
import { hasFinalizer } from './finalizer';
import { PyWeakRef, clearRef, handleCallback, supportsWeakrefs } from '../objects/weakref';
import { callFinalizer } from './finalizer';
import { PyGenerator, genFinalize } from '../objects/genobject';
import { S } from '../eval/state';
import type { GcPhase, GcTrigger } from '../observer';
import { hexAddr } from '../eval/repr';
import { handleLegacyFinalizers, moveLegacyFinalizerReachable, moveLegacyFinalizers } from './legacyFinalizers';

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/** gc.garbage and gc.callbacks live in the gc module; installed by modules/gc.ts */
export const gcHooks = {
  saveGarbage: (_o: PyObject): void => {},
  invokeCallbacks: (_phase: 'start' | 'stop', _generation: number, _collected: number, _uncollectable: number): void => {},
};

/** what sets the next collection off: gc.collect() and the automatic collection say so; else shutdown */
let collectReason: GcTrigger['reason'] = 'shutdown';

function report(phase: GcPhase, generation: number, list: GcList | PyObject[], extra: { gcRefs?: boolean; collected?: number; trigger?: GcTrigger } = {}): void {
  if (obs === null) return;
  const objects = list instanceof GcList ? list.toArray() : list;
  let gcRefs: Map<number, number> | undefined;
  if (extra.gcRefs) {
    gcRefs = new Map();
    for (const o of objects) gcRefs.set(o.id, o.gcRefs);
  }
  obs.gc({ phase, generation, objects, gcRefs, collected: extra.collected, trigger: extra.trigger });
}

function setGen(list: GcList, gen: number): void {
  for (let g = list.gcNext; g !== list; g = g.gcNext!) {
    const o = g as PyObject;
    o.gen = gen;
    o.gcState = GcState.Tracked;
  }
}

/** update_refs: gc_refs := the reference count; mark as collecting */
function updateRefs(young: GcList): void {
  for (let g = young.gcNext; g !== young; g = g.gcNext!) {
    const o = g as PyObject;
    o.gcRefs = o.rc;
    o.gcState = GcState.Collecting;
  }
}

function visitDecref(o: PyObject): void {
  if (o.gcState === GcState.Collecting) o.gcRefs--;
}

/** subtract_refs: remove the references that come from inside the young list */
function subtractRefs(young: GcList): void {
  for (let g = young.gcNext; g !== young; g = g.gcNext!) {
    const o = g as PyObject;
    o.traverse(visitDecref);
  }
}

let reachableList: GcList;
function visitReachable(o: PyObject): void {
  if (o.gcState === GcState.Collecting) {
    if (o.gcRefs === 0) o.gcRefs = 1;
  } else if (o.gcState === GcState.Unreachable) {
    // tentatively unreachable, but reachable after all: back to the end of young
    unlink(o);
    reachableList.append(o);
    o.gcRefs = 1;
    o.gcState = GcState.Collecting;
  }
}

/** move_unreachable: what has gc_refs > 0 is reachable, and so is all it references */
function moveUnreachable(young: GcList, unreachable: GcList): void {
  reachableList = young;
  let prev: GcNode = young;
  let g = young.gcNext;
  while (g !== young) {
    const o = g as PyObject;
    if (o.gcRefs > 0) {
      o.traverse(visitReachable);
      o.gcState = GcState.Tracked;
      prev = g;
    } else {
      unlink(o);
      unreachable.append(o);
      o.gcState = GcState.Unreachable;
    }
    g = prev.gcNext!;
  }
}

function deduceUnreachable(base: GcList, unreachable: GcList): void {
  updateRefs(base);
  subtractRefs(base);
  moveUnreachable(base, unreachable);
}

/** untrack_tuples: tuples holding only atoms leave the collector */
function untrackTuples(young: GcList): void {
  let g = young.gcNext;
  while (g !== young) {
    const next = g!.gcNext!;
    const o = g as PyObject;
    if (o instanceof PyTuple && o.type === T_tuple && tupleCanUntrack(o)) gcState.untrack(o); // PyTuple_CheckExact
    g = next;
  }
}

/**
 * 3.12's collection before the first line: start-up leaves generation 0 just under threshold 0,
 * compiling the program passes it, and the collection that schedules runs at the module's
 * first RESUME. The compiler's objects (constant tuples) are the young generation then:
 * untrack_tuples leaves the atom-only ones untracked, the rest move to generation 1. The
 * profile's start-up counts and stats already include this collection.
 */
export function startupCollection(): void {
  const young = gcState.gens[0].head;
  untrackTuples(young);
  setGen(young, 1);
  young.mergeInto(gcState.gens[1].head);
  gcState.gens[0].count = 0;
}

/** untrack_dicts (full collections only) */
function untrackDicts(young: GcList): void {
  if (profile.dictsAlwaysTracked) return; // 3.14 tracks every dict
  let g = young.gcNext;
  while (g !== young) {
    const next = g!.gcNext!;
    const o = g as PyObject;
    if (o instanceof PyDict && !o.inline && o.type === T_dict) { // PyDict_CheckExact
      let keep = false;
      for (const i of o.positions()) if (mayBeTracked(o.ks[i]) || mayBeTracked(o.vs[i])) keep = true;
      if (!keep) gcState.untrack(o);
    }
    g = next;
  }
}

/** handle_weakrefs: clear weakrefs to the unreachable, run callbacks of reachable weakrefs */
function handleWeakrefs(unreachable: GcList, old: GcList, oldGen: number): number {
  const wrcbToCall = new GcList();
  for (let g = unreachable.gcNext; g !== unreachable; ) {
    const o = g as PyObject;
    const next = g!.gcNext!;
    if (o instanceof PyWeakRef) clearRef(o);
    if (supportsWeakrefs(o) && o.weakrefs !== null) {
      while (o.weakrefs !== null && o.weakrefs.length > 0) {
        const wr = o.weakrefs[0] as PyWeakRef;
        clearRef(wr);
        if (obs !== null) obs.weakrefCleared(wr, wr.callback !== null);
        if (wr.callback === null) continue;
        if (wr.gcState === GcState.Unreachable) continue;
        incref(wr);
        moveTo(wr, wrcbToCall);
      }
    }
    g = next;
  }
  let freed = 0;
  while (!wrcbToCall.isEmpty()) {
    const wr = wrcbToCall.gcNext as PyWeakRef;
    const cb = wr.callback;
    if (cb !== null) handleCallback(wr, cb);
    decref(wr);
    if (wrcbToCall.gcNext === wr) {
      moveTo(wr, old);
      wr.gen = oldGen;
    } else freed++;
  }
  return freed;
}

/** finalize_garbage: each __del__ once (PEP 442) */
function finalizeGarbage(collectable: GcList): void {
  const seen = new GcList();
  while (!collectable.isEmpty()) {
    const o = collectable.gcNext as PyObject;
    moveTo(o, seen);
    if (!o.finalized && hasFinalizer(o)) {
      incref(o);
      callFinalizer(o);
      decref(o);
    } else if (o instanceof PyGenerator && !o.finalized) {
      // _PyGen_Finalize: an unfinished generator is closed (its finally blocks run)
      incref(o);
      genFinalize(o);
      decref(o);
    }
  }
  seen.mergeInto(collectable);
}

/** handle_resurrected_objects: what a finalizer made reachable again survives */
function handleResurrected(unreachable: GcList, stillUnreachable: GcList, old: GcList, oldGen: number): void {
  for (let g = unreachable.gcNext; g !== unreachable; g = g!.gcNext!) (g as PyObject).gcState = GcState.Tracked;
  deduceUnreachable(unreachable, stillUnreachable);
  for (let g = stillUnreachable.gcNext; g !== stillUnreachable; g = g!.gcNext!) (g as PyObject).gcState = GcState.Unreachable;
  setGen(unreachable, oldGen);
  unreachable.mergeInto(old);
}

/** delete_garbage: tp_clear breaks the cycles; DEBUG_SAVEALL keeps them in gc.garbage */
function deleteGarbage(collectable: GcList, old: GcList, oldGen: number): void {
  while (!collectable.isEmpty()) {
    const o = collectable.gcNext as PyObject;
    if (gcState.debug & DEBUG_SAVEALL) {
      gcHooks.saveGarbage(o);
      moveTo(o, old);
      o.gen = oldGen;
      o.gcState = GcState.Tracked;
    } else {
      incref(o);
      o.clear();
      decref(o);
    }
    if (collectable.gcNext === o) {
      moveTo(o, old);
      o.gen = oldGen;
      o.gcState = GcState.Tracked;
    }
  }
}

function stderr(text: string): void {
  S.write('stderr', text);
  if (obs !== null) obs.write('stderr', text);
}

/** gc_collect_main: returns the number of unreachable objects found */
export function collectMain(generation: number): number {
  const g = gcState;
  if (g.debug & DEBUG_STATS) {
    stderr(`gc: collecting generation ${generation}...\n`);
    stderr(`gc: objects in each generation: ${g.gens.map((x) => x.head.size()).join(' ')}\n`);
    stderr(`gc: objects in permanent generation: ${g.permanent.size()}\n`);
  }
  const trigger: GcTrigger | undefined = obs === null ? undefined : { reason: collectReason, counts: g.gens.map((x) => x.count), thresholds: g.gens.map((x) => x.threshold) };
  if (generation + 1 < NUM_GENERATIONS) g.gens[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) g.gens[i].count = 0;
  for (let i = 0; i < generation; i++) {
    setGen(g.gens[i].head, generation);
    g.gens[i].head.mergeInto(g.gens[generation].head);
  }
  const young = g.gens[generation].head;
  const oldGen = generation < NUM_GENERATIONS - 1 ? generation + 1 : generation;
  const old = g.gens[oldGen].head;
  report('start', generation, young, { trigger });

  const unreachable = new GcList();
  updateRefs(young);
  report('update_refs', generation, young, { gcRefs: true });
  subtractRefs(young);
  report('subtract_refs', generation, young, { gcRefs: true });
  moveUnreachable(young, unreachable);
  report('move_unreachable', generation, unreachable);
  untrackTuples(young);
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) g.longLivedPending += young.size();
    setGen(young, oldGen);
    young.mergeInto(old);
  } else {
    untrackDicts(young);
    g.longLivedPending = 0;
    g.longLivedTotal = young.size();
  }
  // before PEP 442: cycles holding __del__ are set aside, uncollectable (legacyFinalizers.ts)
  const legacy = profile.pep442SafeFinalization ? null : new GcList();
  if (legacy !== null) {
    moveLegacyFinalizers(unreachable, legacy);
    moveLegacyFinalizerReachable(legacy);
  }
  if (g.debug & DEBUG_COLLECTABLE) {
    for (let x = unreachable.gcNext; x !== unreachable; x = x!.gcNext!) {
      const o = x as PyObject;
      stderr(`gc: collectable <${o.type.name} ${hexAddr(o)}>\n`);
    }
  }
  let m = handleWeakrefs(unreachable, old, oldGen);
  report('weakrefs', generation, unreachable);
  if (legacy !== null) return finishLegacy(generation, unreachable, legacy, old, oldGen, m);
  finalizeGarbage(unreachable);
  report('finalize', generation, unreachable);
  const finalUnreachable = new GcList();
  handleResurrected(unreachable, finalUnreachable, old, oldGen);
  report('resurrected', generation, finalUnreachable);
  m += finalUnreachable.size();
  const saved = finalUnreachable.toArray();
  deleteGarbage(finalUnreachable, old, oldGen);
  report(g.debug & DEBUG_SAVEALL ? 'saveall' : 'clear', generation, saved, { collected: m });
  if (generation === NUM_GENERATIONS - 1) clearFreeLists();
  const st = g.stats[generation];
  st.collections++;
  st.collected += m;
  if (g.debug & DEBUG_STATS) stderr(`gc: done, ${m} unreachable, 0 uncollectable, 0.0000s elapsed\n`);
  report('done', generation, [], { collected: m });
  return m;
}

/** the rest of a pre-PEP 442 collection: no finalizers run, the set-aside objects stay (2.7's collect) */
function finishLegacy(generation: number, unreachable: GcList, legacy: GcList, old: GcList, oldGen: number, weakrefsFreed: number): number {
  const g = gcState;
  const m = weakrefsFreed + unreachable.size();
  const saved = unreachable.toArray();
  deleteGarbage(unreachable, old, oldGen);
  report(g.debug & DEBUG_SAVEALL ? 'saveall' : 'clear', generation, saved, { collected: m });
  const n = legacy.size();
  if (g.debug & DEBUG_UNCOLLECTABLE) {
    for (let x = legacy.gcNext; x !== legacy; x = x!.gcNext!) {
      const o = x as PyObject;
      stderr(`gc: uncollectable <${o.type.name} ${hexAddr(o)}>\n`);
    }
  }
  handleLegacyFinalizers(legacy, (g.debug & DEBUG_SAVEALL) !== 0, (o) => gcHooks.saveGarbage(o));
  setGen(legacy, oldGen);
  legacy.mergeInto(old);
  if (generation === NUM_GENERATIONS - 1) clearFreeLists();
  const st = g.stats[generation];
  st.collections++;
  st.collected += m;
  st.uncollectable += n;
  if (g.debug & DEBUG_STATS) stderr(`gc: done, ${m + n} unreachable, ${n} uncollectable, 0.0000s elapsed\n`);
  report('done', generation, [], { collected: m + n });
  return m + n;
}

/** gc_collect_with_callback */
export function collectWithCallback(generation: number): number {
  gcHooks.invokeCallbacks('start', generation, 0, 0);
  const n = collectMain(generation);
  gcHooks.invokeCallbacks('stop', generation, n, 0);
  return n;
}

/** gc.collect(): no-op while a collection is already running */
export function collectManual(generation: number): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  collectReason = 'manual';
  try {
    return collectWithCallback(generation);
  } finally {
    gcState.collecting = false;
    collectReason = 'shutdown';
  }
}

/** gc_collect_generations: the automatic collection allocation triggers */
function collectGenerations(): void {
  const g = gcState;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (g.gens[i].count > g.gens[i].threshold) {
      if (i === NUM_GENERATIONS - 1 && g.longLivedPending < g.longLivedTotal / 4) continue;
      g.collecting = true;
      collectReason = 'automatic';
      try {
        collectWithCallback(i);
      } finally {
        g.collecting = false;
        collectReason = 'shutdown';
      }
      break;
    }
  }
}

setAutoCollect(collectGenerations);
