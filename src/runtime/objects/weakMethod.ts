// weakref.WeakMethod (Lib/weakref.py): a weak reference to a bound method, made of a weak
// reference to the method's object (this object, a weakref.ref subclass) and one to its
// function (_func_ref); calling it rebuilds the bound method while both are alive. CPython's
// version also makes a closure _cb (two cells, a tuple) and a weak reference to itself; those
// are counted in generation 0 here but not drawn.

import * as BT from './builtinTypes';
import { PyObject, decref, incref } from './object';
import { PyType } from './typeobject/type';
import { PyBoundMethod, builtin, newBoundMethod } from './function';
import { PyWeakRefSub } from './typeobject/subclass';
import { PyWeakRef, linkWeakRef, makeWeakRef, supportsWeakrefs } from './weakref';
import { gcNew, hiddenAlloc, hiddenFree } from '../gc/heap';
import { typeError } from '../eval/errors';
import { pyRepr } from '../eval/repr';
import { typeOf } from './typeobject/typeOf';

export const T_WeakMethod = new PyType('WeakMethod', [BT.T_weakref], true, 'weakref');
T_WeakMethod.hasInstanceDict = false;

/** _func_ref's callback: the function dying leaves the WeakMethod returning None */
const funcDied = builtin('_cb', () => null, 'weakref');

export class PyWeakMethod extends PyWeakRefSub {
  funcRef: PyWeakRef | null = null;
  releaseContents(): void {
    const f = this.funcRef;
    this.funcRef = null;
    super.releaseContents();
    decref(f);
    // the closure _cb with its two cells and tuple, and self_wr, go with it
    hiddenFree();
    hiddenFree();
    hiddenFree('tuple2');
    hiddenFree();
    hiddenFree();
  }
  traverse(visit: (o: PyObject) => void): void {
    super.traverse(visit);
    if (this.funcRef !== null) visit(this.funcRef);
  }
  edges(out: (label: string, o: unknown) => void): void {
    super.edges(out);
    if (this.funcRef !== null) out('_func_ref', this.funcRef);
  }
  /** WeakMethod.__call__ */
  weakCall(): unknown {
    const obj = this.referent;
    const func = this.funcRef?.referent ?? null;
    if (obj === null || func === null) return null;
    return newBoundMethod(incref(func), incref(obj));
  }
}

/** WeakMethod.__new__(meth, callback=None) */
export function newWeakMethod(args: unknown[]): PyWeakMethod {
  if (args.length < 1 || args.length > 2) typeError(`WeakMethod expected 1 or 2 arguments, got ${args.length}`);
  const meth = args[0];
  if (!(meth instanceof PyBoundMethod)) return typeError(`argument should be a bound method, not ${pyRepr(typeOf(meth))}`);
  const obj = meth.self;
  if (!supportsWeakrefs(obj)) typeError(`cannot create weak reference to '${typeOf(obj).name}' object`);
  const cb = args.length > 1 ? args[1] : null;
  // __new__'s cells (self_wr, callback) and the closure _cb
  hiddenAlloc();
  hiddenAlloc();
  hiddenAlloc('tuple2');
  hiddenAlloc();
  const wm = new PyWeakMethod(obj as PyObject, cb === null ? null : incref(cb), 'ref');
  wm.heapType = T_WeakMethod;
  wm.attrs = null;
  wm.slotVals = null;
  gcNew(wm);
  linkWeakRef(obj as PyObject, wm, false);
  wm.funcRef = makeWeakRef(meth.func, funcDied, 'ref');
  hiddenAlloc(); // self_wr = ref(self)
  return wm;
}
