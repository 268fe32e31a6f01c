// What a class statement allocates in CPython 3.11 besides the class, its bases and its MRO
// (Python/bltinmodule.c builtin___build_class__, Objects/typeobject.c type_new_impl,
// type_ready, add_subclass, type_new_set_names, type_new_init_subclass). RefScope does not make
// these as objects, but generation 0 counts them, so automatic collections fire when CPython's do.
// Also the layout rules of type_new_descriptors: which of __dict__ / __weakref__ a new class adds.

import * as BT from '../builtinTypes';
import { PyType } from './type';
import { hiddenAlloc, hiddenFree } from '../../gc/heap';

/** builtin types whose instances carry a __dict__ (tp_dictoffset != 0) */
function builtinHasDict(b: PyType): boolean {
  return b.isSubtypeOf(BT.T_BaseException) || b === BT.T_type || b.isSubtypeOf(BT.T_type) || b === BT.T_function;
}

/** builtin types whose instances take weak references (tp_weaklistoffset != 0) */
function builtinHasWeaklist(b: PyType): boolean {
  return b === BT.T_type || b === BT.T_set || b === BT.T_frozenset || b === BT.T_function;
}

/** variable-size builtin instances (tp_itemsize != 0): no __weakref__ slot can be added */
function builtinIsVarSize(b: PyType): boolean {
  return b.isSubtypeOf(BT.T_int) || b.isSubtypeOf(BT.T_tuple);
}

export function baseProvidesDict(b: PyType): boolean {
  return b.builtin ? builtinHasDict(b) : b.hasInstanceDict;
}

export function baseProvidesWeakref(b: PyType): boolean {
  return b.builtin ? builtinHasWeaklist(b) : b.weakrefable;
}

/** type_new_descriptors without __slots__: [adds __dict__, adds __weakref__] */
export function addedDescriptors(bases: PyType[]): [boolean, boolean] {
  const addDict = !bases.some(baseProvidesDict);
  const addWeak = !bases.some(baseProvidesWeakref) && !bases.some((b) => b.builtin && builtinIsVarSize(b));
  return [addDict, addWeak];
}

/** the builtin types that already have a tp_subclasses dict when a program starts */
function startupSubclassDicts(): PyType[] {
  return [BT.T_object, BT.T_list, BT.T_dict, BT.T_str, BT.T_int, BT.T_tuple, BT.T_type, BT.T_weakref];
}
/** heap types (and builtins) whose tp_subclasses dict has been made in this run */
const subclassDicts = new WeakSet<PyType>();
/** how many live subclasses each of those dicts holds: remove_subclass frees an emptied one */
const subclassCounts = new WeakMap<PyType, number>();

function hasSubclassDict(b: PyType): boolean {
  if (subclassDicts.has(b)) return true;
  if (!b.builtin) return false;
  if (builtinParents === null) {
    // a builtin type with a builtin subclass got its dict at start-up
    builtinParents = new Set(startupSubclassDicts());
    for (const t of Object.values(BT)) if (t instanceof PyType) for (const x of t.bases) builtinParents.add(x);
  }
  return builtinParents.has(b);
}
let builtinParents: Set<PyType> | null = null;

export function resetSubclassDicts(): void {
  // a WeakSet cannot be cleared; heap types are new objects in each run, builtins are re-marked
  for (const t of markedBuiltins) {
    subclassDicts.delete(t);
    subclassCounts.delete(t);
  }
  markedBuiltins.length = 0;
}
const markedBuiltins: PyType[] = [];

/** LOAD_BUILD_CLASS + MAKE_FUNCTION: the class body's function, freed after type_new */
export function buildClassStart(): void {
  hiddenAlloc();
}

/** type_call's args tuple (name, bases, namespace), made before the type itself */
export function typeNewStart(): void {
  hiddenAlloc('tuple3');
}

/** after the MRO: add_subclass's weak reference (and the base's tp_subclasses dict the first
 * time), type_new_set_names' copy of the dict, __init_subclass__'s super object and bound
 * method; then the args tuple is released, and __build_class__'s body function (the namespace
 * is a real dict, released by the caller) */
export function typeNewFinish(bases: PyType[]): void {
  for (const b of bases) {
    hiddenAlloc();
    if (!hasSubclassDict(b)) {
      hiddenAlloc('dict');
      subclassDicts.add(b);
      if (b.builtin) markedBuiltins.push(b);
    }
    if (subclassDicts.has(b)) subclassCounts.set(b, (subclassCounts.get(b) ?? 0) + 1);
  }
  hiddenAlloc('dict');
  hiddenFree('dict');
  hiddenAlloc();
  hiddenFree();
  hiddenAlloc();
  hiddenFree();
  hiddenFree('tuple3');
  hiddenFree();
}

/** a class freed: remove_subclass drops the weak reference in each base's tp_subclasses, and
 * frees a dict it leaves empty */
export function typeDeallocHidden(t: PyType): void {
  for (const b of t.bases) {
    hiddenFree();
    const n = subclassCounts.get(b);
    if (n === undefined) continue;
    if (n > 1) subclassCounts.set(b, n - 1);
    else {
      subclassCounts.delete(b);
      subclassDicts.delete(b);
      hiddenFree('dict');
    }
  }
}
