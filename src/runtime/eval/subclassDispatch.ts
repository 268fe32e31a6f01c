// Slot dispatch for instances of builtin-container subclasses (typeobject.c's slot_* functions
// installed by fixup_slot_dispatchers): when the class, or a heap class in its MRO, defines a
// special method, the protocol calls it instead of the base container's own slot.

import { BuiltinMethodDescr } from '../objects/function';
import type { PyObject } from '../objects/object';
import type { SubInstance } from '../objects/typeobject/subInstance';

/** the Python-level override of `name` in the instance's class, or undefined for the base's */
export function userOverride(o: PyObject & SubInstance, name: string): unknown {
  const f = o.heapType.lookup(name);
  if (f === undefined || f === null || f instanceof BuiltinMethodDescr) return undefined;
  // found on a builtin type (object's defaults): not an override
  for (const t of o.heapType.mro) {
    if (t.builtin) return undefined;
    if (t.dict !== null && t.dict.getStr(name) !== undefined) return f;
  }
  return undefined;
}
