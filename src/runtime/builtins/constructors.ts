// Calling the builtin types: int(...), list(...), dict(...) and friends.

import { newSlice, PySlice } from '../objects/descriptors';
import { sliceIndices } from '../eval/protocols';
import { iterWithHint } from '../eval/lengthHint';
import { isValueSub } from '../objects/typeobject/subInstance';
import { typeHooks } from '../objects/typeobject/typeHooks';
import { setExceptionAttr } from '../eval/exceptionAttrs';
import * as BT from '../objects/builtinTypes';
import { PyFloat } from '../objects/float';
import { decref, incref } from '../objects/object';
import { newList, newListExact, newListGenericAlloc } from '../objects/list';
import { listInit } from './listExtend';
import { newTuple, newBuiltTuple, PyTuple } from '../objects/tuple';
import { newDict, newDictSized, newDictGenericAlloc, PyDict } from '../objects/dict';
import { PySet } from '../objects/set';
import { newInstance, PyInstance } from '../objects/instance';
import { PyType } from '../objects/typeobject/type';
import { newRange, PyProperty, newProperty } from '../objects/descriptors';
import { iterToArray } from '../objects/iter';
import { pyRepr, pyStr } from '../eval/repr';
import { pyTruthy } from '../eval/protocols';
import { callSpecial } from '../eval/special';
import { typeError, valueError, raise } from '../eval/errors';
import { typeOf, normInt } from '../objects/typeobject/typeOf';
import { argParserInitKw, argRange, exactArgs, intArg, noKw, parseArgs } from '../eval/args';
import { method } from '../objects/function';
import { dictMerge } from './methods/dict';
import { makeNewSet } from '../objects/storage/setOps';
import { PySuper } from '../eval/compile/functions';
import { gcNew } from '../gc/heap';

function parseIntLiteral(s: string, base: number): number | bigint {
  let t = s.trim().replace(/_/g, (m, i: number, all: string) => (i > 0 && /[0-9a-zA-Z]/.test(all[i - 1]) && /[0-9a-zA-Z]/.test(all[i + 1] ?? '') ? '' : '!'));
  let neg = false;
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const pref = t.slice(0, 2).toLowerCase();
  if ((b === 16 || b === 0) && pref === '0x') { b = 16; t = t.slice(2); }
  else if ((b === 8 || b === 0) && pref === '0o') { b = 8; t = t.slice(2); }
  else if ((b === 2 || b === 0) && pref === '0b') { b = 2; t = t.slice(2); }
  else if (b === 0) b = 10;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  if (t.length === 0 || ![...t.toLowerCase()].every((c) => digits.includes(c))) {
    return valueError(`invalid literal for int() with base ${base}: ${pyRepr(s)}`);
  }
  if (b === 10 && t.length > 4300) {
    valueError(`Exceeds the limit (4300 digits) for integer string conversion: value has ${t.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v = 0n;
  const B = BigInt(b);
  for (const c of t.toLowerCase()) v = v * B + BigInt(digits.indexOf(c));
  return normInt(neg ? -v : v);
}

BT.T_int.construct = (args, kw) => {
  if (args.length > 0 && isValueSub(args[0])) args = [args[0].baseValue, ...args.slice(1)];
  argParserInitKw('int', 1, kw); // long_new: ('base',)
  const [x, base] = parseArgs('int', args, kw, ['x?', 'base?'], { maxPos: 2 });
  if (x === undefined) return 0;
  if (base !== undefined) {
    if (typeof x !== 'string') typeError("int() can't convert non-string with explicit base");
    return parseIntLiteral(x as string, intArg(base, 'int'));
  }
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) {
    if (Number.isNaN(x.v)) valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x.v)) raise(BT.T_OverflowError, 'cannot convert float infinity to integer');
    const t = Math.trunc(x.v);
    return Number.isSafeInteger(t) ? t : normInt(BigInt(t));
  }
  if (typeof x === 'string') return parseIntLiteral(x, 10);
  if (x instanceof PyInstance) {
    for (const name of ['__int__', '__index__', '__trunc__']) {
      const f = x.cls.lookup(name);
      if (f !== undefined) return callSpecial(f, x, []);
    }
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeOf(x).name}'`);
};

BT.T_float.construct = (args, kw) => {
  if (args.length > 0 && isValueSub(args[0])) args = [args[0].baseValue, ...args.slice(1)];
  noKw('float', kw);
  argRange('float', args, 0, 1);
  if (args.length === 0) return new PyFloat(0);
  const x = args[0];
  if (x instanceof PyFloat) return x;
  if (typeof x === 'number') return new PyFloat(x);
  if (typeof x === 'bigint') {
    const f = Number(x);
    if (!Number.isFinite(f)) raise(BT.T_OverflowError, 'int too large to convert to float');
    return new PyFloat(f);
  }
  if (typeof x === 'boolean') return new PyFloat(x ? 1 : 0);
  if (typeof x === 'string') {
    const t = x.trim().toLowerCase().replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/.test(t)) return new PyFloat(t.startsWith('-') ? -Infinity : Infinity);
    if (/^[+-]?nan$/.test(t)) return new PyFloat(NaN);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return new PyFloat(Number(t));
    return valueError(`could not convert string to float: ${pyRepr(x)}`);
  }
  if (x instanceof PyInstance) {
    const f = x.cls.lookup('__float__');
    if (f !== undefined) return callSpecial(f, x, []);
  }
  return typeError(`float() argument must be a string or a real number, not '${typeOf(x).name}'`);
};

BT.T_str.construct = (args, kw) => {
  noKw('str', kw);
  argRange('str', args, 0, 1);
  return args.length === 0 ? '' : pyStr(args[0]);
};

BT.T_bool.construct = (args, kw) => {
  noKw('bool', kw);
  argRange('bool', args, 0, 1);
  return args.length === 0 ? false : pyTruthy(args[0]);
};

BT.T_list.construct = (args, kw) => {
  noKw('list', kw);
  argRange('list', args, 0, 1);
  const l = newListGenericAlloc();
  if (args.length === 0) return l;
  try {
    listInit(l, args[0]);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
};

BT.T_tuple.construct = (args, kw) => {
  noKw('tuple', kw);
  argRange('tuple', args, 0, 1);
  if (args.length === 1 && args[0] instanceof PyTuple && args[0].type === BT.T_tuple) return incref(args[0]);
  // PySequence_Tuple: PyObject_GetIter, then PyObject_LengthHint(v, 10) (an instance's __len__ or __length_hint__)
  if (args.length === 1 && args[0] instanceof PyInstance) return newBuiltTuple(iterWithHint(args[0], 10).items);
  return newBuiltTuple(args.length === 0 ? [] : iterToArray(args[0]));
};

BT.T_dict.construct = (args, kw) => {
  argRange('dict', args, 0, 1);
  const d = newDictGenericAlloc();
  try {
    if (args.length === 1) {
      const src = args[0];
      const keysAttr = src !== null && typeof src === 'object' && !(src instanceof PyFloat) ? typeOf(src).lookup('keys') : undefined;
      if (src instanceof PyDict || keysAttr !== undefined) dictMerge(d, src);
      else {
        let i = 0;
        for (const item of iterToArray(src)) {
          const pair = iterToArray(item);
          decref(item);
          if (pair.length !== 2) {
            for (const x of pair) decref(x);
            valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          }
          d.setSteal(pair[0], pair[1]);
          i++;
        }
      }
    }
    if (kw !== null) for (const [k, v] of kw) d.set(k, v);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
};

function setFrom(args: unknown[], kw: unknown, frozen: boolean) {
  noKw(frozen ? 'frozenset' : 'set', kw as never);
  argRange(frozen ? 'frozenset' : 'set', args, 0, 1);
  // frozenset_new: an exact frozenset argument is returned as it is
  if (frozen && args.length === 1 && args[0] instanceof PySet && typeOf(args[0]) === BT.T_frozenset) return incref(args[0]);
  return makeNewSet(frozen, args.length === 0 ? undefined : args[0]);
}
BT.T_set.construct = (args, kw) => setFrom(args, kw, false);
BT.T_frozenset.construct = (args, kw) => setFrom(args, kw, true);

BT.T_range.construct = (args, kw) => {
  noKw('range', kw);
  argRange('range', args, 1, 3);
  const n = args.map((a) => intArg(a, 'range'));
  if (n.length === 1) return newRange(0, n[0], 1);
  if (n[2] === 0) valueError('range() arg 3 must not be zero');
  return newRange(n[0], n[1], n.length > 2 ? n[2] : 1);
};

// slice_new: slice(stop) or slice(start, stop[, step]); PySlice_New takes references to them
BT.T_slice.construct = (args, kw) => {
  noKw('slice', kw);
  if (args.length === 0) typeError('slice expected at least 1 argument, got 0');
  if (args.length > 3) typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return newSlice(null, incref(args[0]), null);
  return newSlice(incref(args[0]), incref(args[1]), args.length > 2 ? incref(args[2]) : null);
};

/** slice.indices(length): PySlice_GetIndicesEx's start, stop, step */
method(BT.T_slice, 'indices', (s: PySlice, args) => {
  exactArgs('indices', args, 1);
  const n = intArg(args[0], 'indices');
  if (n < 0) valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(s, n);
  return newTuple([start, stop, step]);
});

BT.T_NoneType.construct = (args) => {
  if (args.length > 0) typeError('NoneType takes no arguments');
  return null;
};

BT.T_object.construct = (args, kw) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) typeError('object() takes no arguments');
  const o = newInstance(BT.T_object);
  o.attrs = null;
  return o;
};
BT.T_object.hasInstanceDict = false;

BT.T_type.construct = (args, kw) => {
  if (kw !== null && kw.size > 0 && args.length === 3) return raise(BT.T_NotImplementedError, 'keyword arguments to type() are not supported in RefScope');
  if (args.length === 1) return incref(typeOf(args[0]));
  if (args.length !== 3) return typeError('type() takes 1 or 3 arguments');
  return typeHooks.typeThreeArgs(args, null);
};

BT.T_super.construct = (args) => {
  if (args.length !== 2) return raise(BT.T_RuntimeError, 'super(): no arguments');
  const [t, o] = args;
  if (!(t instanceof PyType)) return typeError(`super() argument 1 must be a type, not ${typeOf(t).name}`);
  if (!t.builtin) incref(t);
  return gcNew(new PySuper(t, incref(o)));
};

// ---------- BaseException ----------

method(BT.T_BaseException, '__init__', (self: PyInstance, args) => {
  const old = self.excArgs;
  self.excArgs = newTuple(args.map(incref));
  decref(old);
  return null;
});
method(BT.T_BaseException, 'with_traceback', (self: PyInstance, args) => {
  if (args.length !== 1) typeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
  setExceptionAttr(self, '__traceback__', args[0]);
  return incref(self);
});

// ---------- property ----------

for (const which of ['getter', 'setter', 'deleter'] as const) {
  method(BT.T_property, which, (p: PyProperty, args) => {
    const f = args[0];
    return newProperty(
      incref(which === 'getter' ? f : p.fget),
      incref(which === 'setter' ? f : p.fset),
      incref(which === 'deleter' ? f : p.fdel),
    );
  });
}
