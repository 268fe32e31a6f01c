// Special-method lookup on a type (_PyType_Lookup of dunders) and calling what it finds.

import { T_object } from '../objects/builtinTypes';
import { PyFunction, method, type BuiltinMethodDescr } from '../objects/function';
import type { PyType } from '../objects/typeobject/type';
import { callObject, clearFrame, enterEvalOrRelease, frameRaised, pushFrame } from './call';
import { leaveEvalFromC } from './ceval/recursion';
import { S } from './state';
import { objectSlotsPart } from '../parts';
import { incref } from '../objects/object';

export function lookupSpecial(t: PyType, name: string): unknown {
  return t.lookup(name);
}

/**
 * call a special method found on the type with self borrowed and args borrowed (vectorcall_method:
 * the function's frame gets references of its own); new reference. A Python function's frame
 * runs in this JS frame: recursion through __eq__, __repr__... must fit the page's worker stack.
 */
export function callSpecial(f: unknown, self: unknown, args: unknown[]): unknown {
  const d = f as BuiltinMethodDescr;
  if (d.fn !== undefined && d.owner !== undefined) return d.fn(self, args, null);
  const owned = [incref(self)];
  for (const a of args) owned.push(incref(a));
  if (!(f instanceof PyFunction) || f.code.genBody !== undefined) return callObject(f, owned, null);
  const back = S.frame;
  // 3.12+: vectorcall_method enters the evaluator from C (two C units)
  enterEvalOrRelease(owned, null);
  let fr;
  try {
    fr = pushFrame(f, back, owned, null);
  } catch (x) {
    leaveEvalFromC();
    throw x;
  }
  try {
    fr.code.run(fr);
  } catch (x) {
    leaveEvalFromC();
    throw frameRaised(x, fr);
  }
  const ret = fr.retval;
  S.frame = back;
  clearFrame(fr);
  leaveEvalFromC();
  return ret;
}

// object's own defaults, compared by identity to know when a class overrides them
export const OBJECT_REPR = method(T_object, '__repr__', (self) => defaultReprHook(self));
export const OBJECT_STR = method(T_object, '__str__', (self) => strHook(self));
export const OBJECT_EQ = method(T_object, '__eq__', (self, args) => (self === args[0] ? true : NotImplementedHook()));
export const OBJECT_NE = method(T_object, '__ne__', (self, args) => objectNeHook(self, args[0]));
export const OBJECT_HASH = method(T_object, '__hash__', (self) => hashHook(self));
export const OBJECT_INIT = method(T_object, '__init__', () => null);
// object.__getattribute__/__setattr__/__delattr__, fetched on first use (builtins/methods/object.ts)
for (const name of ['__getattribute__', '__setattr__', '__delattr__']) method(T_object, name, (self, args) => objectSlotsPart().objectSlots[name](self, args));

// late-bound to avoid import cycles with repr.ts / hash
let defaultReprHook: (o: unknown) => string = () => '';
let strHook: (o: unknown) => string = () => '';
let hashHook: (o: unknown) => unknown = () => 0;
let NotImplementedHook: () => unknown = () => null;
// object_richcompare's Py_NE (eval/compare.ts objectNe: the type's __eq__, inverted)
let objectNeHook: (self: unknown, other: unknown) => unknown = () => null;
export function installObjectHooks(h: {
  repr: (o: unknown) => string;
  str: (o: unknown) => string;
  hash: (o: unknown) => unknown;
  notImplemented: () => unknown;
  ne: (self: unknown, other: unknown) => unknown;
}): void {
  objectNeHook = h.ne;
  defaultReprHook = h.repr;
  strHook = h.str;
  hashHook = h.hash;
  NotImplementedHook = h.notImplemented;
}
