// Wires the runtime together: modules with side effects (methods, constructors, the builtin
// modules) and the late-bound hooks that break import cycles.

import '../gc/dealloc';
import '../gc/collector';
import '../builtins/methods/list';
import '../builtins/methods/tuple';
import '../builtins/methods/dict';
import '../builtins/methods/set';
import '../builtins/methods/dictviews';
import '../builtins/methods/str';
import '../builtins/methods/bytes';
import '../builtins/methods/subclassInit';
import '../objects/typeobject/subclass';
import '../objects/typeobject/typeNew';
import '../objects/typeobject/metaclass';
import '../builtins/constructors';
import '../builtins/iteration';
import '../builtins/numeric';
import '../builtins/execStubs';
import '../modules/sys';
import '../modules/gc';
import '../modules/stdlib';
import { unwrapValueMethods } from '../builtins/methods/valueSubMethods';
import * as BT from '../objects/builtinTypes';
import { builtinsMap } from '../builtins/builtins';
import { installObjectHooks } from './special';
import { defaultRepr, pyRepr } from './repr';
import { hashPointer } from '../objects/hash';
import { NotImplemented, pyHash } from './protocols';
import { PyInstance } from '../objects/instance';
import type { PyObject } from '../objects/object';
import { initEmptyTuple } from '../objects/tuple';
import { objectNe } from './compare';

initEmptyTuple();
unwrapValueMethods();

installObjectHooks({
  // object.__repr__ on an instance is the default repr; on anything else, its own type's repr
  repr: (o) => (o instanceof PyInstance ? defaultRepr(o) : pyRepr(o)),
  str: (o) => pyRepr(o),
  hash: (o) => (o instanceof PyInstance ? hashPointer(o) : pyHash(o)),
  notImplemented: () => NotImplemented,
  ne: objectNe,
});

for (const t of BT.EXCEPTION_TYPES) builtinsMap.set(t.name, t);
for (const t of [BT.T_int, BT.T_float, BT.T_str, BT.T_bool, BT.T_list, BT.T_tuple, BT.T_dict, BT.T_set, BT.T_frozenset, BT.T_object, BT.T_type, BT.T_range]) {
  builtinsMap.set(t.name, t);
}
for (const t of [BT.T_list, BT.T_dict, BT.T_set]) t.identityHash = false;
for (const t of [BT.T_int, BT.T_float, BT.T_str, BT.T_bool, BT.T_tuple, BT.T_frozenset, BT.T_NoneType]) t.identityHash = false;
