// The specialising adaptive interpreter (PEP 659), as far as it changes what a Python special
// method sees: Python/specialize.c's specialisations that push the method's frame directly
// (BINARY_SUBSCR_GETITEM, LOAD_ATTR_PROPERTY, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN) move the value
// stack's references into it, one reference fewer than the generic path's slot call
// (typeobject.c vectorcall_method), and PRECALL_NO_KW_STR_1 calls PyObject_Str without the args
// tuple. When an instruction is specialised: 3.11 quickens a code object after 8 warm-up events
// (_PyCode_Warmup at RESUME and JUMP_BACKWARD, QUICKENING_WARMUP_DELAY), its adaptive counters
// then start at 0 (the next run specialises); 3.12+ quicken at creation with the counter at 1 (the
// second run specialises). A method that cannot be specialised (not a simple function) fails:
// the site stays generic and its counter backs off (adaptive_counter_backoff); a specialised
// instruction whose guard fails (another class, or the class's version tag renewed since:
// objects/typeobject/type.ts typeModified) runs the generic path and, 3.11 after
// 53 misses (miss_counter_start) and 31 more runs, 3.12+ after 53 (adaptive_counter_cooldown),
// specialises again for what it sees then. Loaded on first use (parts.ts: specializePart); the
// sites themselves are cache.ts's.

import { BuiltinMethodDescr, PyFunction } from '../../objects/function';
import { PyInstance } from '../../objects/instance';
import { incref } from '../../objects/object';
import { isSubInstance, type SubInstance } from '../../objects/typeobject/subInstance';
import { PyProperty } from '../../objects/descriptors';
import type { PyType } from '../../objects/typeobject/type';
import { profile } from '../../versions';
import { pushFrame, runPushedFrame } from '../call';
import type { Frame } from '../frame';
import { S } from '../state';
import { FAIL, GENERIC, adaptiveRun, type SpecSite } from './cache';

/**
 * One run of a site that sees `key` (the class whose Python method the specialised form would
 * call, or null when the operand could never specialise to one): true when the run is the
 * specialised form's. The guard checks the class and its version tag (a class modified since,
 * or a subclass of one, misses).
 */
export function runSpecialized(site: SpecSite, f: Frame, key: PyType | null): boolean {
  return adaptiveRun(site, f, key, key === null ? 0 : key.versionTag);
}

/** function_kind == SIMPLE_FUNCTION with co_argcount n: no *args, **kwargs, keyword-only, not a generator */
export function simpleFunction(fn: unknown, n: number): fn is PyFunction {
  if (!(fn instanceof PyFunction)) return false;
  const c = fn.code;
  return c.argcount === n && !c.hasVarargs && !c.hasKwargs && c.kwonlycount === 0 && c.genBody === undefined;
}

/**
 * The Python function's frame pushed with the value stack's references moved into it (the
 * specialised forms' _PyFrame_PushUnchecked): `args` are owned and become its locals.
 */
export function callMovingArgs(fn: PyFunction, args: unknown[]): unknown {
  return runPushedFrame(pushFrame(fn, S.frame, args, null));
}

/** BINARY_SUBSCR on an instance: BINARY_SUBSCR_GETITEM when the site is specialised (o, k owned) */
export function binarySubscrGetitem(site: SpecSite, f: Frame, o: PyInstance, k: unknown): unknown {
  const t = o.cls;
  const fn = t.lookup('__getitem__');
  // _Py_Specialize_BinarySubscr fails (adaptive_counter_backoff) unless __getitem__ is a simple
  // Python function of two arguments
  if (!simpleFunction(fn, 2)) return failed(site, f);
  if (!runSpecialized(site, f, t)) return GENERIC;
  return callMovingArgs(fn, [o, k]);
}

/** the adaptive instruction's specialisation failed (SPECIALIZATION_FAIL): the generic path */
function failed(site: SpecSite, f: Frame): typeof GENERIC {
  adaptiveRun(site, f, FAIL, 0);
  return GENERIC;
}

/**
 * LOAD_ATTR (not a method load) on an instance, 3.12+: LOAD_ATTR_PROPERTY (a property whose fget
 * is a simple function of one argument) and LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN (a Python
 * __getattribute__ of two arguments, no __getattr__) when the site is specialised (o owned).
 */
export function loadAttrSpecialized(site: SpecSite, f: Frame, o: PyInstance, name: string): unknown {
  const t = o.cls;
  const ga = t.lookup('__getattribute__');
  let fn: PyFunction;
  let args: unknown[];
  if (ga instanceof PyFunction) {
    // analyze_descriptor: a Python __getattribute__ with a __getattr__ is GETSET_OVERRIDDEN, one
    // that is not a simple function of two arguments fails function_check_args: both back off
    if (!simpleFunction(ga, 2) || t.lookup('__getattr__') !== undefined) return failed(site, f);
    fn = ga;
    args = [o, name];
  } else {
    const d = t.lookup(name);
    if (!(d instanceof PyProperty)) return GENERIC;
    const g = d.fget;
    // a property whose getter is not a simple function of one argument fails (PROPERTY's checks)
    if (!simpleFunction(g, 1)) return failed(site, f);
    fn = g;
    args = [o];
  }
  if (!runSpecialized(site, f, t)) return GENERIC;
  return callMovingArgs(fn, args);
}

/**
 * LOAD_ATTR of a method (`o.m(...)`) on an instance whose class defines `__getattr__` (not a
 * Python `__getattribute__`): _PyObject_GetMethod makes a bound method (slot_tp_getattr_hook), but
 * specialize.c's analyze_descriptor_load looks past a plain `__getattr__` hook, so the specialised
 * LOAD_ATTR_METHOD_WITH_VALUES pushes the function and self (`o` owned: it is the self returned).
 * Only the 3.14 borrowing call reads this: elsewhere CALL unpacks the bound method and self
 * reaches the frame with the same count.
 */
export function loadAttrMethodPastGetattr(site: SpecSite, f: Frame, o: unknown, name: string): [unknown, unknown] | typeof GENERIC {
  const sub = isSubInstance(o);
  if (!(o instanceof PyInstance) && !sub) return GENERIC;
  const inst = o as PyInstance | SubInstance;
  const t = sub ? (o as SubInstance).heapType : (o as PyInstance).cls;
  if (t.lookup('__getattr__') === undefined || t.lookup('__getattribute__') instanceof PyFunction) return GENERIC;
  const tv = t.lookup(name);
  if (!(tv instanceof PyFunction || (sub && tv instanceof BuiltinMethodDescr))) return GENERIC;
  if (inst.attrs !== null && inst.attrs.getStr(name) !== undefined) return GENERIC;
  if (!runSpecialized(site, f, t)) return GENERIC;
  return [tv instanceof PyFunction ? incref(tv) : tv, o];
}
