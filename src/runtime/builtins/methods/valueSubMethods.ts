// The methods of str, int and float as a subclass instance reaches them (Name("a").upper(),
// str.__repr__(self), super().__str__()): each base method works on the instance's base value
// (valueSub.ts), as unicodeobject.c's and longobject.c's functions read the base part of a
// subclass instance, and returns the base type. Also the __repr__/__str__ slots of str, int,
// float and tuple as methods, for an overriding __repr__ that calls its base's.

import { methodVarargs, rawOf } from '../methVarargs';
import * as BT from '../../objects/builtinTypes';
import { BuiltinMethodDescr, method } from '../../objects/function';
import { baseValueOf, isValueSub } from '../../objects/typeobject/subInstance';
import { pyRepr, withReprGuard } from '../../eval/repr';
import { typeError } from '../../eval/errors';
import { typeOf } from '../../objects/typeobject/typeOf';
import { PyTuple } from '../../objects/tuple';

for (const t of [BT.T_str, BT.T_int, BT.T_float]) {
  method(t, '__repr__', (self) => pyRepr(baseValueOf(self)));
}
method(BT.T_str, '__str__', (self) => baseValueOf(self));
method(BT.T_tuple, '__repr__', (self) => {
  if (!(self instanceof PyTuple)) typeError(`descriptor '__repr__' requires a 'tuple' object but received a '${typeOf(self).name}'`);
  const t = self as PyTuple;
  return withReprGuard(t, '(...)', () => (t.items.length === 1 ? '(' + pyRepr(t.items[0]) + ',)' : '(' + t.items.map(pyRepr).join(', ') + ')'));
});

/** every builtin method of str/int/float sees a subclass instance (self or argument) as its value */
export function unwrapValueMethods(): void {
  for (const t of [BT.T_str, BT.T_int, BT.T_float]) {
    for (const d of t.methods.values()) {
      if (!(d instanceof BuiltinMethodDescr) || (d as { unwraps?: boolean }).unwraps) continue;
      const fn = d.fn;
      const unwrap = (f: typeof fn): typeof fn => (self, args, kw) => f(baseValueOf(self), args.some(isValueSub) ? args.map(baseValueOf) : args, kw);
      // a METH_VARARGS method keeps packing its own arguments (methVarargs.ts)
      const raw = rawOf(fn);
      d.fn = raw !== fn ? methodVarargs(unwrap(raw)) : unwrap(fn);
      (d as { unwraps?: boolean }).unwraps = true;
    }
  }
}
