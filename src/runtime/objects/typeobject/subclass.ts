// Instances of classes that subclass a builtin container (typeobject.c: subtype_traverse,
// subtype_clear, subtype_dealloc over list_dealloc / dict_dealloc / set_dealloc / weakref_dealloc).
// Such an instance IS a list (dict, set, weakref): one object holding the base's contents, plus
// 3.11 inline attribute values (a __dict__ once asked for), plus a reference to its class.
// Visit order: the attributes, the class, then the base's own references; clear and dealloc
// release the attributes first, then the base's contents; dealloc drops the class last.

import { PyObject, decref, incref, isHeap } from '../object';
import { PyList } from '../list';
import { PyDict } from '../dict';
import { PySet } from '../set';
import { PyWeakRef, linkWeakRef } from '../weakref';
import * as BT from '../builtinTypes';
import type { PyType } from './type';
import { gcNew } from '../../gc/heap';
import { nativeSubclassAlloc, subclassHooks, type SubInstance } from './subInstance';
import { callObject, releaseArgs } from '../../eval/call';
import { typeError } from '../../eval/errors';
import { typeOf } from './typeOf';
import type { Kw } from '../function';
import { supportsWeakrefs } from '../weakref';
export { isSubInstance, heapTypeOf, type SubInstance } from './subInstance';
import { clearHead, edgesHead, visitHead } from './subInstance';
export { clearHead, edgesHead, visitHead };

/** the base's tp_new (not object_new) leaves no inline values: the instance's __dict__ is a
 * real dict made the first time an attribute is set or __dict__ is read */
function attrsFor(_o: PyObject, _t: PyType): PyDict | null {
  return null;
}

export class PyListSub extends PyList implements SubInstance {
  declare heapType: PyType;
  declare attrs: PyDict | null;
  declare slotVals: unknown[] | null;
  get type(): PyType {
    return this.heapType;
  }
  traverse(visit: (o: PyObject) => void): void {
    visitHead(this, visit);
    super.traverse(visit);
  }
  edges(out: (label: string, o: unknown) => void): void {
    edgesHead(this, out);
    super.edges(out);
  }
  clear(): void {
    clearHead(this);
    super.clear();
  }
  releaseContents(): void {
    clearHead(this);
    super.releaseContents();
  }
}

export class PyDictSub extends PyDict implements SubInstance {
  declare heapType: PyType;
  declare attrs: PyDict | null;
  declare slotVals: unknown[] | null;
  get type(): PyType {
    return this.heapType;
  }
  traverse(visit: (o: PyObject) => void): void {
    visitHead(this, visit);
    super.traverse(visit);
  }
  edges(out: (label: string, o: unknown) => void): void {
    edgesHead(this, out);
    super.edges(out);
  }
  clear(): void {
    clearHead(this);
    super.clear();
  }
  releaseContents(): void {
    clearHead(this);
    super.releaseContents();
  }
}

export class PySetSub extends PySet implements SubInstance {
  declare heapType: PyType;
  declare attrs: PyDict | null;
  declare slotVals: unknown[] | null;
  get type(): PyType {
    return this.heapType;
  }
  traverse(visit: (o: PyObject) => void): void {
    visitHead(this, visit);
    super.traverse(visit);
  }
  edges(out: (label: string, o: unknown) => void): void {
    edgesHead(this, out);
    super.edges(out);
  }
  clear(): void {
    clearHead(this);
    super.clear();
  }
  releaseContents(): void {
    clearHead(this);
    super.releaseContents();
  }
}

export class PyWeakRefSub extends PyWeakRef implements SubInstance {
  declare heapType: PyType;
  declare attrs: PyDict | null;
  declare slotVals: unknown[] | null;
  get type(): PyType {
    return this.heapType;
  }
  traverse(visit: (o: PyObject) => void): void {
    visitHead(this, visit);
    super.traverse(visit);
  }
  edges(out: (label: string, o: unknown) => void): void {
    edgesHead(this, out);
    super.edges(out);
  }
  clear(): void {
    clearHead(this);
    super.clear();
  }
  releaseContents(): void {
    clearHead(this);
    super.releaseContents();
  }
}

/** the builtin container a class's instances are laid out as (its "solid base"), if any */
export function containerBase(t: PyType): PyType | null {
  for (const b of t.mro) {
    if (nativeSubclassAlloc.has(b)) return b;
    if (b === BT.T_list || b === BT.T_dict || b === BT.T_set || b === BT.T_weakref) return b;
  }
  return null;
}

export function finish<T extends PyObject & SubInstance>(o: T, t: PyType): T {
  o.heapType = incref(t);
  o.attrs = attrsFor(o, t);
  o.slotVals = t.slots ? new Array(t.slots.length).fill(undefined) : null;
  return gcNew(o);
}

/** tp_alloc of a list/dict/set subclass: empty, tracked, holding its class */
export function newContainerSub(t: PyType, base: PyType): PyObject {
  const native = nativeSubclassAlloc.get(base);
  if (native !== undefined) {
    incref(t);
    return native(t);
  }
  if (base === BT.T_list) return finish(new PyListSub([]), t);
  if (base === BT.T_dict) {
    const d = new PyDictSub();
    d.registered = true;
    return finish(d, t);
  }
  return finish(new PySetSub(), t);
}

/** weakref_new for a subclass: never shared, always a new object after the basic refs */
export function newWeakRefSub(t: PyType, referent: PyObject, callback: unknown): PyWeakRefSub {
  const wr = new PyWeakRefSub(referent, callback === null ? null : incref(callback), 'ref');
  finish(wr, t);
  linkWeakRef(referent, wr, false);
  return wr;
}

/**
 * type_call for a subclass of list, dict, set or weakref.ref: the base's tp_new makes the
 * object (weakref_new takes the referent and callback), then __init__ runs: the class's own,
 * or the base's (list.__init__ fills it from an iterable, dict.__init__ from a mapping and
 * keywords, set.__init__ from an iterable).
 */
export function callContainerSub(t: PyType, base: PyType, args: unknown[], kw: Kw): unknown {
  let obj: PyObject;
  if (base === BT.T_weakref) {
    if (args.length < 1 || args.length > 2) {
      releaseArgs(args, kw);
      return typeError(`__new__ expected at most 2 arguments, got ${args.length}`);
    }
    if (!supportsWeakrefs(args[0])) {
      releaseArgs(args, kw);
      return typeError(`cannot create weak reference to '${typeOf(args[0]).name}' object`);
    }
    obj = newWeakRefSub(t, args[0] as PyObject, args.length > 1 ? args[1] : null);
  } else obj = newContainerSub(t, base);
  const init = t.lookup('__init__');
  args.unshift(incref(obj));
  let r: unknown;
  try {
    r = callObject(init, args, kw);
  } catch (e) {
    decref(obj);
    throw e;
  }
  decref(r);
  return obj;
}

subclassHooks.containerBase = containerBase;
subclassHooks.call = callContainerSub;
