// type_new_impl (Objects/typeobject.c): the class a class statement (or type(name, bases, ns),
// or a metaclass calling type.__new__) makes from its bases and namespace. In CPython's order:
// the bases tuple (PyTuple_Pack(1, object) when none are given), the class dict as a copy of the
// namespace (PyDict_Copy; `__qualname__` leaves it for ht_qualname), the type, its MRO tuple,
// then type_ready_fill_dict's descriptors: a member per `__slots__` name (sorted), the
// `__dict__`/`__weakref__` getsets, `__doc__`, and `__hash__ = None` beside an `__eq__`.

import * as BT from '../builtinTypes';
import { decref, incref, obs, PyObject } from '../object';
import { PyType, addSubclass, typeVersion } from './type';
import { newBuiltTuple, newTuple, PyTuple } from '../tuple';
import type { PyDict } from '../dict';
import { PyList } from '../list';
import { gcNew } from '../../gc/heap';
import { typeOf } from './typeOf';
import { nativeMetaOf } from './nativeMeta';
import { typeHooks as H } from './typeHooks';
import { newTypeDescr } from '../descrobject';
import { addedDescriptors, baseProvidesDict, baseProvidesWeakref, typeNewFinish, typeNewStart } from './typeNewAllocs';
import { dictCopy } from '../../builtins/methods/dict';
import { raise, typeError } from '../../eval/errors';
import { callSpecial } from '../../eval/special';
import { S } from '../../eval/state';

/** builtin containers a class statement may extend (objects/subclass.ts) */
const SUBCLASSABLE = new Set<PyType>([BT.T_list, BT.T_dict, BT.T_set, BT.T_weakref]);

function checkBases(bases: unknown[]): PyType[] {
  for (const b of bases) {
    if (!(b instanceof PyType)) typeError('bases must be types');
    const bt = b as PyType;
    if (bt.builtin && bt !== BT.T_object && !bt.isSubtypeOf(BT.T_BaseException) && nativeMetaOf([bt]) === null && !SUBCLASSABLE.has(bt) && !H.subclassableBuiltin(bt)) {
      raise(BT.T_NotImplementedError, `subclassing the builtin type '${bt.name}' is not supported in RefScope`);
    }
    // a class made by a module over a builtin (namedtuple's over tuple)
    const solid = bt.builtin || bt.construct === null || H.subclassableBuiltin(bt) ? undefined : bt.mro.find((m) => m.builtin && m !== BT.T_object && !m.isSubtypeOf(BT.T_BaseException));
    if (solid !== undefined) raise(BT.T_NotImplementedError, `subclassing '${bt.name}' (a subclass of the builtin type '${solid.name}') is not supported in RefScope`);
  }
  H.checkLayouts(bases as PyType[]);
  return (bases.length === 0 ? [BT.T_object] : bases) as PyType[];
}

/**
 * build a class from its evaluated bases and executed namespace (type_new). `ns` is borrowed:
 * the class gets a copy. `basesTuple` is the tuple __build_class__ made of the bases (borrowed;
 * null or empty when there are none: type_new then packs (object,)).
 */
export function buildClass(name: string, bases: unknown[], ns: PyDict, metaType: PyType | null = null, basesTuple: PyTuple | null = null): PyType {
  const bs = checkBases(bases);
  typeNewStart();
  // (PyTuple_Pack: on 3.14 the packed (object,) holds nothing to track and is never tracked)
  const basesT = basesTuple !== null && basesTuple.items.length > 0 ? incref(basesTuple) : newBuiltTuple(bs.map((b) => (b.builtin ? b : incref(b))));
  // type_new_init: the class dict is a copy of the namespace
  const dict = dictCopy(ns);
  let cls: PyType;
  const meta = nativeMetaOf(bs);
  try {
    cls = meta !== null ? meta.make(name, bs) : new PyType(name, bs, false, '__main__');
  } catch {
    decref(dict);
    decref(basesT);
    return typeError(`Cannot create a consistent method resolution order (MRO) for bases ${bs.map((b) => b.name).join(', ')}`);
  }
  gcNew(cls);
  if (metaType !== null && !metaType.builtin) cls.metaType = incref(metaType);
  cls.dict = dict;
  cls.basesTuple = basesT;
  for (const b of bs) if (!b.builtin) incref(b);
  dict.typeOwner = cls;
  typeVersion.v++;
  const layout = typeNewSetAttrs(cls, dict);
  cls.mroTuple = newTuple(cls.mro.map((t) => (t.builtin ? t : incref(t))));
  typeReadyFillDict(cls, dict, layout);
  typeNewFinish(bs);
  cls.hasFinalizer = cls.lookup('__del__') !== undefined;
  cls.identityHash = cls.lookup('__hash__') === BT.T_object.methods.get('__hash__') && cls.lookup('__eq__') === BT.T_object.methods.get('__eq__');
  if (cls.lookup('__hash__') === null) cls.identityHash = false;
  if (obs !== null) obs.mutate(cls);
  setNames(cls, dict);
  for (const b of bs) addSubclass(b, cls);
  H.inheritConstruct(cls);
  if (meta !== null) meta.finish(cls, dict);
  return cls;
}

/** the descriptors type_new_descriptors decides the new layout needs in the class dict */
interface Layout {
  /** the own `__slots__` names, sorted: a member descriptor each */
  members: string[];
  addDict: boolean;
  addWeak: boolean;
}

/** type_new_set_attrs: __module__ (from the caller's globals when missing), ht_qualname out of
 * the dict, a plain __new__ made a staticmethod, and the instance layout __slots__ asks for */
function typeNewSetAttrs(cls: PyType, dict: PyDict): Layout {
  if (dict.getStr('__module__') === undefined) {
    const g = S.frame !== null ? S.frame.globals.getStr('__name__') : undefined;
    if (g !== undefined) dict.set('__module__', g);
  }
  const m = dict.getStr('__module__');
  if (typeof m === 'string') cls.module = m;
  const q = dict.getStr('__qualname__');
  if (q !== undefined) {
    if (typeof q !== 'string') typeError(`type __qualname__ must be a str, not ${typeOf(q).name}`);
    cls.qualname = q as string;
    dict.delete('__qualname__');
  }
  H.wrapNew(dict);
  const bs = cls.bases;
  const slotsV = dict.getStr('__slots__');
  const inherited: string[] = [];
  for (const b of [...bs].reverse()) if (b.slots) for (const n of b.slots) if (!inherited.includes(n)) inherited.push(n);
  if (slotsV !== undefined) {
    const own = slotNames(slotsV);
    const members = own.filter((n) => n !== '__dict__' && n !== '__weakref__');
    cls.slots = [...inherited, ...members];
    cls.hasInstanceDict = own.includes('__dict__') || bs.some(baseProvidesDict);
    cls.weakrefable = own.includes('__weakref__') || bs.some((b) => !b.builtin && b.weakrefable);
    return { members: members.sort(), addDict: own.includes('__dict__') && !bs.some(baseProvidesDict), addWeak: own.includes('__weakref__') && !bs.some(baseProvidesWeakref) };
  }
  cls.slots = inherited.length > 0 ? inherited : null;
  cls.hasInstanceDict = true;
  const [addDict, addWeak] = addedDescriptors(bs);
  cls.weakrefable = addWeak || bs.some(baseProvidesWeakref);
  return { members: [], addDict, addWeak };
}

function slotNames(v: unknown): string[] {
  return typeof v === 'string' ? [v] : v instanceof PyList || v instanceof PyTuple ? (v.items as string[]) : [];
}

/**
 * type_ready_fill_dict: a member descriptor per own slot (type_new sorts the names), the
 * `__dict__`/`__weakref__` getsets the new layout adds, `__doc__` (None when the body set none);
 * then type_ready_set_hash: an `__eq__` without `__hash__` makes instances unhashable.
 */
function typeReadyFillDict(cls: PyType, dict: PyDict, layout: Layout): void {
  for (const n of layout.members) dict.setSteal(n, newTypeDescr(true, n, cls));
  if (layout.addDict) dict.setSteal('__dict__', newTypeDescr(false, '__dict__', cls));
  if (layout.addWeak) dict.setSteal('__weakref__', newTypeDescr(false, '__weakref__', cls));
  if (dict.getStr('__doc__') === undefined) dict.set('__doc__', null);
  if (dict.getStr('__eq__') !== undefined && dict.getStr('__hash__') === undefined) dict.set('__hash__', null);
}

/** type_new_set_names: each namespace value whose type has __set_name__ learns its class and name */
function setNames(cls: PyType, ns: PyDict): void {
  for (const i of ns.positions()) {
    const v = ns.vs[i];
    if (!(v instanceof PyObject)) continue;
    const sn = typeOf(v).lookup('__set_name__');
    if (sn === undefined) continue;
    const held = incref(v);
    try {
      decref(callSpecial(sn, held, [cls, ns.ks[i]]));
    } finally {
      decref(held);
    }
  }
}
