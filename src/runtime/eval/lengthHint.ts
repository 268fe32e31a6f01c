// What list_extend and list___init__ (Objects/listobject.c) learn about an iterable before
// consuming it: whether it is an exact list or tuple (the PySequence_Fast path), whether it has
// a length (_PyObject_HasLen), and PyObject_LengthHint's guess (Objects/abstract.c). Only the
// sources whose answer RefScope knows without running Python code are described; for the rest
// the answer is null and the list's capacity is no longer followed.

import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { PyRange } from '../objects/descriptors';
import { PyIter, PyTypedIter } from '../objects/iter';
import { PyGenerator } from '../objects/genobject';
import { typeOf } from '../objects/typeobject/typeOf';
import * as BT from '../objects/builtinTypes';

/** 'seq': exact list/tuple (n items); 'len': has __len__ (n); 'remaining': an iterator whose
 * hint is what it will still produce; 'none': no hint (PyObject_LengthHint's default) */
export type ExtendSource = { kind: 'seq' | 'len'; n: number } | { kind: 'remaining' | 'none'; n: 0 };

/** iterator kinds whose __length_hint__ is the number of items left */
const REMAINING = new Set(['list_iterator', 'tuple_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator',
  'set_iterator', 'range_iterator', 'str_ascii_iterator', 'list_reverseiterator']);
/** iterator kinds with no __length_hint__ */
const NO_HINT = new Set(['generator', 'map', 'filter', 'zip', 'enumerate']);

export function extendSource(o: unknown): ExtendSource | null {
  if (o === null) return null; // None: list(None) and the like raise their TypeError later
  const t = typeOf(o);
  if ((o instanceof PyList && t === BT.T_list) || (o instanceof PyTuple && t === BT.T_tuple)) return { kind: 'seq', n: o.items.length };
  if (typeof o === 'string') return { kind: 'len', n: [...o].length };
  if (o instanceof PyDict && t === BT.T_dict && !o.inline) return { kind: 'len', n: o.used };
  if (o instanceof PySet && (t === BT.T_set || t === BT.T_frozenset)) return { kind: 'len', n: o.used };
  if (o instanceof PyRange && t === BT.T_range) return { kind: 'len', n: o.length };
  const view = o as { dict?: unknown; kind?: unknown };
  if (view.dict instanceof PyDict && (t === BT.T_dict_keys || t === BT.T_dict_values || t === BT.T_dict_items)) return { kind: 'len', n: view.dict.used };
  const sized = (o as { pyLen?: () => number }).pyLen;
  if (typeof sized === 'function') return { kind: 'len', n: sized.call(o) };
  if (o instanceof PyGenerator) return { kind: 'none', n: 0 };
  if (o instanceof PyIter && !(o instanceof PyTypedIter)) {
    if (REMAINING.has(o.kind)) return { kind: 'remaining', n: 0 };
    if (NO_HINT.has(o.kind)) return { kind: 'none', n: 0 };
  }
  return null;
}

/** PyObject_LengthHint(o, 8) given the source and the number of items it then produced */
export function hintOf(src: ExtendSource | null, produced: number): number | null {
  if (src === null) return null;
  if (src.kind === 'remaining') return produced;
  if (src.kind === 'none') return 8;
  return src.n;
}

// ---------- PyObject_LengthHint on an instance of a Python class ----------

import { PyInstance } from '../objects/instance';
import { decref } from '../objects/object';
import { getIter, iterNext, STOP } from '../objects/iter';
import { NotImplemented, pyLen } from './protocols';
import { callBoundSpecial } from './attr';
import { PyError, raise, typeError, valueError } from './errors';

/** PyObject_LengthHint(o, dflt) where o is an instance of a Python class: its __len__ (a TypeError
 * from it is cleared), else its __length_hint__ (_PyObject_LookupSpecial binds it: a method
 * object holding o while it runs), else dflt. null for other objects (not asked here). */
export function userLengthHint(o: unknown, dflt: number): number | null {
  if (!(o instanceof PyInstance)) return null;
  const t = o.cls;
  if (t.lookup('__len__') !== undefined) {
    try {
      return pyLen(o);
    } catch (e) {
      if (!(e instanceof PyError) || !e.exc.cls.isSubtypeOf(BT.T_TypeError)) throw e;
      decref(e.exc);
    }
  }
  const f = t.lookup('__length_hint__');
  if (f === undefined) return dflt;
  const r = callBoundSpecial(f, o, []);
  if (r === NotImplemented) return dflt;
  if (typeof r === 'boolean' || (typeof r !== 'number' && typeof r !== 'bigint')) {
    const name = typeOf(r).name;
    decref(r);
    return typeError(`'${name}' object cannot be interpreted as an integer`);
  }
  if (r < 0) valueError('__length_hint__() should return >= 0');
  if (typeof r === 'bigint') raise(BT.T_OverflowError, "cannot fit 'int' into an index-sized integer");
  return r as number;
}

/** PyObject_GetIter(o), then PyObject_LengthHint(o, dflt) when o is an instance of a Python class
 * (list_extend, PySequence_Tuple), then the items: the hint is null when o is not such an instance */
export function iterWithHint(o: unknown, dflt: number): { items: unknown[]; hint: number | null } {
  const it = getIter(o);
  const items: unknown[] = [];
  try {
    const hint = userLengthHint(o, dflt);
    for (;;) {
      const v = iterNext(it);
      if (v === STOP) break;
      items.push(v);
    }
    return { items, hint };
  } catch (e) {
    for (const v of items) decref(v);
    throw e;
  } finally {
    decref(it);
  }
}
