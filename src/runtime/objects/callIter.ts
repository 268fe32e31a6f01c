// iter(callable, sentinel): Objects/iterobject.c's calliterobject ('callable_iterator').
// It holds the callable and the sentinel until the sentinel comes back (or the callable
// raises StopIteration), then drops both (Py_CLEAR).

import { decref, incref } from './object';
import { newIter, STOP, type PyIter, type Next } from './iter';
import * as BT from './builtinTypes';
import { callObject } from '../eval/call';
import { PyError } from '../eval/errors';
import { pyEq } from '../eval/compare';

/** the references to callable and sentinel are borrowed */
export function callIter(callable: unknown, sentinel: unknown): PyIter {
  return newIter('callable_iterator', [incref(callable), incref(sentinel)], (it): Next => {
    if (it.held.length === 0) return STOP;
    let r: unknown;
    try {
      r = callObject(it.held[0], [], null);
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_StopIteration)) {
        decref(e.exc);
        return it.exhaust();
      }
      throw e;
    }
    let same: boolean;
    try {
      same = pyEq(r, it.held[1]);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (same) {
      decref(r);
      return it.exhaust();
    }
    return r;
  });
}
