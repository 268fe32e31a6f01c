// tp_finalize for classes with __del__ (slot_tp_finalize), and PyErr_WriteUnraisable for
// exceptions it raises: printed to stderr as "Exception ignored in: ...", never propagated.

import { decref, incref, obs } from '../objects/object';
import type { PyObject } from '../objects/object';
import { PyInstance } from '../objects/instance';
import { heapTypeOf } from '../objects/typeobject/subInstance';
import { callObject } from '../eval/call';
import { PyError } from '../eval/errors';
import { formatException } from '../eval/traceback';
import { pyRepr } from '../eval/repr';
import { S } from '../eval/state';

/** the object's class (or its heap class, for a builtin subclass) defines __del__ */
export function hasFinalizer(o: PyObject): boolean {
  if (o instanceof PyInstance) return o.cls.hasFinalizer;
  const t = heapTypeOf(o);
  return t !== null && t.hasFinalizer;
}

export function callFinalizer(o: PyObject): void {
  if (o.finalized) return;
  o.finalized = true;
  const del = (o instanceof PyInstance ? o.cls : heapTypeOf(o)!).lookup('__del__');
  if (del === undefined) return;
  if (obs !== null) obs.finalizer(o);
  try {
    const r = callObject(incref(del), [incref(o)], null);
    decref(r);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    writeUnraisable(`Exception ignored in: ${pyRepr(del)}`, e);
  } finally {
    decref(del);
  }
}

/** PyErr_WriteUnraisable */
export function writeUnraisable(header: string, e: PyError): void {
  S.write('stderr', header + '\n' + formatException(e.exc));
  decref(e.exc);
}
