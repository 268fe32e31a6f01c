// The descriptors type_new puts in a new class's dict (Objects/descrobject.c): a getset
// descriptor for the instances' `__dict__` and `__weakref__` (subtype_getsets_full) and a member
// descriptor for each `__slots__` name. Each holds its class (d_type), so every class whose dict
// holds one is in a cycle with it, and the collector tracks and counts them as CPython's does.

import { PyObject, decref, incref } from './object';
import * as BT from './builtinTypes';
import { gcNew } from '../gc/heap';
import type { PyType } from './typeobject/type';

export class PyTypeDescr extends PyObject {
  constructor(readonly member: boolean, readonly name: string, public dtype: PyType | null) {
    super();
  }
  get type(): PyType {
    return this.member ? BT.T_member_descriptor : BT.T_getset_descriptor;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (this.dtype !== null) visit(this.dtype);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.dtype !== null) out('__objclass__', this.dtype);
  }
  releaseContents(): void {
    const t = this.dtype;
    this.dtype = null;
    decref(t);
  }
  /** descr_repr: member_repr / getset_repr */
  pyRepr(): string {
    const owner = this.dtype === null ? '?' : this.dtype.name;
    return this.member ? `<member '${this.name}' of '${owner}' objects>` : `<attribute '${this.name}' of '${owner}' objects>`;
  }
  /** descr_members / descr_getset: __name__, __qualname__, __objclass__ */
  pyGetAttr(name: string): unknown {
    if (name === '__name__') return this.name;
    if (name === '__qualname__') return `${this.dtype === null ? '?' : this.dtype.qualname}.${this.name}`;
    if (name === '__objclass__') return incref(this.dtype);
    return undefined;
  }
  /** read through the class: the descriptor itself; through an instance: what it stands for
   * (the slot's value and the instance dict are read before the class, so only __weakref__ and
   * an empty slot reach here) */
  pyDescrGet(obj: unknown): unknown {
    if (obj === null) return incref(this);
    if (this.name === '__weakref__' && obj instanceof PyObject) {
      const w = obj.weakrefs;
      return w !== null && w.length > 0 ? incref(w[0]) : null;
    }
    return incref(this);
  }
}

/** PyDescr_NewGetSet / PyDescr_NewMember: a descriptor of class `t` (counted, tracked) */
export function newTypeDescr(member: boolean, name: string, t: PyType): PyTypeDescr {
  return gcNew(new PyTypeDescr(member, name, incref(t)));
}
