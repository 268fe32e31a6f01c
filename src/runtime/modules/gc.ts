// The gc module (Modules/gcmodule.c's Python interface).

import { PyModule } from '../objects/descriptors';
import { builtin } from '../objects/function';
import { PyObject, decref, incref, isHeap, GcState, obs } from '../objects/object';
import { PyList, newList } from '../objects/list';
import { PyTuple, newTuple } from '../objects/tuple';
import { PyDict, newDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PyInstance } from '../objects/instance';
import { PyCell, PyBuiltin } from '../objects/function';
import { gcState, transientAlloc, plainNew } from '../gc/heap';
import { IMMORTAL_RC } from '../objects/typeobject/type';
import { registerModule } from './registry';
import { argRange, exactArgs, intArg, parseArgs } from '../eval/args';
import { valueError } from '../eval/errors';
import { callObject } from '../eval/call';
import { PyError } from '../eval/errors';
import { writeUnraisable } from '../gc/finalizer';
import { pyRepr } from '../eval/repr';
import {
  collectManual, gcHooks, DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
} from '../gc/collector';

/** gc.garbage and gc.callbacks: lists the gc module owns for the whole run */
export const gcLists = {
  garbage: null as PyList | null,
  callbacks: null as PyList | null,
};

/** a list the gc module owns for the whole run (one reference, never released) */
function moduleList(): PyList {
  return plainNew(new PyList([]));
}

/** all objects the collector tracks, in generation order */
export function trackedObjects(): PyObject[] {
  const out: PyObject[] = [];
  for (const g of gcState.gens) out.push(...g.head.toArray());
  out.push(...gcState.permanent.toArray());
  return out;
}

/** what tp_traverse visits, atoms included (gc.get_referents) */
export function referentsOf(o: unknown): unknown[] {
  if (!isHeap(o) || !o.isGC) return [];
  if (o instanceof PyList) return o.items.slice().reverse();
  if (o instanceof PyTuple) return o.items.slice().reverse();
  if (o instanceof PyDict) {
    const out: unknown[] = [];
    if (o.embedded) return out; // 3.13: the instance visits its inline values, the dict does not
    const strKeys = o.keysArray().every((k) => typeof k === 'string');
    for (const i of o.positions()) {
      out.push(o.vs[i]);
      if (!strKeys) out.push(o.ks[i]);
    }
    return out;
  }
  if (o instanceof PySet) return o.items();
  if (o instanceof PyInstance) {
    const out: unknown[] = [];
    if (o.slotVals) for (const v of o.slotVals) if (v !== undefined) out.push(v);
    if (o.attrs !== null) {
      if (o.attrs.inline || o.attrs.embedded) out.push(...o.attrs.valuesArray());
      else out.push(o.attrs);
    }
    if (o.excArgs !== null) out.push(o.excArgs);
    if (!o.cls.builtin) out.push(o.cls);
    return out;
  }
  if (o instanceof PyCell) return o.contents === undefined ? [] : [o.contents];
  const out: unknown[] = [];
  o.traverse((x) => out.push(x));
  return out;
}

function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = gcLists.callbacks;
  if (cbs === null || cbs.items.length === 0) return;
  const info = newDict();
  info.set('generation', generation);
  info.set('collected', collected);
  info.set('uncollectable', uncollectable);
  const snapshot = cbs.items.map(incref);
  try {
    for (const cb of snapshot) {
      try {
        decref(callObject(cb, [phase, incref(info)], null));
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        writeUnraisable(`Exception ignored in garbage collector callback ${pyRepr(cb)}`, e);
      }
    }
  } finally {
    for (const cb of snapshot) decref(cb);
    decref(info);
  }
}

registerModule('gc', () => {
  const m = new PyModule('gc');
  const a = m.attrs;
  const garbage = (gcLists.garbage = moduleList());
  const callbacks = (gcLists.callbacks = new PyList([]));
  callbacks.rc = IMMORTAL_RC; // module machinery, outside the traced heap
  gcHooks.saveGarbage = (o) => {
    garbage.items.push(incref(o));
    if (obs !== null) obs.mutate(garbage, garbage.items.length - 1);
  };
  gcHooks.invokeCallbacks = invokeCallbacks;
  a.set('garbage', garbage);
  a.set('callbacks', callbacks);
  a.set('DEBUG_STATS', DEBUG_STATS);
  a.set('DEBUG_COLLECTABLE', DEBUG_COLLECTABLE);
  a.set('DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE);
  a.set('DEBUG_SAVEALL', DEBUG_SAVEALL);
  a.set('DEBUG_LEAK', DEBUG_LEAK);
  const def = (name: string, fn: (args: unknown[], kw: Map<string, unknown> | null) => unknown) => a.set(name, builtin(name, fn, 'gc'));

  def('collect', (args, kw) => {
    const [gen] = parseArgs('collect', args, kw, ['generation?']);
    const g = gen === undefined ? 2 : intArg(gen, 'collect');
    if (g < 0 || g > 2) valueError('invalid generation');
    return collectManual(g);
  });
  def('get_count', () => newTuple(gcState.gens.map((g) => g.count)));
  def('get_threshold', () => newTuple(gcState.gens.map((g) => g.threshold)));
  def('set_threshold', (args) => {
    transientAlloc('tuple' + args.length); // METH_VARARGS: an args tuple
    argRange('set_threshold', args, 1, 3);
    args.forEach((v, i) => (gcState.gens[i].threshold = intArg(v, 'set_threshold')));
    return null;
  });
  def('enable', () => {
    gcState.enabled = true;
    return null;
  });
  def('disable', () => {
    gcState.enabled = false;
    return null;
  });
  def('isenabled', () => gcState.enabled);
  def('set_debug', (args) => {
    exactArgs('set_debug', args, 1);
    gcState.debug = intArg(args[0], 'set_debug');
    return null;
  });
  def('get_debug', () => gcState.debug);
  def('is_tracked', (args) => {
    exactArgs('is_tracked', args, 1);
    const o = args[0];
    if (o instanceof PyBuiltin) return true; // builtin functions are GC objects in CPython
    return isHeap(o) && o.gcState !== GcState.Untracked;
  });
  def('is_finalized', (args) => {
    exactArgs('is_finalized', args, 1);
    return args[0] instanceof PyObject && args[0].finalized;
  });
  def('get_referents', (args) => newList(args.flatMap(referentsOf).map(incref)));
  def('get_referrers', (args) => {
    const targets = new Set(args);
    const out: PyObject[] = [];
    for (const o of trackedObjects()) {
      let hit = false;
      for (const r of referentsOf(o)) if (targets.has(r)) hit = true;
      if (hit) out.push(o);
    }
    return newList(out.map(incref));
  });
  def('get_objects', (args, kw) => {
    const [gen] = parseArgs('get_objects', args, kw, ['generation?']);
    if (gen === undefined || gen === null) return newList(trackedObjects().map(incref));
    const g = intArg(gen, 'get_objects');
    if (g < 0 || g > 2) valueError(`generation parameter must be less than the number of available generations (3)`);
    return newList(gcState.gens[g].head.toArray().map(incref));
  });
  def('freeze', () => {
    for (const g of gcState.gens) {
      for (const o of g.head.toArray()) o.gen = 3;
      g.head.mergeInto(gcState.permanent);
    }
    return null;
  });
  def('unfreeze', () => {
    for (const o of gcState.permanent.toArray()) o.gen = 2;
    gcState.permanent.mergeInto(gcState.gens[2].head);
    return null;
  });
  def('get_freeze_count', () => gcState.permanent.size());
  def('get_stats', () => newList(gcState.stats.map((st) => {
    const d = newDict();
    d.set('collections', st.collections);
    d.set('collected', st.collected);
    d.set('uncollectable', st.uncollectable);
    return d;
  })));
  return m;
});
