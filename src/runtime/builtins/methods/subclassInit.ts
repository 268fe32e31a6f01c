// The slots a subclass of a builtin container reaches through super() or the base class:
// list.__init__ (list___init___impl: clear, then extend), dict.__init__ (dict_update_common),
// set.__init__ (set_init: clear, then update), weakref.__init__ (weakref___init__: checks the
// arguments, the object was made by __new__), and list/dict/set.__repr__ called on an instance
// (`list.__repr__(self)` from an overriding __repr__).

import * as BT from '../../objects/builtinTypes';
import { method, BuiltinMethodDescr, type Kw } from '../../objects/function';
import { PyList } from '../../objects/list';
import { PySet } from '../../objects/set';
import type { PyType } from '../../objects/typeobject/type';
import { typeError } from '../../eval/errors';
import { exactArgs } from '../../eval/args';
import { baseRepr } from '../../eval/repr';
import { containsBase, delItemBase, getItemBase, pyLenBase, setItemBase } from '../../eval/protocols';

function callMethod(t: PyType, name: string, self: unknown, args: unknown[], kw: Kw): unknown {
  const d = t.methods.get(name) as BuiltinMethodDescr;
  return d.fn(self, args, kw);
}

method(BT.T_list, '__init__', (self: PyList, args, kw) => {
  if (kw !== null && kw.size > 0) typeError('list() takes no keyword arguments');
  if (args.length > 1) typeError(`list expected at most 1 argument, got ${args.length}`);
  if (self.items.length > 0) PyList.prototype.clear.call(self);
  if (args.length === 1) callMethod(BT.T_list, 'extend', self, args, null);
  return null;
});

method(BT.T_dict, '__init__', (self, args, kw) => {
  if (args.length > 1) typeError(`dict expected at most 1 argument, got ${args.length}`);
  callMethod(BT.T_dict, 'update', self, args, kw);
  return null;
});

method(BT.T_set, '__init__', (self: PySet, args, kw) => {
  if (kw !== null && kw.size > 0) typeError('set() takes no keyword arguments');
  if (args.length > 1) typeError(`set expected at most 1 argument, got ${args.length}`);
  if (self.used > 0) PySet.prototype.clear.call(self);
  if (args.length === 1) callMethod(BT.T_set, 'update', self, args, null);
  return null;
});

method(BT.T_weakref, '__init__', (_self, args) => {
  if (args.length < 1 || args.length > 2) typeError(`__init__ expected at most 2 arguments, got ${args.length}`);
  return null;
});

for (const t of [BT.T_list, BT.T_dict, BT.T_set]) {
  method(t, '__repr__', (self) => {
    if (!(self as { isGC?: unknown }) || !typeOfIs(self, t)) typeError(`descriptor '__repr__' requires a '${t.name}' object`);
    return baseRepr(self);
  });
}

function typeOfIs(v: unknown, t: PyType): boolean {
  return v instanceof Object && (v as { type?: PyType }).type !== undefined && (v as { type: PyType }).type.isSubtypeOf(t);
}

// the mapping/sequence slots as methods, for super().__setitem__(k, v) and friends: they run
// the base's own slot, never the subclass's override
for (const t of [BT.T_list, BT.T_dict]) {
  if (!t.methods.has('__getitem__')) method(t, '__getitem__', (self, args) => (exactArgs(`${t.name}.__getitem__`, args, 1), getItemBase(self, args[0])));
  method(t, '__setitem__', (self, args) => {
    exactArgs(`${t.name}.__setitem__`, args, 2);
    setItemBase(self, args[0], args[1]);
    return null;
  });
  method(t, '__delitem__', (self, args) => {
    exactArgs(`${t.name}.__delitem__`, args, 1);
    delItemBase(self, args[0]);
    return null;
  });
}
for (const t of [BT.T_list, BT.T_dict, BT.T_set]) {
  method(t, '__contains__', (self, args) => (exactArgs(`${t.name}.__contains__`, args, 1), containsBase(self, args[0])));
  method(t, '__len__', (self, args) => (args.length > 0 ? typeError(`expected 0 arguments, got ${args.length}`) : pyLenBase(self)));
}
