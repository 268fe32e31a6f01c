// The itertools iterators of Modules/itertoolsmodule.c that are not combinatoric: each holds its
// source iterator(s), function and saved items in the slots CPython's struct has, and drops
// them where CPython does (Py_CLEAR on exhaustion in chain, cycle, islice, pairwise).

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, isHeap } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyList, newList } from '../../objects/list';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyFloat } from '../../objects/float';
import { type Kw } from '../../objects/function';
import { gcNew } from '../../gc/heap';
import { PyIter, PyTypedIter, getIter, iterNext, iterToArray, STOP, type Next } from '../../objects/iter';
import { argParserInitKw, intArg, noKw, parseArgs } from '../../eval/args';
import { typeError, valueError } from '../../eval/errors';
import { pyRepr } from '../../eval/repr';
import { pyTruthy } from '../../eval/protocols';
import { pyEq } from '../../eval/compare';
import { binaryOp } from '../../eval/ops';
import { callObject } from '../../eval/call';
import { typeOf } from '../../objects/typeobject/typeOf';
import { clearSlot, emitResult, itType, newItObj, setSlot } from './common';

const call1 = (f: unknown, v: unknown) => callObject(f, [incref(v)], null);

// ---------- count, cycle, repeat ----------

export function count(args: unknown[], kw: Kw): unknown {
  argParserInitKw('count', 2, kw);
  const [start, step] = parseArgs('count', args, kw, ['start?', 'step?']);
  let cnt: unknown = start ?? 0;
  const st: unknown = step ?? 1;
  const num = (v: unknown) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyFloat;
  if (!num(cnt) || !num(st)) typeError('a number is required');
  return newItObj('count', [], () => {
    const r = cnt;
    cnt = binaryOp('+', cnt, st);
    return r;
  }, () => (st === 1 && typeof st === 'number' ? `count(${pyRepr(cnt)})` : `count(${pyRepr(cnt)}, ${pyRepr(st)})`));
}

export function cycle(args: unknown[], kw: Kw): unknown {
  noKw('cycle', kw);
  if (args.length !== 1) typeError(`cycle expected 1 argument, got ${args.length}`);
  const src = getIter(args[0]);
  let index = 0;
  // slots: it, saved
  return newItObj('cycle', [src, newList([])], (it) => {
    const saved = it.held[1] as PyList;
    if (it.held[0] !== null) {
      const v = iterNext(it.held[0]);
      if (v !== STOP) {
        saved.items.push(incref(v));
        return v;
      }
      clearSlot(it, 0);
    }
    if (saved.items.length === 0) return STOP;
    const v = saved.items[index++];
    if (index >= saved.items.length) index = 0;
    return incref(v);
  });
}

export function repeat(args: unknown[], kw: Kw): unknown {
  const [obj, times] = parseArgs('repeat', args, kw, ['object', 'times?']);
  let cnt = times === undefined ? -1 : Math.max(0, intArg(times, 'repeat'));
  return newItObj('repeat', [incref(obj)], (it) => {
    if (cnt === 0) return STOP;
    if (cnt > 0) cnt--;
    return incref(it.held[0]);
  }, (it) => (cnt < 0 ? `repeat(${pyRepr(it.held[0])})` : `repeat(${pyRepr(it.held[0])}, ${cnt})`));
}

// ---------- accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap ----------

export function accumulate(args: unknown[], kw: Kw): unknown {
  argParserInitKw('accumulate', 3, kw);
  const [iterable, func, initial] = parseArgs('accumulate', args, kw, ['iterable', 'func?', 'initial?'], { maxPos: 2 });
  const f = func === undefined ? null : func;
  const init = initial === undefined ? null : initial;
  // slots: it, binop, total, initial
  return newItObj('accumulate', [getIter(iterable), incref(f), null, incref(init)], (it) => {
    if (it.held[3] !== null) {
      const v = it.held[3];
      it.held[3] = null;
      setSlot(it, 2, incref(v));
      return v;
    }
    const v = iterNext(it.held[0]);
    if (v === STOP) return STOP;
    const total = it.held[2];
    if (total === null) {
      setSlot(it, 2, incref(v));
      return v;
    }
    let n: unknown;
    try {
      n = it.held[1] === null ? binaryOp('+', total, v) : callObject(it.held[1], [incref(total), incref(v)], null);
    } finally {
      decref(v);
    }
    setSlot(it, 2, incref(n));
    return n;
  });
}

/** chain(*iterables): source iterates the args tuple; active is the current iterable's iterator */
export function chainFrom(source: PyObject): unknown {
  return newItObj('chain', [source, null], (it) => {
    for (;;) {
      if (it.held[1] === null) {
        if (it.held[0] === null) return STOP;
        const nx = iterNext(it.held[0]);
        if (nx === STOP) {
          clearSlot(it, 0);
          return STOP;
        }
        let act: PyObject;
        try {
          act = getIter(nx);
        } finally {
          decref(nx);
        }
        setSlot(it, 1, act);
      }
      const v = iterNext(it.held[1]);
      if (v !== STOP) return v;
      clearSlot(it, 1);
    }
  });
}

export function chain(args: unknown[], kw: Kw): unknown {
  noKw('chain', kw);
  const t = newTuple(args.map(incref));
  const src = getIter(t);
  decref(t);
  return chainFrom(src);
}

export function compress(args: unknown[], kw: Kw): unknown {
  argParserInitKw('compress', 2, kw);
  const [data, selectors] = parseArgs('compress', args, kw, ['data', 'selectors']);
  return newItObj('compress', [getIter(data), getIter(selectors)], (it) => {
    for (;;) {
      const d = iterNext(it.held[0]);
      if (d === STOP) return STOP;
      const s = iterNext(it.held[1]);
      if (s === STOP) {
        decref(d);
        return STOP;
      }
      const ok = pyTruthy(s);
      decref(s);
      if (ok) return d;
      decref(d);
    }
  });
}

function predIter(name: string, args: unknown[], kw: Kw): [unknown, PyObject] {
  noKw(name, kw);
  if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
  return [incref(args[0]), getIter(args[1])];
}

function test(f: unknown, v: unknown): boolean {
  if (f === null) return pyTruthy(v);
  const r = call1(f, v);
  const t = pyTruthy(r);
  decref(r);
  return t;
}

export function dropwhile(args: unknown[], kw: Kw): unknown {
  const [f, src] = predIter('dropwhile', args, kw);
  let start = false;
  return newItObj('dropwhile', [f, src], (it) => {
    for (;;) {
      const v = iterNext(it.held[1]);
      if (v === STOP) return STOP;
      if (start) return v;
      let keepDropping: boolean;
      try {
        keepDropping = test(it.held[0], v);
      } catch (e) {
        decref(v);
        throw e;
      }
      if (!keepDropping) {
        start = true;
        return v;
      }
      decref(v);
    }
  });
}

export function takewhile(args: unknown[], kw: Kw): unknown {
  const [f, src] = predIter('takewhile', args, kw);
  let stop = false;
  return newItObj('takewhile', [f, src], (it) => {
    if (stop) return STOP;
    const v = iterNext(it.held[1]);
    if (v === STOP) return STOP;
    let good: boolean;
    try {
      good = test(it.held[0], v);
    } catch (e) {
      decref(v);
      throw e;
    }
    if (good) return v;
    decref(v);
    stop = true;
    return STOP;
  });
}

export function filterfalse(args: unknown[], kw: Kw): unknown {
  const [f, src] = predIter('filterfalse', args, kw);
  return newItObj('filterfalse', [f, src], (it) => {
    for (;;) {
      const v = iterNext(it.held[1]);
      if (v === STOP) return STOP;
      let ok: boolean;
      try {
        ok = test(it.held[0], v);
      } catch (e) {
        decref(v);
        throw e;
      }
      if (!ok) return v;
      decref(v);
    }
  });
}

export function starmap(args: unknown[], kw: Kw): unknown {
  const [f, src] = predIter('starmap', args, kw);
  return newItObj('starmap', [f, src], (it) => {
    const a = iterNext(it.held[1]);
    if (a === STOP) return STOP;
    // PyObject_Call(func, args): the tuple (the item itself when it is one) holds the arguments
    // while the function, given references of its own, runs
    const exact = a instanceof PyTuple && typeOf(a) === BT.T_tuple;
    let items: unknown[];
    try {
      items = exact ? (a as PyTuple).items : iterToArray(a);
    } catch (e) {
      decref(a);
      throw e;
    }
    try {
      return callObject(it.held[0], items.map((v) => incref(v)), null);
    } finally {
      if (!exact) for (const v of items) decref(v);
      decref(a);
    }
  });
}

// ---------- islice, pairwise, zip_longest ----------

function sliceArg(v: unknown, what: string): number {
  if (v === null) return -1;
  if (typeof v === 'number' || typeof v === 'boolean') {
    const n = Number(v);
    if (n >= 0) return n;
  }
  return valueError(what);
}

export function islice(args: unknown[], kw: Kw): unknown {
  noKw('islice', kw);
  if (args.length < 2 || args.length > 4) typeError(`islice expected at most 4 arguments, got ${args.length}`);
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopMsg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const idxMsg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (args.length === 2) stop = sliceArg(args[1], stopMsg);
  else {
    start = args[1] === null ? 0 : sliceArg(args[1], idxMsg);
    stop = sliceArg(args[2], idxMsg);
    if (args.length === 4) {
      step = args[3] === null ? 1 : typeof args[3] === 'number' ? args[3] : -1;
      if (step < 1) valueError('Step for islice() must be a positive integer or None.');
    }
  }
  let cnt = 0;
  let next = start;
  return newItObj('islice', [getIter(args[0])], (it) => {
    const src = it.held[0];
    if (src === null) return STOP;
    while (cnt < next) {
      const v = iterNext(src);
      if (v === STOP) return empty(it);
      decref(v);
      cnt++;
    }
    if (stop !== -1 && cnt >= stop) return empty(it);
    const v = iterNext(src);
    if (v === STOP) return empty(it);
    cnt++;
    const old = next;
    next += step;
    if (next < old || (stop !== -1 && next > stop)) next = stop;
    return v;
  });
}

function empty(it: PyIter): typeof STOP {
  clearSlot(it, 0);
  return STOP;
}

export function pairwise(args: unknown[], kw: Kw): unknown {
  noKw('pairwise', kw);
  if (args.length !== 1) typeError(`pairwise expected 1 argument, got ${args.length}`);
  // slots: it, old
  return newItObj('pairwise', [getIter(args[0]), null], (it) => {
    const src = it.held[0];
    if (src === null) return STOP;
    if (it.held[1] === null) {
      const o = iterNext(src);
      if (o === STOP) {
        clearSlot(it, 0);
        return STOP;
      }
      setSlot(it, 1, o);
    }
    const nw = iterNext(src);
    if (nw === STOP) {
      clearSlot(it, 0);
      clearSlot(it, 1);
      return STOP;
    }
    const r = newTuple([incref(it.held[1]), incref(nw)]);
    setSlot(it, 1, nw);
    return r;
  });
}

export function zipLongest(args: unknown[], kw: Kw): unknown {
  let fill: unknown = null;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'fillvalue') typeError('zip_longest() got an unexpected keyword argument');
      fill = v;
    }
  }
  const its = args.map(getIter);
  const ittuple = newTuple(its);
  let active = its.length;
  const n = its.length;
  // slots: ittuple, fillvalue, result
  return newItObj('zip_longest', [ittuple, incref(fill), null], (it) => {
    if (n === 0 || active === 0) return STOP;
    const t = it.held[0] as PyTuple;
    const items: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const src = t.items[i];
      let v: Next = STOP;
      if (src !== null) {
        v = iterNext(src);
        if (v === STOP) {
          active--;
          if (active === 0) {
            for (const x of items) decref(x);
            return STOP;
          }
          t.items[i] = null;
          decref(src);
        }
      }
      items.push(v === STOP ? incref(it.held[1]) : v);
    }
    const r = emitResult(it, 2, items);
    for (const x of items) decref(x);
    return r;
  });
}

// ---------- groupby ----------

class GroupBy extends PyTypedIter {
  // slots: it, keyfunc, tgtkey, currkey, currvalue
  currgrouper: PyObject | null = null;
}

/** groupby_step: the next value and its key into currvalue / currkey; false at the end */
function groupbyStep(g: GroupBy): boolean {
  const v = iterNext(g.held[0]);
  if (v === STOP) return false;
  let k: unknown;
  try {
    k = g.held[1] === null ? incref(v) : call1(g.held[1], v);
  } catch (e) {
    decref(v);
    throw e;
  }
  const oldValue = g.held[4];
  g.held[4] = v;
  setSlot(g, 3, k);
  decref(oldValue);
  return true;
}

export function groupby(args: unknown[], kw: Kw): unknown {
  argParserInitKw('groupby', 2, kw);
  const [iterable, key] = parseArgs('groupby', args, kw, ['iterable', 'key?']);
  const g = gcNew(new GroupBy(itType('groupby'), [getIter(iterable), incref(key ?? null), null, null, null], (it) => groupbyNext(it as GroupBy), true));
  return g;
}

function groupbyNext(g: GroupBy): Next {
  g.currgrouper = null;
  for (;;) {
    if (g.held[3] === null) {
      /* pass */
    } else if (g.held[2] === null) break;
    else if (!pyEq(g.held[2], g.held[3])) break;
    if (!groupbyStep(g)) return STOP;
  }
  setSlot(g, 2, incref(g.held[3]));
  const grouper = newItObj('_grouper', [incref(g), incref(g.held[2])], (it) => grouperNext(it));
  g.currgrouper = grouper;
  const r = newTuple([incref(g.held[3]), grouper]);
  return r;
}

function grouperNext(it: PyIter): Next {
  const g = it.held[0] as GroupBy;
  if (g.currgrouper !== it) return STOP;
  if (g.held[4] === null) {
    if (!groupbyStep(g)) return STOP;
  }
  if (!pyEq(it.held[1], g.held[3])) return STOP;
  const r = g.held[4];
  g.held[4] = null;
  clearSlot(g, 3);
  return r;
}

// ---------- tee ----------

const LINKCELLS = 57;

/** teedataobject: up to 57 values read from the shared iterator, and the next link */
class TeeData extends PyObject {
  values: unknown[] = [];
  nextlink: TeeData | null = null;
  constructor(public it: unknown) {
    super();
  }
  get type(): PyType {
    return itType('_tee_dataobject');
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.it)) visit(this.it);
    for (const v of this.values) if (isHeap(v)) visit(v);
    if (this.nextlink !== null) visit(this.nextlink);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('it', this.it);
    this.values.forEach((v, i) => out(`values[${i}]`, v));
    if (this.nextlink !== null) out('nextlink', this.nextlink);
  }
  clear(): void {
    const { it, values, nextlink } = this;
    this.it = null;
    this.values = [];
    this.nextlink = null;
    decref(it);
    for (const v of values) decref(v);
    decref(nextlink);
  }
  releaseContents(): void {
    this.clear();
  }
  jumplink(): TeeData {
    if (this.nextlink === null) this.nextlink = gcNew(new TeeData(incref(this.it)));
    return incref(this.nextlink);
  }
  getitem(i: number): Next {
    if (i < this.values.length) return incref(this.values[i]);
    const v = iterNext(this.it);
    if (v === STOP) return STOP;
    this.values.push(v);
    return incref(v);
  }
}

class Tee extends PyTypedIter {
  index = 0;
}

function newTee(data: TeeData, index: number): Tee {
  const t = gcNew(new Tee(itType('_tee'), [data], (it) => teeNext(it as Tee), true));
  t.index = index;
  return t;
}

function teeNext(t: Tee): Next {
  if (t.index >= LINKCELLS) {
    const link = (t.held[0] as TeeData).jumplink();
    setSlot(t, 0, link);
    t.index = 0;
  }
  const v = (t.held[0] as TeeData).getitem(t.index);
  if (v !== STOP) t.index++;
  return v;
}

export function teeCopy(t: Tee): Tee {
  return newTee(incref(t.held[0] as TeeData), t.index);
}

export function tee(args: unknown[], kw: Kw): unknown {
  noKw('tee', kw);
  if (args.length < 1 || args.length > 2) typeError(`tee expected at most 2 arguments, got ${args.length}`);
  const n = args.length > 1 ? intArg(args[1], 'tee') : 2;
  if (n < 0) valueError('n must be >= 0');
  const src = getIter(args[0]);
  if (n === 0) {
    decref(src);
    return newTuple([]);
  }
  let first: Tee;
  if (src instanceof Tee) first = src;
  else first = newTee(gcNew(new TeeData(src)), 0);
  const out: unknown[] = [first];
  for (let i = 1; i < n; i++) out.push(teeCopy(first));
  return newTuple(out);
}

void BT;
