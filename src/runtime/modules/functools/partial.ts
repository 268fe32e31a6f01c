// functools.partial (Modules/_functoolsmodule.c): a GC-tracked object holding fn, the args tuple,
// the keywords dict and, once attributes are set, its __dict__. partial_new flattens a partial of
// a partial (sharing the inner args tuple when no new positional arguments come: tuple concat
// with an empty tuple returns the same tuple).

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref, isHeap } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyDict, newDict } from '../../objects/dict';
import { type Kw } from '../../objects/function';
import { gcNew } from '../../gc/heap';
import { typeError } from '../../eval/errors';
import { pyRepr, pyStr, withReprGuard } from '../../eval/repr';
import { callObject } from '../../eval/call';
import { callable } from '../collections/util';

export const T_partial = new PyType('partial', [BT.T_object], true, 'functools');

export class PyPartial extends PyObject {
  dict: PyDict | null = null;
  constructor(public fn: unknown, public args: PyTuple, public kw: PyDict) {
    super();
  }
  get type(): PyType {
    return T_partial;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.fn)) visit(this.fn);
    if (isHeap(this.args)) visit(this.args);
    visit(this.kw);
    if (this.dict !== null) visit(this.dict);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('func', this.fn);
    out('args', this.args);
    out('keywords', this.kw);
    if (this.dict !== null) out('__dict__', this.dict);
  }
  /** partial_clear: fn, args, kw, dict */
  clear(): void {
    const { fn, args, kw, dict } = this;
    this.fn = null;
    this.args = null as unknown as PyTuple;
    this.kw = null as unknown as PyDict;
    this.dict = null;
    decref(fn);
    decref(args);
    decref(kw);
    decref(dict);
  }
  releaseContents(): void {
    this.clear();
  }
  pyRepr(): string {
    return withReprGuard(this, '...', () => {
      let s = pyRepr(this.fn);
      for (const a of this.args.items) s += ', ' + pyRepr(a);
      for (const i of this.kw.positions()) s += ', ' + pyStr(this.kw.ks[i]) + '=' + pyRepr(this.kw.vs[i]);
      return `functools.partial(${s})`;
    });
  }
  pyGetAttr(name: string): unknown {
    switch (name) {
      case 'func':
        return incref(this.fn);
      case 'args':
        return incref(this.args);
      case 'keywords':
        return incref(this.kw);
      case '__dict__':
        if (this.dict === null) this.dict = newDict();
        return incref(this.dict);
    }
    if (this.dict !== null) {
      const v = this.dict.getStr(name);
      if (v !== undefined) return incref(v);
    }
    return undefined;
  }
  pySetAttr(name: string, v: unknown): boolean {
    if (name === 'func' || name === 'args' || name === 'keywords') typeError('readonly attribute');
    if (this.dict === null) this.dict = newDict();
    this.dict.set(name, v);
    return true;
  }
  /** partial_call: the stored arguments first, the call's keywords over the stored ones */
  call(args: unknown[], kw: Kw): unknown {
    const all = [...this.args.items.map(incref), ...args.map(incref)];
    let merged: Kw = null;
    if (this.kw.used > 0 || kw !== null) {
      merged = new Map();
      for (const i of this.kw.positions()) merged.set(this.kw.ks[i] as string, incref(this.kw.vs[i]));
      if (kw !== null) {
        for (const [k, v] of kw) {
          const old = merged.get(k);
          merged.set(k, incref(v));
          decref(old);
        }
      }
    }
    return callObject(this.fn, all, merged);
  }
}

/** partial(func, /, *args, **keywords) */
export function newPartial(args: unknown[], kw: Kw): PyPartial {
  if (args.length < 1) typeError("type 'partial' takes at least one argument");
  let func = args[0];
  if (!callable(func)) typeError('the first argument must be callable');
  let pargs: PyTuple | null = null;
  let pkw: PyDict | null = null;
  if (func instanceof PyPartial && func.dict === null) {
    pargs = func.args;
    pkw = func.kw;
    func = func.fn;
  }
  let fargs: PyTuple;
  const nargs = args.slice(1);
  if (pargs === null) fargs = newTuple(nargs.map(incref));
  else if (nargs.length === 0) fargs = incref(pargs);
  else fargs = newTuple([...pargs.items, ...nargs].map(incref));
  const fkw = newDict();
  if (pkw !== null) for (const i of pkw.positions()) fkw.set(pkw.ks[i], pkw.vs[i]);
  if (kw !== null) for (const [k, v] of kw) fkw.set(k, v);
  return gcNew(new PyPartial(incref(func), fargs, fkw));
}

T_partial.construct = newPartial;
