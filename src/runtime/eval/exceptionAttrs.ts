// Assigning BaseException's own attributes (Objects/exceptions.c BaseException_getset):
// __traceback__ (None or a traceback: clearing it lets the frames and their locals go),
// __cause__, __context__ (setting __cause__ also sets __suppress_context__), args,
// __suppress_context__; and sys.exc_info() (Python/sysmodule.c sys_exc_info).

import * as BT from '../objects/builtinTypes';
import { decref, incref } from '../objects/object';
import { PyInstance } from '../objects/instance';
import { PyTraceback } from '../objects/frameObject';
import { PyTuple, newTuple } from '../objects/tuple';
import { obs } from '../objects/object';
import { typeError } from './errors';
import { S } from './state';
import { pyTruthy } from './protocols';

/** true when `name` is one of BaseException's own attributes (and it was set) */
export function setExceptionAttr(e: PyInstance, name: string, v: unknown): boolean {
  switch (name) {
    case '__traceback__': {
      if (v !== null && !(v instanceof PyTraceback)) typeError('__traceback__ must be a traceback or None');
      const old = e.tb;
      e.tb = v === null ? null : incref(v as PyTraceback);
      e.tbFrame = null;
      if (obs !== null) obs.mutate(e);
      decref(old);
      return true;
    }
    case '__cause__':
    case '__context__': {
      if (v !== null && !(v instanceof PyInstance && v.cls.isSubtypeOf(BT.T_BaseException))) {
        typeError(`exception ${name === '__cause__' ? 'cause' : 'context'} must be None or derive from BaseException`);
      }
      if (name === '__cause__') {
        const old = e.excCause;
        e.excCause = incref(v);
        e.suppressContext = true;
        decref(old);
      } else {
        const old = e.excContext;
        e.excContext = incref(v);
        decref(old);
      }
      if (obs !== null) obs.mutate(e);
      return true;
    }
    case '__suppress_context__':
      e.suppressContext = pyTruthy(v);
      return true;
    case 'args': {
      const old = e.excArgs;
      e.excArgs = v instanceof PyTuple ? incref(v) : newTuple([incref(v)]);
      if (obs !== null) obs.mutate(e);
      decref(old);
      return true;
    }
  }
  return false;
}

/** sys.exc_info(): (type, value, traceback) of the exception being handled, innermost first */
export function excInfo(): PyTuple {
  for (let f = S.frame; f !== null; f = f.back) {
    const h = f.handling;
    for (let i = h.length - 1; i >= 0; i--) {
      const e = h[i];
      if (e instanceof PyInstance) return newTuple([incref(e.cls), incref(e), e.tb === null ? null : incref(e.tb)]);
    }
  }
  return newTuple([null, null, null]);
}
