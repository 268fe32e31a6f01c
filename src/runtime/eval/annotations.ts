// __annotations__ as CPython 3.11 keeps them: a function's annotations are built at `def`
// time as a flat (name, value, ...) tuple (MAKE_FUNCTION's 0x04 argument) and turned into a
// dict the first time __annotations__ is read (funcobject.c's func_get_annotation_dict);
// a class's is the entry of its own namespace (typeobject.c's type_get_annotations).

import { decref, incref, obs } from '../objects/object';
import { PyTuple } from '../objects/tuple';
import { newDict } from '../objects/dict';
import type { PyFunction } from '../objects/function';
import type { PyType } from '../objects/typeobject/type';
import { attributeError } from './errors';

/** func.__annotations__: a new reference to the (possibly just built) dict */
export function functionAnnotations(f: PyFunction): unknown {
  const a = f.annotations;
  if (a instanceof PyTuple) {
    const d = newDict();
    for (let i = 0; i + 1 < a.items.length; i += 2) d.set(a.items[i], a.items[i + 1]);
    f.annotations = d;
    if (obs !== null) obs.mutate(f);
    decref(a);
    return incref(d);
  }
  if (a === null) {
    const d = newDict();
    f.annotations = d;
    if (obs !== null) obs.mutate(f);
    return incref(d);
  }
  return incref(a);
}

/** type_get_annotations: the class's own '__annotations__' (never an inherited one) */
export function typeAnnotations(t: PyType): unknown {
  if (t.builtin || t.dict === null) return attributeError(`type object '${t.name}' has no attribute '__annotations__'`);
  const v = t.dict.getStr('__annotations__');
  if (v !== undefined) return incref(v);
  const d = newDict();
  t.dict.set('__annotations__', d);
  return d;
}
