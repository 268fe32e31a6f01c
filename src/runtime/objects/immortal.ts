// PEP 683's immortal objects (3.12+: _Py_IsImmortal): the values whose refcount is a constant
// under an immortal profile. Here only the ones RefScope can tell apart for certain: None,
// True/False, the small ints -5..256, the empty string and the one-character latin-1 strings,
// the empty tuple, Ellipsis, NotImplemented and the static types of builtins. Interned strings
// (immortal on 3.12 only) cannot be told from equal strings built at run time, so they are not.

import { PyObject } from './object';
import { PySingleton } from './descriptors';
import { PyTuple } from './tuple';
import { PyType } from './typeobject/type';

export function pep683Immortal(v: unknown): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isInteger(v) && v >= -5 && v <= 256;
  if (typeof v === 'bigint') return v >= -5n && v <= 256n;
  if (typeof v === 'string') return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256);
  if (!(v instanceof PyObject)) return false;
  if (v instanceof PyTuple) return v.items.length === 0;
  if (v instanceof PySingleton) return true;
  if (v instanceof PyType) return v.builtin && v.module === 'builtins';
  return false;
}
