// The METH_VARARGS calling convention (Objects/methodobject.c cfunction_call, Objects/descrobject.c
// method_vectorcall_VARARGS(_KEYWORDS), Objects/call.c _PyObject_MakeTpCall for a type without
// vectorcall): the positional arguments are packed in a new tuple and the keywords in a new dict
// (_PyStack_AsDict), each holding a reference to every argument while the function runs. So inside
// a user __iter__ reached from zip(x), min(x), s.union(x), d.update(x), "{}".format(x)... the
// argument reads one more than from a METH_FASTCALL function such as sorted(x) or sum(x).
// CALL_FUNCTION_EX hands its own tuple and dict over as they are: callEx.ts calls `raw`.

import type { BuiltinFn, BuiltinMethodFn, Kw } from '../objects/function';
import { decref, incref } from '../objects/object';
import { hiddenAlloc, hiddenFree } from '../gc/heap';

/** the largest tuple size with a free list (PyTuple_MAXSAVESIZE - 1) */
const TUPLE_MAXSAVESIZE = 20;

/** a function wrapped by methVarargs/methodVarargs: `raw` runs it without packing */
export interface Varargs<F> {
  raw: F;
}

/** _PyObject_MakeTpCall's tuple (and _PyStack_AsDict's dict) around run(): made, then released
 * tuple first (its items last to first), then the dict; `tuple` false when the callee makes the
 * tuple itself (min_max's several arguments) */
export function packVarargs<T>(args: unknown[], kw: Kw, run: () => T, tuple = true): T {
  const n = tuple ? args.length : 0;
  const key = n <= TUPLE_MAXSAVESIZE ? 'tuple' + n : null;
  if (n > 0) {
    hiddenAlloc(key);
    for (let i = 0; i < n; i++) incref(args[i]);
  }
  const kwv = kw !== null && kw.size > 0 ? [...kw.values()] : null;
  if (kwv !== null) {
    hiddenAlloc('dict');
    for (const v of kwv) incref(v);
  }
  try {
    return run();
  } finally {
    if (n > 0) {
      for (let i = n - 1; i >= 0; i--) decref(args[i]);
      hiddenFree(key);
    }
    if (kwv !== null) {
      for (const v of kwv) decref(v);
      hiddenFree('dict');
    }
  }
}

/** a builtin function (or a type's tp_new without vectorcall) called as METH_VARARGS */
export function methVarargs(fn: BuiltinFn): BuiltinFn & Varargs<BuiltinFn> {
  const w = ((args: unknown[], kw: Kw) => packVarargs(args, kw, () => fn(args, kw))) as BuiltinFn & Varargs<BuiltinFn>;
  w.raw = fn;
  return w;
}

/** a builtin type's method called as METH_VARARGS: self is not packed */
export function methodVarargs(fn: BuiltinMethodFn): BuiltinMethodFn & Varargs<BuiltinMethodFn> {
  const w = ((self: unknown, args: unknown[], kw: Kw) => packVarargs(args, kw, () => fn(self, args, kw))) as BuiltinMethodFn & Varargs<BuiltinMethodFn>;
  w.raw = fn;
  return w;
}

/** the unpacked function of a METH_VARARGS callable, for CALL_FUNCTION_EX, which passes its own tuple and dict */
export function rawOf<F>(fn: F): F {
  const r = (fn as Partial<Varargs<F>>).raw;
  return r !== undefined ? r : fn;
}
