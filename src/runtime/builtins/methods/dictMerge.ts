// dict_merge's generic path (Objects/dictobject.c) for a mapping that is not a dict: PyMapping_Keys
// (Objects/abstract.c), which calls the mapping's keys() as PyObject_CallMethodNoArgs does (the
// function found on the type is called with the mapping as its first argument: no bound method
// holds the mapping while keys() runs) and makes a list of what it returns
// (method_output_as_list); then, for each key, PyObject_GetItem and the insertion. The errors the
// eval loop makes of its failures (DICT_UPDATE's, format_kwargs_error's) are here too.

import * as BT from '../../objects/builtinTypes';
import { decref, incref } from '../../objects/object';
import { PyError, keyError, typeError } from '../../eval/errors';
import { loadMethod, getAttr } from '../../eval/attr';
import { callObject } from '../../eval/call';
import { getItem } from '../../eval/protocols';
import { getIter, getIterSteal, iterNext, STOP } from '../../objects/iter';
import { newListExact } from '../../objects/list';
import { typeOf } from '../../objects/typeobject/typeOf';
import { listExtend } from '../listExtend';
import { pyStr } from '../../eval/repr';
import { PyDict } from '../../objects/dict';
import { PyFunction } from '../../objects/function';

/** dict_merge's fast path: a dict whose tp_iter is dict_iter (not OrderedDict's, nor a subclass's __iter__) */
export function dictIterMergeable(m: unknown): m is PyDict {
  return m instanceof PyDict && !(m as { odict?: boolean }).odict && !(typeOf(m).lookup('__iter__') instanceof PyFunction);
}

/** PyObject_CallMethodNoArgs(o, name): _PyObject_GetMethod's unbound function called with o */
function callMethodNoArgs(o: unknown, name: string): unknown {
  const [fn, self] = loadMethod(incref(o), name);
  try {
    return callObject(fn, self === undefined ? [] : [self], null);
  } finally {
    decref(fn);
  }
}

/** PyMapping_Keys for a mapping that is not a dict: its keys() as a list (method_output_as_list) */
function mappingKeys(o: unknown): unknown {
  const out = callMethodNoArgs(o, 'keys');
  if (typeOf(out) === BT.T_list) return out;
  let it: unknown;
  try {
    it = getIter(out);
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_TypeError)) {
      decref(e.exc);
      typeError(`${typeOf(o).name}.keys() returned a non-iterable (type ${typeOf(out).name})`);
    }
    throw e;
  } finally {
    decref(out);
  }
  // PySequence_List: PyList_New(0) extended by the iterator
  const l = newListExact([]);
  try {
    listExtend(l, it);
  } catch (e) {
    decref(l);
    throw e;
  } finally {
    decref(it);
  }
  return l;
}

/** where dict_merge puts what it reads: a dict, or the keyword arguments a call gathers */
export interface MergeTarget {
  /** PyDict_Contains */
  has(k: unknown): boolean;
  /** PyDict_SetItem (new references of its own) */
  put(k: unknown, v: unknown): void;
}

/**
 * dict_merge's generic path: keys() made a list and iterated; for each key (override 0: a key
 * the target has is skipped; 2: it is a KeyError) the value read with PyObject_GetItem and put.
 */
export function dictMergeGeneric(target: MergeTarget, m: unknown, override: 0 | 1 | 2): void {
  const it = getIterSteal(mappingKeys(m));
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === STOP) break;
      try {
        if (override !== 1 && target.has(k)) {
          if (override === 0) continue;
          keyError(incref(k)); // the exception's args hold the key
        }
        const v = getItem(m, k);
        try {
          target.put(k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

function isErr(e: unknown, t: typeof BT.T_TypeError): e is PyError {
  return e instanceof PyError && e.exc.cls.isSubtypeOf(t);
}

/** DICT_UPDATE's error: an AttributeError from the merge says the operand is not a mapping */
export function dictUpdateError(e: unknown, update: unknown): unknown {
  if (!isErr(e, BT.T_AttributeError)) return e;
  decref(e.exc);
  try {
    typeError(`'${typeOf(update).name}' object is not a mapping`);
  } catch (x) {
    return x;
  }
  return e;
}

/** _PyObject_FunctionStr: "module.qualname()", the module left out when it is builtins */
export function functionStr(x: unknown): string {
  let qual: string;
  try {
    const q = getAttr(x, '__qualname__');
    qual = pyStr(q);
    decref(q);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    decref(e.exc);
    return pyStr(x);
  }
  let mod: unknown = null;
  try {
    mod = getAttr(x, '__module__');
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    decref(e.exc);
  }
  const ms = mod === null ? null : pyStr(mod);
  decref(mod);
  return ms !== null && ms !== 'builtins' ? `${ms}.${qual}()` : `${qual}()`;
}

/** format_kwargs_error: DICT_MERGE's AttributeError (not a mapping) and KeyError (a repeated
 * keyword) as the TypeErrors a call reports */
export function formatKwargsError(e: unknown, func: unknown, kwargs: unknown): unknown {
  let msg: string;
  if (isErr(e, BT.T_AttributeError)) msg = `${functionStr(func)} argument after ** must be a mapping, not ${typeOf(kwargs).name}`;
  else if (isErr(e, BT.T_KeyError)) {
    const args = (e.exc as { excArgs?: { items?: unknown[] } }).excArgs?.items;
    if (args === undefined || args.length !== 1) return e;
    msg = `${functionStr(func)} got multiple values for keyword argument '${pyStr(args[0])}'`;
  } else return e;
  decref(e.exc);
  try {
    typeError(msg);
  } catch (x) {
    return x;
  }
  return e;
}
