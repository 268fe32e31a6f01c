// The operator module (Lib/operator.py over Modules/_operator.c): the function forms of the
// operators, and itemgetter / attrgetter / methodcaller, GC-tracked objects holding what they
// fetch or call with.

import * as BT from '../objects/builtinTypes';
import { PyObject, decref, incref, isHeap } from '../objects/object';
import { PyType } from '../objects/typeobject/type';
import { newTuple } from '../objects/tuple';
import { PyModule } from '../objects/descriptors';
import { builtin, method, type Kw } from '../objects/function';
import { gcNew } from '../gc/heap';
import { getIter, iterNext, STOP } from '../objects/iter';
import { registerModule } from './registry';
import { exactArgs, noKw } from '../eval/args';
import { typeError } from '../eval/errors';
import { pyRepr, pyStr } from '../eval/repr';
import { contains, delItem, getItem, pyLen, pyTruthy, setItem } from '../eval/protocols';
import { pyEq, richCompare, type CmpOp } from '../eval/compare';
import { binaryOp, inplaceOp, unaryOp } from '../eval/ops';
import { callObject } from '../eval/call';
import { getAttr, loadMethod } from '../eval/attr';
import { typeOf } from '../objects/typeobject/typeOf';
import type { BinOperator } from '../../python/ast';

const T_itemgetter = new PyType('itemgetter', [BT.T_object], true, 'operator');
const T_attrgetter = new PyType('attrgetter', [BT.T_object], true, 'operator');
const T_methodcaller = new PyType('methodcaller', [BT.T_object], true, 'operator');

/** base of the three callables: what they hold, as a list of references */
abstract class Getter extends PyObject {
  constructor(public held: unknown[]) {
    super();
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const h of this.held) if (isHeap(h)) visit(h);
  }
  edges(out: (label: string, o: unknown) => void): void {
    this.held.forEach((h, i) => out(`[${i}]`, h));
  }
  releaseContents(): void {
    const h = this.held;
    this.held = [];
    for (const x of h) decref(x);
  }
}

class ItemGetter extends Getter {
  get type(): PyType {
    return T_itemgetter;
  }
  pyRepr(): string {
    return `operator.itemgetter(${this.held.map(pyRepr).join(', ')})`;
  }
}

class AttrGetter extends Getter {
  get type(): PyType {
    return T_attrgetter;
  }
  pyRepr(): string {
    return `operator.attrgetter(${this.held.map(pyRepr).join(', ')})`;
  }
}

class MethodCaller extends Getter {
  constructor(public name: string, args: unknown[], public kw: Map<string, unknown>) {
    super(args);
  }
  get type(): PyType {
    return T_methodcaller;
  }
  traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    for (const v of this.kw.values()) if (isHeap(v)) visit(v);
  }
  releaseContents(): void {
    super.releaseContents();
    const kw = this.kw;
    this.kw = new Map();
    for (const v of kw.values()) decref(v);
  }
  pyRepr(): string {
    const parts = [pyRepr(this.name), ...this.held.map(pyRepr), ...[...this.kw].map(([k, v]) => `${k}=${pyRepr(v)}`)];
    return `operator.methodcaller(${parts.join(', ')})`;
  }
}

function dotted(obj: unknown, name: string): unknown {
  let cur = incref(obj);
  for (const part of name.split('.')) {
    const next = getAttr(cur, part);
    decref(cur);
    cur = next;
  }
  return cur;
}

T_itemgetter.construct = (args, kw) => {
  noKw('itemgetter', kw);
  if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
  return gcNew(new ItemGetter(args.map(incref)));
};
method(T_itemgetter, '__call__', (self: ItemGetter, args, kw) => {
  noKw('itemgetter', kw);
  exactArgs('itemgetter', args, 1);
  if (self.held.length === 1) return getItem(args[0], self.held[0]);
  const out: unknown[] = [];
  try {
    for (const k of self.held) out.push(getItem(args[0], k));
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  }
  return newTuple(out);
});

T_attrgetter.construct = (args, kw) => {
  noKw('attrgetter', kw);
  if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
  for (const a of args) if (typeof a !== 'string') typeError('attribute name must be a string');
  return gcNew(new AttrGetter(args.slice()));
};
method(T_attrgetter, '__call__', (self: AttrGetter, args, kw) => {
  noKw('attrgetter', kw);
  exactArgs('attrgetter', args, 1);
  if (self.held.length === 1) return dotted(args[0], self.held[0] as string);
  const out: unknown[] = [];
  try {
    for (const n of self.held) out.push(dotted(args[0], n as string));
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  }
  return newTuple(out);
});

T_methodcaller.construct = (args, kw) => {
  if (args.length === 0) typeError('methodcaller needs at least one argument, the method name');
  if (typeof args[0] !== 'string') typeError('method name must be a string');
  const k = new Map<string, unknown>();
  if (kw !== null) for (const [n, v] of kw) k.set(n, incref(v));
  return gcNew(new MethodCaller(args[0] as string, args.slice(1).map(incref), k));
};
method(T_methodcaller, '__call__', (self: MethodCaller, args, kw) => {
  noKw('methodcaller', kw);
  exactArgs('methodcaller', args, 1);
  const [f, s] = loadMethod(incref(args[0]), self.name);
  const callArgs = self.held.map(incref);
  if (s !== undefined) callArgs.unshift(s);
  let k: Kw = null;
  if (self.kw.size > 0) {
    k = new Map();
    for (const [n, v] of self.kw) k.set(n, incref(v));
  }
  try {
    return callObject(f, callArgs, k);
  } finally {
    decref(f);
  }
});

const BINARY: [string, BinOperator][] = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
  ['lshift', '<<'], ['rshift', '>>'], ['and_', '&'], ['or_', '|'], ['xor', '^'], ['matmul', '@'],
];
const COMPARE: [string, CmpOp][] = [['lt', '<'], ['le', '<='], ['eq', '=='], ['ne', '!='], ['ge', '>='], ['gt', '>']];

function two(name: string, args: unknown[]): void {
  if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
}

registerModule('operator', () => {
  const m = new PyModule('operator');
  const a = m.attrs;
  const def = (name: string, fn: (args: unknown[], kw: Kw) => unknown, dunder = true) => {
    const b = builtin(name, fn, 'operator');
    a.set(name, b);
    if (dunder) a.set(`__${name.replace(/_$/, '')}__`, b);
  };
  for (const [name, op] of BINARY) {
    def(name, (args) => {
      two(name, args);
      return binaryOp(op, args[0], args[1]);
    });
    const iname = 'i' + name.replace(/_$/, '');
    def(iname, (args) => {
      two(iname, args);
      return inplaceOp(op, args[0], args[1]);
    });
  }
  for (const [name, op] of COMPARE) {
    def(name, (args) => {
      two(name, args);
      return richCompare(args[0], args[1], op);
    });
  }
  def('neg', (args) => (exactArgs('neg', args, 1), unaryOp('-', args[0])));
  def('pos', (args) => (exactArgs('pos', args, 1), unaryOp('+', args[0])));
  def('invert', (args) => (exactArgs('invert', args, 1), unaryOp('~', args[0])));
  def('inv', (args) => (exactArgs('inv', args, 1), unaryOp('~', args[0])));
  def('abs', (args) => {
    exactArgs('abs', args, 1);
    return callAbs(args[0]);
  });
  def('not_', (args) => (exactArgs('not_', args, 1), !pyTruthy(args[0])));
  def('truth', (args) => (exactArgs('truth', args, 1), pyTruthy(args[0])), false);
  def('is_', (args) => (two('is_', args), args[0] === args[1]), false);
  def('is_not', (args) => (two('is_not', args), args[0] !== args[1]), false);
  def('index', (args) => {
    exactArgs('index', args, 1);
    const v = args[0];
    if (typeof v === 'number' || typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    return typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  });
  def('concat', (args) => {
    two('concat', args);
    const t = typeOf(args[0]);
    if (typeof args[0] !== 'string' && t !== BT.T_list && t !== BT.T_tuple && !(t.lookup('__getitem__') !== undefined)) {
      typeError(`'${t.name}' object can't be concatenated`);
    }
    return binaryOp('+', args[0], args[1]);
  });
  def('contains', (args) => (two('contains', args), contains(args[0], args[1])));
  def('getitem', (args) => (two('getitem', args), getItem(args[0], args[1])));
  def('setitem', (args) => {
    if (args.length !== 3) typeError(`setitem expected 3 arguments, got ${args.length}`);
    setItem(args[0], args[1], args[2]);
    return null;
  });
  def('delitem', (args) => {
    two('delitem', args);
    delItem(args[0], args[1]);
    return null;
  });
  def('countOf', (args) => {
    two('countOf', args);
    let n = 0;
    forEach(args[0], (x) => {
      if (x === args[1] || pyEq(x, args[1])) n++;
      return false;
    });
    return n;
  }, false);
  def('indexOf', (args) => {
    two('indexOf', args);
    let i = 0;
    let found = -1;
    forEach(args[0], (x) => {
      if (x === args[1] || pyEq(x, args[1])) {
        found = i;
        return true;
      }
      i++;
      return false;
    });
    if (found < 0) typeError('sequence.index(x): x not in sequence');
    return found;
  }, false);
  def('length_hint', (args) => {
    if (args.length < 1 || args.length > 2) typeError(`length_hint expected 1 or 2 arguments, got ${args.length}`);
    try {
      return pyLen(args[0]);
    } catch {
      return args.length > 1 ? args[1] : 0;
    }
  }, false);
  a.set('itemgetter', T_itemgetter);
  a.set('attrgetter', T_attrgetter);
  a.set('methodcaller', T_methodcaller);
  return m;
});

function callAbs(v: unknown): unknown {
  const absFn = builtinsAbs();
  return callObject(absFn, [incref(v)], null);
}

import { builtinsMap } from '../builtins/builtins';
function builtinsAbs(): unknown {
  return builtinsMap.get('abs');
}

/** iterate v, calling f with each item (borrowed) until it returns true */
function forEach(v: unknown, f: (x: unknown) => boolean): void {
  const it = getIter(v);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === STOP) return;
      const stop = f(x);
      decref(x);
      if (stop) return;
    }
  } finally {
    decref(it);
  }
}
void pyStr;
