// Metaclasses (Objects/typeobject.c: _PyType_CalculateMetaclass, type's own methods): the
// metaclass a class statement's bases and metaclass= choose, type.__new__, type.__init__,
// type.__call__ (what super().__call__ reaches from a metaclass's __call__), type.__subclasses__()
// and type.mro(). What only a metaclass the program defined, or type(name, bases, dict), needs
// (type_new, type_call on a metaclass, __build_class__ with one) is in metaclassCall.ts, fetched
// on first use (parts.ts: metaclassPart).

import * as BT from '../builtinTypes';
import { incref } from '../object';
import { PyType } from './type';
import { newList } from '../list';
import { builtin, method, PyFunction } from '../function';
import { PyMethodWrapper } from '../descriptors';
import { typeOf } from './typeOf';
import { raise, typeError } from '../../eval/errors';
import { callType } from './typeCall';
import { typeHooks } from './typeHooks';
import { metaclassPart } from '../../parts';

/** _PyType_CalculateMetaclass: the most derived of the given metaclass and the bases' types;
 * a metaclass that is not a type (a function) is returned as it is */
export function calculateMetaclass(metaArg: unknown, bases: unknown[]): unknown {
  if (metaArg !== undefined && !(metaArg instanceof PyType)) return metaArg;
  if (metaArg instanceof PyType && metaArg.builtin && metaArg !== BT.T_type) {
    return raise(BT.T_NotImplementedError, `metaclass=${metaArg.name} is not supported in RefScope`);
  }
  let winner: PyType = metaArg !== undefined ? (metaArg as PyType) : bases.length === 0 ? BT.T_type : typeOf(bases[0]);
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    return typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__ as the class dict holds it: a static method taking the metatype first */
BT.T_type.methods.set('__new__', builtin('__new__', (args, kw) => {
  if (args.length < 1 || !(args[0] instanceof PyType)) return typeError('type.__new__(X): X is not a type object (' + (args.length < 1 ? 'NULL' : typeOf(args[0]).name) + ')');
  const mcls = args[0] as PyType;
  if (!mcls.isSubtypeOf(BT.T_type)) return typeError(`type.__new__(${mcls.name}): ${mcls.name} is not a subtype of type`);
  if (args.length === 2 && mcls === BT.T_type) return incref(typeOf(args[1]));
  return metaclassPart().typeNew(mcls, args.slice(1), kw);
}));

method(BT.T_type, '__init__', (_self, args) => {
  if (args.length !== 1 && args.length !== 3) typeError('type.__init__() takes 1 or 3 arguments');
  return null;
});

/** type.__call__(cls, *args, **kw): type_call, below any metaclass __call__ */
method(BT.T_type, '__call__', (self: PyType, args, kw) => {
  const own = args.map(incref);
  const k = kw === null ? null : new Map([...kw].map(([n, v]) => [n, incref(v)]));
  return callType(self, own, k, false, true);
});

method(BT.T_type, '__subclasses__', (self: PyType) => {
  // a builtin type's list starts with CPython's own builtin and library subclasses
  if (self.builtin) return raise(BT.T_NotImplementedError, `${self.name}.__subclasses__() of a builtin type is not supported in RefScope`);
  return newList((self.subclassList ?? []).map((c) => incref(c)));
});
method(BT.T_type, 'mro', (self: PyType) => newList(self.mro.map((c) => incref(c))));

/** the metaclass's own __call__, when the program defined one (slot_tp_call on the metatype) */
export function metaCallOverride(t: PyType): unknown {
  const m = t.metaType;
  if (m === null) return undefined;
  const c = m.lookup('__call__');
  return c instanceof PyFunction || c instanceof PyMethodWrapper ? c : undefined;
}

Object.assign(typeHooks, {
  calculateMetaclass,
  metaCallOverride,
  buildWithMetaclass: ((...a) => metaclassPart().buildWithMetaclass(...a)) as typeof typeHooks.buildWithMetaclass,
  callMetaclass: ((...a) => metaclassPart().callMetaclass(...a)) as typeof typeHooks.callMetaclass,
  typeThreeArgs: ((...a) => metaclassPart().typeThreeArgs(...a)) as typeof typeHooks.typeThreeArgs,
});
