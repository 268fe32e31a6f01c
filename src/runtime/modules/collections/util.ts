// Small helpers the collections types share: callable(), the arguments of a Python-level
// signature check.

import { PyObject } from '../../objects/object';
import { PyBoundMethod, PyBuiltin, PyBuiltinBound, PyFunction, BuiltinMethodDescr } from '../../objects/function';
import { PyType } from '../../objects/typeobject/type';
import { PyInstance } from '../../objects/instance';

/** PyCallable_Check */
export function callable(v: unknown): boolean {
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType) return true;
  if (v instanceof BuiltinMethodDescr || v instanceof PyBuiltinBound) return true;
  if (v instanceof PyInstance) return v.cls.lookup('__call__') !== undefined;
  return v instanceof PyObject && v.type.lookup('__call__') !== undefined;
}

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as CPython lists missing arguments */
export function listNames(ns: string[]): string {
  const q = ns.map((s) => `'${s}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return q[0] + ' and ' + q[1];
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}
