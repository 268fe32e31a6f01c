// collections.Counter: in CPython a dict subclass written in Python (Lib/collections/__init__.py).
// Here a native dict subclass with the same methods and the same results: __missing__ gives 0
// without storing, most_common is a stable sort by count, the arithmetic keeps positive counts.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyDict } from '../../objects/dict';
import { newList } from '../../objects/list';
import { newTuple } from '../../objects/tuple';
import { builtin, method, type Kw } from '../../objects/function';
import { getIter, iterNext, newTypedIter, STOP } from '../../objects/iter';
import { argRange, intArg } from '../../eval/args';
import { raise, typeError } from '../../eval/errors';
import { pyRepr } from '../../eval/repr';
import { pyEq, pyLt, richCompare, type CmpOp } from '../../eval/compare';
import { NotImplemented, pyTruthy } from '../../eval/protocols';
import { binaryOp } from '../../eval/ops';
import type { BinOperator } from '../../../python/ast';
import { allocDictSubclass, immortalClassMethod, plainDictRepr } from './dictTypes';

export const T_Counter = new PyType('Counter', [BT.T_dict], true, 'collections');
const T_chain = new PyType('chain', [BT.T_object], true, 'itertools');
T_Counter.identityHash = false;

export class PyCounter extends PyDict {
  get type(): PyType {
    return T_Counter;
  }
  pyMissing(): unknown {
    return 0;
  }
  /** most_common(): (key, count) pairs, stable by descending count (borrowed) */
  ranked(): [unknown, unknown][] {
    const pairs = this.positions().map((i) => [this.ks[i], this.vs[i]] as [unknown, unknown]);
    const idx = pairs.map((_, i) => i);
    idx.sort((a, b) => (pyLt(pairs[b][1], pairs[a][1]) ? -1 : pyLt(pairs[a][1], pairs[b][1]) ? 1 : a - b));
    return idx.map((i) => pairs[i]);
  }
  pyRepr(): string {
    if (this.used === 0) return this.type.name + '()';
    let body: string;
    try {
      const parts = this.ranked().map(([k, v]) => pyRepr(k) + ': ' + pyRepr(v));
      body = '{' + parts.join(', ') + '}';
    } catch {
      body = plainDictRepr(this);
    }
    return `${this.type.name}(${body})`;
  }
  /** self[elem] (0 when missing), a new reference */
  countOf(k: unknown): unknown {
    const v = this.get(k);
    return v === undefined ? 0 : incref(v);
  }
  /** Counter.__eq__ and friends (3.10+): missing elements count as zero */
  pyRichCompare(other: unknown, op: CmpOp): unknown {
    if (!(other instanceof PyCounter)) return NotImplemented;
    const check = (cmp: CmpOp): boolean => {
      for (const [c, d] of [[this, other], [other, this]] as [PyCounter, PyCounter][]) {
        for (const k of c.keysArray()) {
          const a = this.countOf(k);
          const b = other.countOf(k);
          try {
            const r = richCompare(a, b, cmp);
            const t = pyTruthy(r);
            decref(r);
            if (!t) return false;
          } finally {
            decref(a);
            decref(b);
          }
          void d;
        }
      }
      return true;
    };
    switch (op) {
      case '==': return check('==');
      case '!=': return !check('==');
      case '<=': return check('<=');
      case '>=': return check('>=');
      case '<': return check('<=') && !check('==');
      case '>': return check('>=') && !check('==');
    }
  }
  pyBinaryOp(op: BinOperator, other: unknown, reflected: boolean): unknown {
    if (reflected || !(other instanceof PyCounter)) return NotImplemented;
    if (op !== '+' && op !== '-' && op !== '|' && op !== '&') return NotImplemented;
    const result = newCounter();
    for (const k of this.keysArray()) {
      const count = this.get(k);
      const o = other.countOf(k);
      let nc: unknown;
      if (op === '+') nc = binaryOp('+', count, o);
      else if (op === '-') nc = binaryOp('-', count, o);
      else if (op === '|') nc = incref(pyLt(count, o) ? o : count);
      else nc = incref(pyLt(count, o) ? count : o);
      decref(o);
      if (pyLt(0, nc)) result.set(k, nc);
      decref(nc);
    }
    if (op !== '&') {
      for (const k of other.keysArray()) {
        if (this.has(k)) continue;
        const count = other.get(k);
        if (op === '-') {
          if (pyLt(count, 0)) {
            const n = binaryOp('-', 0, count);
            result.set(k, n);
            decref(n);
          }
        } else if (pyLt(0, count)) result.set(k, count);
      }
    }
    return result;
  }
  pyUnaryOp(op: string): unknown {
    if (op !== '+' && op !== '-') return NotImplemented;
    const result = newCounter();
    for (const k of this.keysArray()) {
      const count = this.get(k);
      if (op === '+' ? pyLt(0, count) : pyLt(count, 0)) {
        const n = op === '+' ? incref(count) : binaryOp('-', 0, count);
        result.set(k, n);
        decref(n);
      }
    }
    return result;
  }
}

export function newCounter(): PyCounter {
  return allocDictSubclass(new PyCounter());
}

function isMapping(v: unknown): boolean {
  return v instanceof PyDict || (v instanceof PyObject && v.type.lookup('items') !== undefined && v.type.lookup('__getitem__') !== undefined);
}

/** Counter.update / subtract: sign +1 or -1 */
export function countIn(c: PyCounter, args: unknown[], kw: Kw, sign: 1 | -1, fname: string): void {
  if (args.length > 1) typeError(`expected at most 1 arguments, got ${args.length}`);
  const src = args.length > 0 ? args[0] : null;
  const op: BinOperator = sign > 0 ? '+' : '-';
  const add = (k: unknown, n: unknown) => {
    const cur = c.countOf(k);
    const r = sign > 0 ? binaryOp('+', n, cur) : binaryOp('-', cur, n);
    decref(cur);
    c.set(k, r);
    decref(r);
  };
  if (src !== null) {
    if (isMapping(src)) {
      if (src instanceof PyDict) {
        if (sign > 0 && c.used === 0) for (const i of src.positions()) c.set(src.ks[i], src.vs[i]);
        else for (const i of src.positions()) add(src.ks[i], src.vs[i]);
      } else typeError(`Counter.${fname}() of a non-dict mapping is not supported in RefScope`);
    } else {
      const it = getIter(src);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === STOP) break;
          try {
            add(k, 1);
          } finally {
            decref(k);
          }
        }
      } finally {
        decref(it);
      }
    }
  }
  if (kw !== null) for (const [k, v] of kw) add(k, v);
  void op;
}

T_Counter.construct = (args, kw) => {
  const c = newCounter();
  try {
    countIn(c, args, kw, 1, 'update');
  } catch (e) {
    decref(c);
    throw e;
  }
  return c;
};

const ct = (self: unknown) => self as PyCounter;
method(T_Counter, 'update', (self, args, kw) => {
  countIn(ct(self), args, kw, 1, 'update');
  return null;
});
method(T_Counter, 'subtract', (self, args, kw) => {
  countIn(ct(self), args, kw, -1, 'subtract');
  return null;
});
method(T_Counter, 'most_common', (self, args) => {
  argRange('most_common', args, 0, 1);
  let pairs = ct(self).ranked();
  if (args.length > 0 && args[0] !== null) pairs = pairs.slice(0, Math.max(0, intArg(args[0], 'most_common')));
  return newList(pairs.map(([k, v]) => newTuple([incref(k), incref(v)])));
});
method(T_Counter, 'total', (self) => {
  let t: unknown = 0;
  for (const v of ct(self).valuesArray()) {
    const n = binaryOp('+', t, v);
    decref(t);
    t = n;
  }
  return t;
});
method(T_Counter, 'elements', (self) => {
  // chain.from_iterable(starmap(repeat, self.items())): each key, count times
  const c = ct(self);
  const flat: unknown[] = [];
  for (const i of c.positions()) {
    const n = c.vs[i];
    if (typeof n !== 'number' && typeof n !== 'boolean') {
      if (typeof n !== 'bigint') typeError(`integer argument expected, got ${pyRepr(n)}`);
    }
    for (let j = 0; j < Number(n); j++) flat.push(incref(c.ks[i]));
  }
  return newTypedIter(T_chain, flat, (it) => (it.i < it.held.length ? incref(it.held[it.i++]) : STOP));
});
const copyCounter = (self: unknown) => {
  const c = newCounter();
  const src = ct(self);
  for (const i of src.positions()) c.set(src.ks[i], src.vs[i]);
  return c;
};
method(T_Counter, 'copy', copyCounter);
method(T_Counter, '__copy__', copyCounter);
method(T_Counter, '__missing__', () => 0);
method(T_Counter, '__delitem__', (self, args) => {
  // Like dict.__delitem__() but does not raise KeyError for missing values
  ct(self).delete(args[0]);
  return null;
});
T_Counter.methods.set(
  'fromkeys',
  immortalClassMethod(builtin('fromkeys', () => raise(BT.T_NotImplementedError, 'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.'))),
);
void pyEq;
