// Instances of classes defined by the program (subtype_dealloc, subtype_traverse).
// Attributes are 3.11 inline values until `__dict__` or vars() materialises a dict.

import { PyObject, decref, incref, isHeap } from './object';
import { PyDict, newInlineDict } from './dict';
import { gcNew, plainNew } from '../gc/heap';
import type { PyType } from './typeobject/type';
import type { PyTuple } from './tuple';
import type { PyTraceback } from './frameObject';

export class PyInstance extends PyObject {
  /** attribute storage; null for classes with __slots__ and no __dict__ */
  attrs: PyDict | null;
  /** __slots__ values (undefined = unset) */
  slotVals: unknown[] | null;
  // BaseException fields, for instances of exception classes
  excArgs: PyTuple | null = null;
  excCause: unknown = undefined;
  excContext: unknown = undefined;
  /** __traceback__: the chain of traceback objects, outermost frame first */
  tb: PyTraceback | null = null;
  /** the frame the last traceback entry was made for (JS-only bookkeeping) */
  tbFrame: unknown = null;
  suppressContext = false;
  /** the traceback's "Did you mean" hint, computed only if the error is printed */
  hint: (() => string | null) | null = null;

  constructor(public cls: PyType) {
    super();
    this.attrs = cls.hasInstanceDict ? newInlineDict() : null;
    if (this.attrs !== null) this.attrs.owner = this;
    this.slotVals = cls.slots ? new Array(cls.slots.length).fill(undefined) : null;
  }

  get type(): PyType {
    return this.cls;
  }
  /** object() itself has no Py_TPFLAGS_HAVE_GC: a plain object is never tracked nor counted */
  get isGC(): boolean {
    return !this.cls.builtin || this.cls.mro.length !== 1;
  }

  traverse(visit: (o: PyObject) => void): void {
    const sv = this.slotVals;
    if (sv !== null) for (const v of sv) if (isHeap(v)) visit(v);
    const a = this.attrs;
    if (a !== null) {
      if (a.inline) a.traverse(visit);
      else if (a.embedded) a.traverseEntries(visit); // 3.13's inline values behind a __dict__
      else visit(a);
    }
    if (this.excArgs !== null) visit(this.excArgs);
    if (isHeap(this.excCause)) visit(this.excCause);
    if (isHeap(this.excContext)) visit(this.excContext);
    if (this.tb !== null) visit(this.tb);
    if (!this.cls.builtin) visit(this.cls);
  }

  edges(out: (label: string, o: unknown) => void): void {
    const sv = this.slotVals;
    if (sv !== null) sv.forEach((v, i) => v !== undefined && out('.' + this.cls.slots![i], v));
    const a = this.attrs;
    if (a !== null) {
      if (a.inline) {
        for (const i of a.positions()) out('.' + String(a.ks[i]), a.vs[i]);
      } else out('__dict__', a);
    }
    if (this.excArgs !== null) out('.args', this.excArgs);
    if (this.tb !== null) out('__traceback__', this.tb);
    if (!this.cls.builtin) out('__class__', this.cls);
  }

  /** subtype_clear: slots, then the instance attributes */
  clear(): void {
    const sv = this.slotVals;
    if (sv !== null) {
      for (let i = 0; i < sv.length; i++) {
        const v = sv[i];
        sv[i] = undefined;
        decref(v);
      }
    }
    const a = this.attrs;
    if (a !== null) {
      if (a.inline) a.clear();
      else {
        this.attrs = null;
        a.embedded = false; // the dict takes the values over
        decref(a);
      }
    }
    const args = this.excArgs;
    if (args !== null) {
      this.excArgs = null;
      decref(args);
    }
    const cause = this.excCause;
    const ctx = this.excContext;
    const tb = this.tb;
    this.excCause = undefined;
    this.excContext = undefined;
    this.tb = null;
    decref(cause);
    decref(ctx);
    decref(tb);
  }

  releaseContents(): void {
    this.clear();
  }
}

export interface TracebackEntry {
  line: number;
  name: string;
}

export function newInstance(cls: PyType): PyInstance {
  const o = new PyInstance(cls);
  if (!cls.builtin) incref(cls); // the instance holds a reference to its class
  return o.isGC ? gcNew(o) : plainNew(o);
}

export function withHint(e: PyInstance, hint: () => string | null): PyInstance {
  e.hint = hint;
  return e;
}
