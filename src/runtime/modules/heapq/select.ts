// heapq.nlargest and heapq.nsmallest as Lib/heapq.py (3.11) runs them: n == 1 through max()/min()
// with a default, n >= len(iterable) through sorted(...)[:n], otherwise a heap of the first n
// (elem, order) or (key, order, elem) tuples, each later item compared with the root and
// _heapreplace'd in as a new tuple, then result.sort() and a comprehension of the elements.
// The Python frame is simulated: its locals hold references (released in co_varnames order when
// it returns), its comprehensions cost a function object each, zip(range(n), it) is the real zip.

import { decref, incref } from '../../objects/object';
import { PyList, newListExact } from '../../objects/list';
import { PyTuple, newTuple } from '../../objects/tuple';
import { newSlice } from '../../objects/descriptors';
import { listAppendAlloc } from '../../objects/storage/listResize';
import { type Kw } from '../../objects/function';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { hiddenAlloc, hiddenFree } from '../../gc/heap';
import * as BT from '../../objects/builtinTypes';
import { intArg, parseArgs } from '../../eval/args';
import { PyError } from '../../eval/errors';
import { pyLt } from '../../eval/compare';
import { getItem, pyLen } from '../../eval/protocols';
import { callObject } from '../../eval/call';
import { sortList } from '../../builtins/iteration';
import { builtinsMap } from '../../builtins/builtins';
import { heapify, heapreplace } from './sift';

/** the frame's fast locals, in co_varnames order; a store releases the old value */
const VARNAMES = ['n', 'iterable', 'key', 'it', 'sentinel', 'result', 'size', 'top', 'order', '_heapreplace', 'elem', '_order', 'k', '_elem'] as const;
type Local = (typeof VARNAMES)[number];

class Frame {
  private slots = new Map<Local, unknown>();
  /** STORE_FAST: steals v */
  store(name: Local, v: unknown): void {
    const old = this.slots.get(name);
    this.slots.set(name, v);
    if (old !== undefined) decref(old);
  }
  get(name: Local): unknown {
    return this.slots.get(name);
  }
  /** _PyFrame_Clear: the locals released in order */
  clear(): void {
    for (const name of VARNAMES) {
      const v = this.slots.get(name);
      if (v === undefined) continue;
      this.slots.delete(name);
      decref(v);
    }
  }
}

function builtinFn(name: string): unknown {
  return builtinsMap.get(name);
}

/** COMPARE_OP <: both operands on the stack (their own references) while __lt__ runs */
function stackLt(a: unknown, b: unknown): boolean {
  incref(a);
  incref(b);
  try {
    return pyLt(a, b);
  } finally {
    decref(a);
    decref(b);
  }
}

/** a list comprehension's MAKE_FUNCTION and call: the function object lives while it runs */
function listcomp<T>(body: () => T): T {
  hiddenAlloc();
  try {
    return body();
  } finally {
    hiddenFree();
  }
}

/** LIST_APPEND (steals v) */
function listAppend(l: PyList, v: unknown): void {
  listAppendAlloc(l);
  l.items.push(v);
}

/**
 * [(elem, i) for i, elem in zip(range(n), it)] (keyed: [(key(elem), i, elem) ...]); the range
 * counts down from 0 for nlargest. The comprehension's frame holds the zip as `.0`, then i and elem.
 */
function firstN(n: number, it: unknown, key: unknown, largest: boolean): PyList {
  return listcomp(() => {
    const rangeArgs = largest ? [0, -n, -1] : [n];
    const rng = callObject(BT.T_range, rangeArgs, null);
    const zip = callObject(builtinFn('zip'), [rng, incref(it)], null);
    const result = newListExact([]);
    let elem: unknown = undefined;
    let i: unknown = undefined;
    let failed: unknown = null;
    try {
      for (;;) {
        const pair = iterNext(zip);
        if (pair === STOP) break;
        const items = (pair as PyTuple).items;
        const ni = incref(items[0]);
        const ne = incref(items[1]);
        decref(pair);
        if (i !== undefined) decref(i);
        i = ni;
        if (elem !== undefined) decref(elem);
        elem = ne;
        if (key === null) listAppend(result, newTuple([incref(elem), incref(i)]));
        else {
          const k = callObject(key, [incref(elem)], null);
          listAppend(result, newTuple([k, incref(i), incref(elem)]));
        }
      }
    } catch (e) {
      failed = e;
    }
    // the comprehension's frame cleared: its locals (.0, i, elem), then its stack (the list)
    decref(zip);
    if (i !== undefined) decref(i);
    if (elem !== undefined) decref(elem);
    if (failed !== null) {
      decref(result);
      throw failed;
    }
    return result;
  });
}

/** [elem for (elem, order) in result] (keyed: [elem for (k, order, elem) in result]) */
function elements(result: PyList, keyed: boolean): PyList {
  return listcomp(() => {
    const iter = getIter(result);
    const out = newListExact([]);
    const held: unknown[] = [];
    let failed: unknown = null;
    try {
      for (;;) {
        const t = iterNext(iter);
        if (t === STOP) break;
        const items = (t as PyTuple).items;
        const fresh = items.map(incref);
        decref(t);
        for (const x of held) decref(x);
        held.length = 0;
        held.push(...fresh);
        listAppend(out, incref(fresh[keyed ? 2 : 0]));
      }
    } catch (e) {
      failed = e;
    }
    decref(iter);
    for (const x of held) decref(x);
    if (failed !== null) {
      decref(out);
      throw failed;
    }
    return out;
  });
}

function nBestBody(f: Frame, n: number, iterable: unknown, key: unknown, largest: boolean): unknown {
  // Short-cut for n==1 is to use min() / max()
  if (n === 1) {
    f.store('it', getIter(iterable));
    f.store('sentinel', callObject(BT.T_object, [], null));
    const kw: Kw = new Map<string, unknown>([['default', incref(f.get('sentinel'))], ['key', incref(key)]]);
    f.store('result', callObject(builtinFn(largest ? 'max' : 'min'), [incref(f.get('it'))], kw));
    const r = f.get('result');
    return r === f.get('sentinel') ? newListExact([]) : newListExact([incref(r)]);
  }
  // When n>=size, it's faster to use sorted()
  let size: number | undefined;
  try {
    size = pyLen(iterable);
  } catch (e) {
    if (!(e instanceof PyError) || !(e.exc.cls.isSubtypeOf(BT.T_TypeError) || e.exc.cls.isSubtypeOf(BT.T_AttributeError))) throw e;
    decref(e.exc);
  }
  if (size !== undefined) {
    if (n >= size) {
      const kw: Kw = new Map<string, unknown>([['key', incref(key)]]);
      if (largest) kw.set('reverse', true);
      const sorted = callObject(builtinFn('sorted'), [incref(iterable)], kw);
      try {
        const sl = newSlice(null, n, null);
        try {
          return getItem(sorted, sl);
        } finally {
          decref(sl);
        }
      } finally {
        decref(sorted);
      }
    }
  }
  const keyed = key !== null;
  f.store('it', getIter(iterable));
  f.store('result', firstN(n, f.get('it'), keyed ? key : null, largest));
  const result = f.get('result') as PyList;
  if (result.items.length === 0) return incref(result);
  heapify(result, !largest);
  // top = result[0][0]
  f.store('top', incref((result.items[0] as PyTuple).items[0]));
  let order = largest ? -n : n;
  const it = f.get('it');
  for (;;) {
    const elem = iterNext(it);
    if (elem === STOP) break;
    f.store('elem', elem);
    if (keyed) f.store('k', callObject(key, [incref(elem)], null));
    const probe = keyed ? f.get('k') : elem;
    const top = f.get('top');
    if (!(largest ? stackLt(top, probe) : stackLt(probe, top))) continue;
    const item = keyed ? newTuple([incref(probe), order, incref(elem)]) : newTuple([incref(elem), order]);
    // _heapreplace(result, item): the call's argument released, then POP_TOP of the old root
    let old: unknown;
    try {
      old = heapreplace(result, item, !largest);
    } finally {
      decref(item);
    }
    decref(old);
    // top, _order(, _elem) = result[0]
    const t0 = incref(result.items[0]) as PyTuple;
    const parts = t0.items.map(incref);
    decref(t0);
    f.store('top', parts[0]);
    f.store('_order', parts[1]);
    if (keyed) f.store('_elem', parts[2]);
    order += largest ? -1 : 1;
  }
  sortList(result, null, largest);
  return elements(result, keyed);
}

/** nsmallest / nlargest (Lib/heapq.py) */
export function nBest(name: string, args: unknown[], kw: Kw, largest: boolean): unknown {
  const [nArg, iterable, keyArg] = parseArgs(name, args, kw, ['n', 'iterable', 'key?'], { maxPos: 2 });
  const n = intArg(nArg, name);
  const key = keyArg === undefined ? null : keyArg;
  const f = new Frame();
  // the frame's own references to its arguments
  f.store('iterable', incref(iterable));
  if (key !== null) f.store('key', incref(key));
  try {
    return nBestBody(f, n, iterable, key, largest);
  } finally {
    f.clear();
  }
}
