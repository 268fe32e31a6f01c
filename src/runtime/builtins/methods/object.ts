// object's attribute slots as methods (Objects/typeobject.c's object.__getattribute__,
// __setattr__, __delattr__ wrappers of PyObject_GenericGetAttr/SetAttr): what a class that
// overrides them calls through `super().__setattr__(name, value)` or `object.__setattr__(...)`.
// Loaded on first use (parts.ts: objectSlotsPart; eval/special.ts registers the methods).

import * as BT from '../../objects/builtinTypes';
import { PyInstance } from '../../objects/instance';
import { isSubInstance } from '../../objects/typeobject/subInstance';
import { typeOf } from '../../objects/typeobject/typeOf';
import { exactArgs } from '../../eval/args';
import { raise, typeError } from '../../eval/errors';
import { delAttr, genericDelAttr, genericSetAttr, getAttr, instanceGenericGetAttr, setAttr } from '../../eval/attr';
import { setExceptionAttr } from '../../eval/exceptionAttrs';

function nameArg(v: unknown): string {
  if (typeof v !== 'string') typeError(`attribute name must be string, not '${typeOf(v).name}'`);
  return v as string;
}

/** a builtin subclass's instance: its own generic attribute code is not reachable from here yet */
function refuseSub(self: unknown, what: string): void {
  if (isSubInstance(self)) raise(BT.T_NotImplementedError, `object.${what} on an instance of a subclass of '${typeOf(self).name}''s builtin base is not supported in RefScope`);
}

/** object.__getattribute__(self, name), object.__setattr__(self, name, value), object.__delattr__(self, name) */
export const objectSlots: Record<string, (self: unknown, args: unknown[]) => unknown> = {
  __getattribute__(self, args) {
    exactArgs('__getattribute__', args, 1);
    const name = nameArg(args[0]);
    if (self instanceof PyInstance) return instanceGenericGetAttr(self, name, false);
    refuseSub(self, '__getattribute__');
    return getAttr(self, name);
  },
  __setattr__(self, args) {
    exactArgs('__setattr__', args, 2);
    const name = nameArg(args[0]);
    if (self instanceof PyInstance) {
      if (!((self.excArgs !== null || self.cls.isSubtypeOf(BT.T_BaseException)) && setExceptionAttr(self, name, args[1]))) genericSetAttr(self, name, args[1]);
      return null;
    }
    refuseSub(self, '__setattr__');
    setAttr(self, name, args[1]);
    return null;
  },
  __delattr__(self, args) {
    exactArgs('__delattr__', args, 1);
    const name = nameArg(args[0]);
    if (self instanceof PyInstance) genericDelAttr(self, name);
    else {
      refuseSub(self, '__delattr__');
      delAttr(self, name);
    }
    return null;
  },
};
