// heapq.nlargest and heapq.nsmallest: the Python functions of Lib/heapq.py (type(heapq.nlargest)
// is function), whose bodies run natively in frames of their own. Their algorithm: n == 1 through
// max()/min() with a default, n >= len(iterable) through sorted(...)[:n], otherwise a heap of the
// first n (elem, order) or (key, order, elem) tuples, each later item compared with the root and
// _heapreplace'd in as a new tuple, then result.sort() and a comprehension of the elements.
// The frame's fast locals are the real function's (co_varnames); 3.11 makes `key` a cell (the
// keyed comprehension closes over it) and runs each comprehension as a function of its own, 3.12+
// inlines them (PEP 709). An exception leaving a frame leaves its traceback entry, so the frame
// object keeps the locals until the traceback goes; the value stack is released after the entry
// is made (PyTraceBack_Here, then exception_unwind), as CPython does.

import { decref, incref } from '../../objects/object';
import { PyList, newListExact } from '../../objects/list';
import { PyTuple, newTuple } from '../../objects/tuple';
import { newSlice } from '../../objects/descriptors';
import { listAppendAlloc } from '../../objects/storage/listResize';
import { PyCell, PyFunction, type Kw } from '../../objects/function';
import type { Code } from '../../objects/code';
import type { PyDict } from '../../objects/dict';
import { getIter, iterNext, STOP } from '../../objects/iter';
import { gcNew, hiddenAlloc, hiddenFree } from '../../gc/heap';
import * as BT from '../../objects/builtinTypes';
import { argParserInit, intArg } from '../../eval/args';
import { PyError } from '../../eval/errors';
import { pyLt } from '../../eval/compare';
import { getItem, pyLen } from '../../eval/protocols';
import { callObject } from '../../eval/call';
import type { Frame } from '../../eval/frame';
import { addTraceback } from '../../eval/tracebackChain';
import { sortList } from '../../builtins/iteration';
import { builtinsMap } from '../../builtins/builtins';
import { profile } from '../../versions';
import { heapify, heapreplace } from './sift';

/** co_varnames: 3.11, and 3.12+ where the inlined comprehensions' i and elem are the function's */
const VARNAMES_311 = ['n', 'iterable', 'key', 'it', 'sentinel', 'result', 'size', 'top', 'order', '_heapreplace', 'elem', '_order', 'k', '_elem'];
const VARNAMES_312 = ['n', 'iterable', 'key', 'it', 'sentinel', 'result', 'size', 'i', 'elem', 'top', 'order', '_heapreplace', '_order', 'k', '_elem'];

/** STORE_FAST (steals v; the old value released) */
function store(f: Frame, name: string, v: unknown): void {
  const i = f.code.varnames.indexOf(name);
  const old = f.locals[i];
  f.locals[i] = v;
  if (old !== undefined) decref(old);
}

/** LOAD_FAST (borrowed) */
function load(f: Frame, name: string): unknown {
  return f.locals[f.code.varnames.indexOf(name)];
}

/** LOAD_FAST_AND_CLEAR (3.12+): the local's value moved to the stack, the local unbound */
function takeLocal(f: Frame, name: string): unknown {
  const i = f.code.varnames.indexOf(name);
  const v = f.locals[i];
  f.locals[i] = undefined;
  return v;
}

/** `key`: 3.11's LOAD_DEREF of its cell, 3.12's LOAD_FAST (borrowed) */
function keyOf(f: Frame): unknown {
  const v = f.locals[2];
  return v instanceof PyCell ? v.contents : v;
}

/** an exception leaving the frame: its traceback entry first, then the value stack released */
function unwind(e: unknown, f: Frame, stack: unknown[]): unknown {
  addTraceback(e, f);
  for (let i = stack.length - 1; i >= 0; i--) decref(stack[i]);
  return e;
}

function builtinFn(name: string): unknown {
  return builtinsMap.get(name);
}

/** COMPARE_OP <: both operands on the stack (their own references), released before an error */
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

/** a call from the function's code: the arguments it loaded are on the stack (their own
 * references) until the call returns, as is a callable loaded from a variable */
function onStack<T>(values: unknown[], call: () => T): T {
  for (const v of values) incref(v);
  try {
    return call();
  } finally {
    for (const v of values) decref(v);
  }
}

/** key(elem): the key function and the item on the stack (callObject takes the item's reference) */
function callKey(key: unknown, elem: unknown): unknown {
  return onStack([key], () => callObject(key, [incref(elem)], null));
}

/** LIST_APPEND (steals v) */
function listAppend(l: PyList, v: unknown): void {
  listAppendAlloc(l);
  l.items.push(v);
}

/** FOR_ITER, UNPACK_SEQUENCE and the STORE_FASTs: the next tuple's items in the named locals; false at the end */
function unpackNext(f: Frame, src: unknown, names: string[]): boolean {
  const t = iterNext(src);
  if (t === STOP) return false;
  const parts = (t as PyTuple).items.map(incref);
  decref(t);
  for (let i = 0; i < names.length; i++) store(f, names[i], parts[i]);
  return true;
}

interface Comprehension {
  /** the comprehension's iteration variables (co_varnames after .0) */
  names: string[];
  /** one item of the list, from the variables just stored */
  item: (f: Frame) => unknown;
  /** 3.11: closes over `key` */
  closure: boolean;
}

/** the comprehension's loop in frame f: the list built from `src` (stolen, on the stack) */
function comprehensionLoop(f: Frame, src: unknown, c: Comprehension): PyList {
  const out = newListExact([]);
  try {
    while (unpackNext(f, src, c.names)) listAppend(out, c.item(f));
  } catch (e) {
    throw unwind(e, f, [out, src]);
  }
  decref(src); // FOR_ITER at the end
  return out;
}

/** a module of its own (heapq.py): the code objects of one version's functions */
class NBestCodes {
  constructor(
    readonly globals: PyDict,
    readonly heapreplaceFn: unknown,
  ) {}
  private listcomps = new Map<string, Code>();
  /** 3.11: the <listcomp> code object (a constant of the function's code) */
  listcompCode(qualname: string, line: number, c: Comprehension): Code {
    const id = `${qualname}:${c.names.join(',')}:${c.closure}`;
    let code = this.listcomps.get(id);
    if (code === undefined) {
      code = {
        name: '<listcomp>', qualname: `${qualname}.<locals>.<listcomp>`, firstLine: line, varnames: ['.0', ...c.names], argcount: 1,
        kwonlycount: 0, hasVarargs: false, hasKwargs: false, cellSlots: [], freevars: c.closure ? ['key'] : [], scopeKind: 'comprehension',
        filename: 'heapq.py',
        run: (cf: Frame) => {
          cf.retval = comprehensionLoop(cf, incref(cf.locals[0]), c);
        },
      };
      this.listcomps.set(id, code);
    }
    return code;
  }
}

/**
 * A list comprehension over the iterator `makeIter` returns. 3.11: MAKE_FUNCTION (with a closure
 * of the key cell) before the iterable is evaluated, then the call, which takes the iterator as
 * `.0`; the function is released after the call. 3.12+ (inlined): the variables' values saved and
 * cleared (LOAD_FAST_AND_CLEAR), the loop run in this frame, then restored (on an exception too,
 * by the comprehension's handler: the list released, the variables restored last to first).
 */
function listComprehension(f: Frame, codes: NBestCodes, line: number, c: Comprehension, makeIter: () => unknown, storeAs: string | null): PyList {
  if (!profile.pep709InlinedComprehensions) {
    const closure = c.closure ? newTuple([incref(f.locals[2])]) : null;
    const fn = gcNew(new PyFunction(codes.listcompCode(f.code.qualname, line, c), incref(f.globals), null, null, closure));
    fn.module = 'heapq';
    let src: unknown;
    try {
      src = makeIter();
    } catch (e) {
      throw unwind(e, f, [fn]);
    }
    let out: PyList;
    try {
      out = callObject(fn, [src], null) as PyList;
    } finally {
      decref(fn);
    }
    if (storeAs !== null) store(f, storeAs, out);
    return out;
  }
  const src = makeIter();
  const saved = c.names.map((n) => takeLocal(f, n));
  const out = newListExact([]);
  try {
    while (unpackNext(f, src, c.names)) listAppend(out, c.item(f));
  } catch (e) {
    addTraceback(e, f);
    decref(src);
    decref(out);
    for (let i = c.names.length - 1; i >= 0; i--) restore(f, c.names[i], saved[i]);
    throw e;
  }
  decref(src);
  if (storeAs !== null) {
    store(f, storeAs, out);
    for (let i = 0; i < c.names.length; i++) restore(f, c.names[i], saved[i]);
  } else {
    for (let i = c.names.length - 1; i >= 0; i--) restore(f, c.names[i], saved[i]);
  }
  return out;
}

/** STORE_FAST of a value LOAD_FAST_AND_CLEAR saved (undefined: the local unbound again) */
function restore(f: Frame, name: string, v: unknown): void {
  const i = f.code.varnames.indexOf(name);
  const old = f.locals[i];
  f.locals[i] = v;
  if (old !== undefined) decref(old);
}

/** the first n items: [(elem, i) ...] or [(key(elem), i, elem) ...] for i, elem in zip(range(...), it) */
function firstN(f: Frame, codes: NBestCodes, n: number, keyed: boolean, largest: boolean, line: number): PyList {
  const c: Comprehension = keyed
    ? {
        names: ['i', 'elem'],
        closure: true,
        item: (cf) => {
          const key = cf === f ? keyOf(f) : comprehensionKeyCell(cf);
          const elem = load(cf, 'elem');
          const k = callKey(key, elem);
          return newTuple([k, incref(load(cf, 'i')), incref(elem)]);
        },
      }
    : { names: ['i', 'elem'], closure: false, item: (cf) => newTuple([incref(load(cf, 'elem')), incref(load(cf, 'i'))]) };
  const makeIter = (): unknown => {
    const rng = callObject(BT.T_range, largest ? [0, -n, -1] : [n], null);
    return callObject(builtinFn('zip'), [rng, incref(load(f, 'it'))], null);
  };
  return listComprehension(f, codes, line, c, makeIter, 'result');
}

/** LOAD_DEREF key in the comprehension's own frame (3.11: its free variable) */
function comprehensionKeyCell(cf: Frame): unknown {
  const v = cf.locals[cf.code.varnames.length];
  return v instanceof PyCell ? v.contents : v;
}

function nBestRun(f: Frame, codes: NBestCodes, largest: boolean): unknown {
  const n = intArg(load(f, 'n'), f.code.name);
  const iterable = load(f, 'iterable');
  const key = keyOf(f);
  const base = f.code.firstLine;
  // the line running (its offset from the def line in Lib/heapq.py): a traceback entry's line
  const at = (offset: number): void => {
    f.line = base + offset;
  };
  // Short-cut for n==1 is to use min() / max()
  if (n === 1) {
    at(8);
    store(f, 'it', onStack([iterable], () => getIter(iterable)));
    at(9);
    store(f, 'sentinel', callObject(BT.T_object, [], null));
    at(10);
    const kw: Kw = new Map<string, unknown>([['default', incref(load(f, 'sentinel'))], ['key', incref(key)]]);
    store(f, 'result', callObject(builtinFn(largest ? 'max' : 'min'), [incref(load(f, 'it'))], kw));
    const r = load(f, 'result');
    return r === load(f, 'sentinel') ? newListExact([]) : newListExact([incref(r)]);
  }
  // When n>=size, it's faster to use sorted()
  let size: number | undefined;
  try {
    at(15);
    size = onStack([iterable], () => pyLen(iterable));
    store(f, 'size', size);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    // the handler's `except (TypeError, AttributeError)`: the entry made, a 2-tuple built to match
    addTraceback(e, f);
    hiddenAlloc('tuple2');
    hiddenFree('tuple2');
    if (!(e.exc.cls.isSubtypeOf(BT.T_TypeError) || e.exc.cls.isSubtypeOf(BT.T_AttributeError))) throw e;
    decref(e.exc);
  }
  if (size !== undefined && n >= size) {
    at(20);
    const kw: Kw = new Map<string, unknown>([['key', incref(key)]]);
    if (largest) kw.set('reverse', true);
    const sorted = callObject(builtinFn('sorted'), [incref(iterable)], kw);
    const sl = newSlice(null, n, null);
    try {
      return getItem(sorted, sl);
    } finally {
      decref(sl);
      decref(sorted);
    }
  }
  const keyed = key !== null;
  // the keyless branch's lines; the keyed branch follows 17 lines below (19 for nsmallest's
  // first, below a longer comment), and one more from its `k = key(elem)` on
  const shift = keyed ? 17 : 0;
  const after = keyed ? 18 : 0;
  at(keyed ? (largest ? 41 : 43) : 24);
  store(f, 'it', onStack([iterable], () => getIter(iterable)));
  at((largest ? 25 : 27) + shift);
  const result = firstN(f, codes, n, keyed, largest, f.line);
  if (result.items.length === 0) return incref(result);
  at((largest ? 28 : 30) + shift);
  onStack([result], () => heapify(result, !largest));
  // top = result[0][0]
  store(f, 'top', incref((result.items[0] as PyTuple).items[0]));
  store(f, 'order', largest ? -n : n);
  store(f, '_heapreplace', incref(codes.heapreplaceFn));
  // for elem in it: the loop's iterator on the stack
  const it = incref(load(f, 'it'));
  try {
    for (;;) {
      at((largest ? 32 : 34) + shift);
      const elem = iterNext(it);
      if (elem === STOP) break;
      store(f, 'elem', elem);
      if (keyed) {
        at((largest ? 33 : 35) + shift);
        store(f, 'k', callKey(key, elem));
      }
      const probe = keyed ? load(f, 'k') : elem;
      const top = load(f, 'top');
      at((largest ? 33 : 35) + after);
      if (!(largest ? stackLt(top, probe) : stackLt(probe, top))) continue;
      at((largest ? 34 : 36) + after);
      const order = load(f, 'order') as number;
      const item = keyed ? newTuple([incref(probe), order, incref(elem)]) : newTuple([incref(elem), order]);
      // _heapreplace(result, item): the call's arguments released, then POP_TOP of the old root
      let old: unknown;
      try {
        old = onStack([result], () => heapreplace(result, item, !largest));
      } finally {
        decref(item);
      }
      decref(old);
      // top, _order(, _elem) = result[0]
      const t0 = incref(result.items[0]) as PyTuple;
      const parts = t0.items.map(incref);
      decref(t0);
      store(f, 'top', parts[0]);
      store(f, '_order', parts[1]);
      if (keyed) store(f, '_elem', parts[2]);
      store(f, 'order', order + (largest ? -1 : 1));
    }
  } catch (e) {
    throw unwind(e, f, [it]);
  }
  decref(it);
  // result.sort(reverse=True) (nsmallest: result.sort()): the keyword goes through list_sort's parser
  at((largest ? 37 : 39) + after);
  onStack([result], () => {
    if (largest) argParserInit('list.sort', 2);
    sortList(result, null, largest);
  });
  // return [elem for (elem, order) in result] (keyed: for (k, order, elem))
  const names = keyed ? ['k', 'order', 'elem'] : ['elem', 'order'];
  const last: Comprehension = { names, closure: false, item: (cf) => incref(load(cf, 'elem')) };
  at((largest ? 38 : 40) + after);
  return listComprehension(f, codes, f.line, last, () => getIter(result), null);
}

/** nsmallest / nlargest (Lib/heapq.py): function objects of the heapq module (made as it is imported) */
export function makeNBest(name: 'nlargest' | 'nsmallest', globals: PyDict, heapreplaceFn: unknown): PyFunction {
  const largest = name === 'nlargest';
  const inlined = profile.pep709InlinedComprehensions;
  const codes = new NBestCodes(globals, heapreplaceFn);
  const code: Code = {
    name, qualname: name, firstLine: (largest ? 523 : 463) + (profile.heapqMaxHeapPublic ? 14 : 0), varnames: inlined ? VARNAMES_312 : VARNAMES_311, argcount: 3, kwonlycount: 0,
    hasVarargs: false, hasKwargs: false, cellSlots: inlined ? [] : [2], freevars: [], scopeKind: 'function', filename: 'heapq.py',
    run: (f: Frame) => {
      f.retval = nBestRun(f, codes, largest);
    },
  };
  const fn = gcNew(new PyFunction(code, globals, newTuple([null]), null, null));
  fn.module = 'heapq';
  return fn;
}
