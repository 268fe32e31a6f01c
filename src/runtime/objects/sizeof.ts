// sys.getsizeof: each builtin type's __sizeof__ (Objects/longobject.c int___sizeof__,
// unicodeobject.c unicode__sizeof__, tupleobject.c's basicsize + itemsize, ...) on 64-bit
// CPython 3.11, plus the 16-byte GC header for objects the collector tracks. Objects whose
// size depends on an allocation history RefScope does not keep (a list's spare capacity, a
// dict's or set's table) raise NotImplementedError instead of a guess.

import { PyFloat } from './float';
import { PyComplex } from './complex';
import { PyTuple } from './tuple';
import { PyRange, PySingleton } from './descriptors';
import { PyInstance } from './instance';
import { PyFunction } from './function';
import { PyIter } from './iter';
import { PyList } from './list';
import { listSizeof } from './storage/listResize';
import { PyDict } from './dict';
import { dictSizeof } from './storage/dictKeys';
import { PySet } from './set';
import { typeOf } from './typeobject/typeOf';
import * as BT from './builtinTypes';
import { notImplemented, typeError, valueError } from '../eval/errors';
import { decref } from './object';
import { callSpecial } from '../eval/special';

const GC_HEAD = 16;

/** int___sizeof__: 24 bytes of header, 4 per 30-bit digit (at least one) */
function intSize(v: number | bigint | boolean): number {
  let n = typeof v === 'boolean' ? BigInt(v ? 1 : 0) : BigInt(v);
  if (n < 0n) n = -n;
  let digits = 0;
  while (n > 0n) {
    n >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(digits, 1);
}

/** unicode__sizeof__ for a compact string: ASCII, or latin-1 / UCS-2 / UCS-4 by its widest character */
function strSize(s: string): number {
  let max = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    n++;
  }
  if (max < 0x80) return 48 + n + 1;
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  return 72 + (n + 1) * kind;
}

/** the 3.11 size of an instance of a class statement's class (managed dict pre-header included) */
function instanceSize(o: PyInstance): number | null {
  const t = o.cls;
  if (t.solidBase !== null) return null;
  if (t.hasInstanceDict && t.slots === null) return t.weakrefable ? 56 : null;
  if (!t.hasInstanceDict && t.slots !== null) return 32 + 8 * t.slots.length + (t.weakrefable ? 8 : 0);
  return null;
}

/** sys.getsizeof(o) without a user-defined __sizeof__, or null when RefScope cannot know it */
export function builtinSizeof(o: unknown): number | null {
  if (typeof o === 'number' || typeof o === 'bigint' || typeof o === 'boolean') return intSize(o);
  if (typeof o === 'string') return strSize(o);
  if (o === null) return 16;
  if (o instanceof PyFloat) return 24;
  if (o instanceof PyTuple && typeOf(o) === BT.T_tuple) return 24 + 8 * o.items.length + GC_HEAD;
  if (o instanceof PyList && typeOf(o) === BT.T_list) return listSizeof(o);
  if (o instanceof PyDict && typeOf(o) === BT.T_dict && !o.inline) return dictSizeof(o);
  if (o instanceof PySet && (typeOf(o) === BT.T_set || typeOf(o) === BT.T_frozenset)) {
    // set_sizeof: 200 bytes of object (the 8-slot smalltable inside), a separate table beyond that, the GC header
    if (!o.sizeKnown) return null;
    return 200 + (o.mask + 1 > 8 ? 16 * (o.mask + 1) : 0) + GC_HEAD;
  }
  if (o instanceof PyRange) return 48;
  if (o instanceof PyComplex) return 32;
  if (o instanceof PySingleton) return 16;
  if (o instanceof PyFunction) return 136 + GC_HEAD;
  if (o instanceof PyInstance) {
    if (o.cls === BT.T_object) return 16;
    const s = instanceSize(o);
    return s;
  }
  if (o instanceof PyIter && (o.kind === 'list_iterator' || o.kind === 'tuple_iterator' || o.kind === 'range_iterator' || o.kind === 'str_ascii_iterator')) {
    return o.kind === 'range_iterator' || o.kind === 'str_ascii_iterator' ? 48 : 32 + GC_HEAD;
  }
  const sized = (o as { pySizeof?: () => number | null }).pySizeof;
  if (typeof sized === 'function') return sized.call(o);
  return null;
}

export function getsizeof(o: unknown): number {
  const n = builtinSizeof(o);
  if (n === null) {
    return notImplemented(`sys.getsizeof() of a '${typeOf(o).name}' object is not supported in RefScope (its size depends on how it grew)`);
  }
  return n;
}

/** sys.getsizeof(obj[, default]): a class's own __sizeof__ result, plus the GC header */
export function sysGetsizeof(args: unknown[]): unknown {
  if (args.length < 1 || args.length > 2) {
    return typeError(args.length < 1 ? "getsizeof() missing required argument 'object' (pos 1)" : `getsizeof() takes at most 2 arguments (${args.length} given)`);
  }
  const o = args[0];
  if (o instanceof PyInstance) {
    const f = o.cls.lookup('__sizeof__');
    if (f instanceof PyFunction) {
      const r = callSpecial(f, o, []);
      if (typeof r !== 'number' && typeof r !== 'bigint' && typeof r !== 'boolean') {
        decref(r);
        return typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
      }
      const n = typeof r === 'boolean' ? (r ? 1 : 0) : Number(r);
      if (n < 0) return valueError('__sizeof__() should return >= 0');
      // _PyType_PreHeaderSize: the GC header, and the managed-dict pointers of a class with a __dict__
      return n + GC_HEAD + (o.cls.hasInstanceDict ? 16 : 0);
    }
  }
  return getsizeof(o);
}
