// collections.deque (Modules/_collectionsmodule.c): a GC-tracked double-ended queue. CPython keeps
// the items in linked blocks of 64 slots (not Python objects); here a JS array holds the same
// references in the same order. deque_append then trims the other end (the new item goes in
// first, the dropped one is released after), deque_clear releases left to right.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, isHeap, obs } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { method, type Kw } from '../../objects/function';
import { gcNew, transientAlloc } from '../../gc/heap';
import { getIter, iterNext, newTypedIter, STOP, type PyIter } from '../../objects/iter';
import { argRange, exactArgs, intArg, parseArgs } from '../../eval/args';
import { indexError, raise, runtimeError, typeError, valueError } from '../../eval/errors';
import { pyRepr, withReprGuard } from '../../eval/repr';
import { pyEq, richCompare, type CmpOp } from '../../eval/compare';
import { NotImplemented, asIndex } from '../../eval/protocols';
import { PySlice } from '../../objects/descriptors';
import { typeOf } from '../../objects/typeobject/typeOf';

export const T_deque = new PyType('deque', [BT.T_object], true, 'collections');
const T_deque_iterator = new PyType('_deque_iterator', [BT.T_object], true, '_collections');
const T_deque_reverse_iterator = new PyType('_deque_reverse_iterator', [BT.T_object], true, '_collections');
T_deque.identityHash = false;

export class PyDeque extends PyObject {
  items: unknown[] = [];
  /** -1: unbounded */
  maxlen = -1;
  /** deque->state: bumped on every mutation, so iterators notice */
  state = 0;
  get type(): PyType {
    return T_deque;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const v of this.items) if (isHeap(v)) visit(v);
  }
  edges(out: (label: string, o: unknown) => void): void {
    this.items.forEach((v, i) => out(`[${i}]`, v));
  }
  /** deque_clear: the deque is emptied first, then the items released left to right */
  clear(): void {
    const old = this.items;
    if (old.length === 0) return;
    this.items = [];
    this.state++;
    if (obs !== null) obs.mutate(this);
    for (const v of old) decref(v);
  }
  releaseContents(): void {
    this.clear();
  }
  pyLen(): number {
    return this.items.length;
  }
  pyContains(v: unknown): boolean {
    const st = this.state;
    for (let i = 0; i < this.items.length; i++) {
      const x = this.items[i];
      incref(x);
      let hit: boolean;
      try {
        hit = x === v || pyEq(x, v);
      } finally {
        decref(x);
      }
      if (st !== this.state) runtimeError('deque mutated during iteration');
      if (hit) return true;
    }
    return false;
  }
  pyIter(): PyObject {
    return dequeIter(this, false);
  }
  pyGetItem(k: unknown): unknown {
    if (k instanceof PySlice) return typeError(`sequence index must be integer, not 'slice'`);
    return incref(this.items[this.index(k)]);
  }
  pySetItem(k: unknown, v: unknown): void {
    const i = this.index(k);
    const old = this.items[i];
    this.items[i] = incref(v);
    if (obs !== null) obs.mutate(this);
    decref(old);
  }
  pyDelItem(k: unknown): void {
    const i = this.index(k);
    const [old] = this.items.splice(i, 1);
    this.mutated();
    decref(old);
  }
  private index(k: unknown): number {
    const n = this.items.length;
    let i = asIndex(k, 'sequence index');
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('deque index out of range');
    return i;
  }
  pyRepr(): string {
    return withReprGuard(this, '[...]', () => {
      transientAlloc('list'); // PySequence_List(deque)
      const body = '[' + this.items.map(pyRepr).join(', ') + ']';
      return this.maxlen >= 0 ? `deque(${body}, maxlen=${this.maxlen})` : `deque(${body})`;
    });
  }
  pyRichCompare(other: unknown, op: CmpOp): unknown {
    if (!(other instanceof PyDeque)) return NotImplemented;
    const a = this.items.slice();
    const b = other.items.slice();
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (a[i] === b[i] || pyEq(a[i], b[i])) continue;
      if (op === '==') return false;
      if (op === '!=') return true;
      return richCompare(a[i], b[i], op);
    }
    const c = a.length - b.length;
    switch (op) {
      case '<': return c < 0;
      case '<=': return c <= 0;
      case '==': return c === 0;
      case '!=': return c !== 0;
      case '>': return c > 0;
      case '>=': return c >= 0;
    }
  }
  pyGetAttr(name: string): unknown {
    if (name === 'maxlen') return this.maxlen < 0 ? null : this.maxlen;
    return undefined;
  }
  mutated(): void {
    this.state++;
    if (obs !== null) obs.mutate(this);
  }
  /** deque_append_internal: steals v; a full bounded deque drops its leftmost item */
  append(v: unknown): void {
    if (this.maxlen === 0) {
      decref(v);
      return;
    }
    this.items.push(v);
    this.mutated();
    if (this.maxlen >= 0 && this.items.length > this.maxlen) decref(this.popLeftRaw());
  }
  appendLeft(v: unknown): void {
    if (this.maxlen === 0) {
      decref(v);
      return;
    }
    this.items.unshift(v);
    this.mutated();
    if (this.maxlen >= 0 && this.items.length > this.maxlen) decref(this.popRaw());
  }
  popRaw(): unknown {
    if (this.items.length === 0) indexError('pop from an empty deque');
    const v = this.items.pop();
    this.mutated();
    return v;
  }
  popLeftRaw(): unknown {
    if (this.items.length === 0) indexError('pop from an empty deque');
    const v = this.items.shift();
    this.mutated();
    return v;
  }
  /** deque_extend: an iterable that is the deque itself is copied first */
  extend(src: unknown, left: boolean): void {
    if (src === this) {
      const copy = this.items.map(incref);
      for (const v of copy) left ? this.appendLeft(v) : this.append(v);
      return;
    }
    const it = getIter(src);
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === STOP) break;
        left ? this.appendLeft(v) : this.append(v);
      }
    } finally {
      decref(it);
    }
  }
  rotate(n: number): void {
    const len = this.items.length;
    if (len <= 1) return;
    let k = n % len;
    if (k < 0) k += len;
    if (k === 0) return;
    this.items = [...this.items.slice(len - k), ...this.items.slice(0, len - k)];
    this.mutated();
  }
}

function dequeIter(d: PyDeque, reverse: boolean): PyIter {
  const state = d.state;
  const len = d.items.length;
  return newTypedIter(reverse ? T_deque_reverse_iterator : T_deque_iterator, [incref(d)], (it) => {
    const dd = it.held[0] as PyDeque | undefined;
    if (dd === undefined) return STOP;
    if (dd.state !== state) {
      return runtimeError('deque mutated during iteration');
    }
    if (it.i >= len) return STOP;
    const j = it.i++;
    return incref(dd.items[reverse ? len - 1 - j : j]);
  });
}

/** a new deque (steals nothing) */
export function newDeque(items: unknown[], maxlen: number): PyDeque {
  const d = gcNew(new PyDeque());
  d.maxlen = maxlen;
  for (const v of items) d.append(incref(v));
  return d;
}

function maxlenArg(v: unknown): number {
  if (v === undefined || v === null) return -1;
  const n = intArg(v, 'deque');
  if (n < 0) valueError('maxlen must be non-negative');
  return n;
}

T_deque.construct = (args: unknown[], kw: Kw) => {
  const [iterable, maxlen] = parseArgs('deque', args, kw, ['iterable?', 'maxlen?']);
  const d = gcNew(new PyDeque());
  try {
    d.maxlen = maxlenArg(maxlen);
    if (iterable !== undefined) d.extend(iterable, false);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
};

const dq = (self: unknown) => self as PyDeque;
method(T_deque, 'append', (self, args) => {
  exactArgs('append', args, 1);
  dq(self).append(incref(args[0]));
  return null;
});
method(T_deque, 'appendleft', (self, args) => {
  exactArgs('appendleft', args, 1);
  dq(self).appendLeft(incref(args[0]));
  return null;
});
method(T_deque, 'pop', (self, args) => {
  exactArgs('pop', args, 0);
  return dq(self).popRaw();
});
method(T_deque, 'popleft', (self, args) => {
  exactArgs('popleft', args, 0);
  return dq(self).popLeftRaw();
});
method(T_deque, 'extend', (self, args) => {
  exactArgs('extend', args, 1);
  dq(self).extend(args[0], false);
  return null;
});
method(T_deque, 'extendleft', (self, args) => {
  exactArgs('extendleft', args, 1);
  dq(self).extend(args[0], true);
  return null;
});
method(T_deque, 'clear', (self) => {
  dq(self).clear();
  return null;
});
method(T_deque, 'rotate', (self, args) => {
  argRange('rotate', args, 0, 1);
  dq(self).rotate(args.length > 0 ? intArg(args[0], 'rotate') : 1);
  return null;
});
method(T_deque, 'reverse', (self) => {
  const d = dq(self);
  d.items.reverse();
  d.mutated();
  return null;
});
method(T_deque, 'count', (self, args) => {
  exactArgs('count', args, 1);
  const d = dq(self);
  const st = d.state;
  let n = 0;
  for (const x of d.items.slice()) {
    if (x === args[0] || pyEq(x, args[0])) n++;
    if (st !== d.state) runtimeError('deque mutated during iteration');
  }
  return n;
});
method(T_deque, 'index', (self, args) => {
  argRange('index', args, 1, 3);
  const d = dq(self);
  const n = d.items.length;
  const norm = (v: unknown, dflt: number) => {
    if (v === undefined) return dflt;
    let i = intArg(v, 'index');
    if (i < 0) i = Math.max(0, i + n);
    return Math.min(i, n);
  };
  const start = norm(args[1], 0);
  const stop = norm(args[2], n);
  const st = d.state;
  for (let i = start; i < stop && i < d.items.length; i++) {
    const x = d.items[i];
    if (x === args[0] || pyEq(x, args[0])) return i;
    if (st !== d.state) runtimeError('deque mutated during iteration');
  }
  return valueError(`${pyRepr(args[0])} is not in deque`);
});
method(T_deque, 'remove', (self, args) => {
  exactArgs('remove', args, 1);
  const d = dq(self);
  for (let i = 0; i < d.items.length; i++) {
    const x = d.items[i];
    if (x === args[0] || pyEq(x, args[0])) {
      const [old] = d.items.splice(i, 1);
      d.mutated();
      decref(old);
      return null;
    }
  }
  return valueError('deque.remove(x): x not in deque');
});
method(T_deque, 'insert', (self, args) => {
  exactArgs('insert', args, 2);
  const d = dq(self);
  if (d.maxlen >= 0 && d.items.length >= d.maxlen) raise(BT.T_IndexError, 'deque already at its maximum size');
  const n = d.items.length;
  let i = intArg(args[0], 'insert');
  if (i < 0) i = Math.max(0, i + n);
  d.items.splice(Math.min(i, n), 0, incref(args[1]));
  d.mutated();
  return null;
});
const copyDeque = (self: unknown) => newDeque(dq(self).items, dq(self).maxlen);
method(T_deque, 'copy', copyDeque);
method(T_deque, '__copy__', copyDeque);
method(T_deque, '__reversed__', (self) => dequeIter(dq(self), true));
method(T_deque, '__iter__', (self) => dequeIter(dq(self), false));
method(T_deque, '__len__', (self) => dq(self).items.length);
method(T_deque, '__getitem__', (self, args) => dq(self).pyGetItem(args[0]));
method(T_deque, '__contains__', (self, args) => dq(self).pyContains(args[0]));
T_deque.methods.set('__hash__', null);

/** deque + deque, deque * n (deque_concat, deque_repeat) */
(PyDeque.prototype as unknown as { pyBinaryOp: unknown }).pyBinaryOp = function (this: PyDeque, op: string, other: unknown, reflected: boolean): unknown {
  if (op === '+' && !reflected) {
    if (!(other instanceof PyDeque)) return typeError(`can only concatenate deque (not "${typeOf(other).name}") to deque`);
    const d = newDeque(this.items, this.maxlen);
    d.extend(other, false);
    return d;
  }
  if (op === '*' && (typeof other === 'number' || typeof other === 'boolean')) {
    const n = Math.max(0, Number(other));
    const d = newDeque([], this.maxlen);
    for (let i = 0; i < n; i++) for (const v of this.items) d.append(incref(v));
    return d;
  }
  return NotImplemented;
};
