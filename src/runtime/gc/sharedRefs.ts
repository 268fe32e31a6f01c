// sys.getrefcount for the objects CPython 3.11 shares interpreter-wide: None, True, False, the
// small ints -5..256, () and ''. In 3.11 they are ordinary counted objects (PEP 683 made them
// immortal only in 3.12): 50 more references to None raise sys.getrefcount(None) by 50.
//
// RefScope keeps these as plain JS values with no count on them, so loads and stores pay
// nothing. Their count is worked out when asked, the way gc.get_referrers finds referrers
// (gc_referrers_for in Modules/gcmodule.c), widened to every holder: CPython's start-up figure
// (startupRefcounts311.ts: what the interpreter itself holds) plus each reference the program
// holds now, found by walking from the executing frames and the collector's lists through
// every object's references, atoms included. The figure is exact in its changes; its absolute
// value also includes the program's code constants in CPython, which are not counted here.

import { PyObject, isHeap } from '../objects/object';
import { PyDict } from '../objects/dict';
import { PyFunction } from '../objects/function';
import { PyRange } from '../objects/descriptors';
import { PyTuple } from '../objects/tuple';
import { gcState } from './heap';
import { S } from '../eval/state';
import { startupRefcountsPart } from '../parts';

/** true for the values whose one shared object CPython 3.11 counts */
export function isSharedObject(v: unknown): boolean {
  if (v === null || v === true || v === false || v === '') return true;
  if (typeof v === 'number' && Number.isInteger(v) && v >= -5 && v <= 256) return true;
  return v instanceof PyTuple && v.items.length === 0 && (v as { immortal?: boolean }).immortal === true;
}

function startupCount(v: unknown): number | null {
  if (!isSharedObject(v)) return null;
  // the recorded start-up figures are fetched the first time a program asks for one
  const s = startupRefcountsPart().STARTUP_REFCOUNTS_311;
  if (v === null) return s.none;
  if (v === true) return s.true;
  if (v === false) return s.false;
  if (v === '') return s.emptyStr;
  if (typeof v === 'number' && Number.isInteger(v) && v >= -5 && v <= 256) return s.smallInts[v + 5];
  if (v instanceof PyTuple && v.items.length === 0 && (v as { immortal?: boolean }).immortal) return s.emptyTuple;
  return null;
}

/**
 * The count CPython 3.11 would give `v` (one of the shared objects) at this moment, including
 * sys.getrefcount's own argument; null when `v` is not a shared object.
 */
export function sharedRefcount(v: unknown): number | null {
  const base = startupCount(v);
  if (base === null) return null;
  let n = base + 1; // the argument sys.getrefcount was called with
  const seen = new Set<PyObject>();
  const todo: PyObject[] = [];
  const hold = (x: unknown): void => {
    if (x === v) n++;
    else if (isHeap(x) && !seen.has(x)) {
      seen.add(x);
      todo.push(x);
    }
  };
  const visit = (_label: string, x: unknown): void => hold(x);
  // the executing frames (3.11's frames are not objects: what they hold are roots)
  for (let f = S.frame; f !== null; f = f.back) {
    for (const x of f.locals) hold(x);
    for (const x of f.iters) hold(x);
    for (const x of f.handling) hold(x);
    hold(f.globals);
    if (f.ns !== null) hold(f.ns);
    if (f.fn !== null) hold(f.fn);
    if (f.localsDict !== null) hold(f.localsDict);
    if (f.obj !== null) hold(f.obj);
  }
  // a call's or a display's items evaluated so far, on the value stack
  for (const vals of S.pending) for (const x of vals) hold(x);
  // every object the collector tracks, then whatever they reach (untracked dicts and tuples)
  for (const g of gcState.gens) for (const o of g.head.toArray()) hold(o);
  for (const o of gcState.permanent.toArray()) hold(o);
  while (todo.length > 0) {
    const o = todo.pop()!;
    o.edges(visit);
    heldBesidesEdges(o, hold);
  }
  return n;
}

/** references an object holds that the graph does not draw as edges */
function heldBesidesEdges(o: PyObject, hold: (x: unknown) => void): void {
  if (o instanceof PyDict) {
    // keys that are atoms are drawn as labels, but the dict holds them (dict keys table)
    for (const k of o.ks) if (!isHeap(k)) hold(k);
  } else if (o instanceof PyFunction) {
    hold(o.doc); // func_doc: the docstring, or None
  } else if (o instanceof PyRange) {
    // rangeobject holds start, stop, step and length as int objects
    hold(o.start);
    hold(o.stop);
    hold(o.step);
    hold(o.length);
  }
}
