// What marks an instance of a builtin-container subclass (objects/subclass.ts holds the
// classes): its heap class and its attributes. Kept apart so the protocols can ask without
// importing the container classes.

import { PyObject, decref, isHeap } from '../object';
import { PyInstance } from '../instance';
import type { PyDict } from '../dict';
import type { PyType } from './type';

/** what every builtin-subclass instance adds to its base */
export interface SubInstance {
  heapType: PyType;
  attrs: PyDict | null;
  /** __slots__ values (undefined = unset); null when the class declares none */
  slotVals: unknown[] | null;
}

export function isSubInstance(o: unknown): o is PyObject & SubInstance {
  return o instanceof PyObject && (o as unknown as SubInstance).heapType !== undefined;
}

/** the heap class whose reference an object holds (subtype_dealloc's Py_DECREF(type)), if any */
export function heapTypeOf(o: PyObject): PyType | null {
  if (o instanceof PyInstance) return o.cls.builtin ? null : o.cls;
  const t = (o as unknown as SubInstance).heapType;
  return t === undefined ? null : t;
}


/** installed by objects/subclass.ts (loaded by runtimeInit, after the container types) */
export const subclassHooks = {
  containerBase: (_t: PyType): PyType | null => null,
  call: (_t: PyType, _base: PyType, _args: unknown[], _kw: Map<string, unknown> | null): unknown => null,
};

/** builtin types a module implements natively whose subclasses it can allocate (collections'
 * defaultdict, OrderedDict, Counter, deque): tp_alloc of the subclass, tracked, holding its class */
export const nativeSubclassAlloc = new Map<PyType, (cls: PyType) => PyObject & SubInstance>();

/** the head every builtin-subclass instance adds (its class referenced by the caller) */
export function initSubHead(o: SubInstance, t: PyType): void {
  o.heapType = t;
  o.attrs = null;
  o.slotVals = t.slots ? new Array(t.slots.length).fill(undefined) : null;
}

export function visitHead(o: SubInstance, visit: (o: PyObject) => void): void {
  const sv = o.slotVals;
  if (sv !== null) for (const v of sv) if (isHeap(v)) visit(v);
  const a = o.attrs;
  if (a !== null) {
    if (a.inline) a.traverse(visit);
    else visit(a);
  }
  visit(o.heapType);
}

export function edgesHead(o: SubInstance, out: (label: string, o: unknown) => void): void {
  const sv = o.slotVals;
  if (sv !== null) sv.forEach((v, i) => v !== undefined && out('.' + o.heapType.slots![i], v));
  const a = o.attrs;
  if (a !== null) {
    if (a.inline) for (const i of a.positions()) out('.' + String(a.ks[i]), a.vs[i]);
    else out('__dict__', a);
  }
  out('__class__', o.heapType);
}

/** _PyObject_ClearInstanceAttributes / Py_CLEAR(dict) */
export function clearHead(o: SubInstance): void {
  const sv = o.slotVals;
  if (sv !== null) {
    for (let i = 0; i < sv.length; i++) {
      const v = sv[i];
      sv[i] = undefined;
      decref(v);
    }
  }
  const a = o.attrs;
  if (a === null) return;
  if (a.inline) a.clear();
  else {
    o.attrs = null;
    decref(a);
  }
}


/** the str/int/float value of a subclass instance (valueSub.ts), or v itself */
export function baseValueOf(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const b = (v as { baseValue?: unknown }).baseValue;
  return b === undefined ? v : b;
}

/** an instance of a subclass of str, int or float */
export function isValueSub(v: unknown): v is PyObject & SubInstance & { baseValue: unknown } {
  return typeof v === 'object' && v !== null && (v as { baseValue?: unknown }).baseValue !== undefined;
}
