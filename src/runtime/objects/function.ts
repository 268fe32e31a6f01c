// Function objects, cells, bound methods and builtin callables.

import { PyObject, decref, isHeap } from './object';
import { T_builtin, T_cell, T_function, T_method, T_method_descriptor, T_method_wrapper, T_wrapper_descriptor } from './builtinTypes';
import { gcNew } from '../gc/heap';
import { IMMORTAL_RC, typeVersion, type PyType } from './typeobject/type';
import type { PyDict } from './dict';
import type { PyTuple } from './tuple';
import type { Code } from './code';

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  dict: PyDict | null = null;
  /** __annotations__: MAKE_FUNCTION's name/value tuple until first read, then a dict */
  annotations: PyObject | null = null;
  /** __doc__ and __module__ (func_doc, func_module): settable, as functools.wraps does */
  doc: unknown;
  module: unknown = '__main__';
  constructor(
    public code: Code,
    public globals: PyDict,
    public defaults: PyTuple | null,
    public kwdefaults: PyDict | null,
    public closure: PyTuple | null,
  ) {
    super();
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = code.doc ?? null;
  }
  get type(): PyType {
    return T_function;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    visit(this.globals);
    if (this.defaults !== null) visit(this.defaults);
    if (this.kwdefaults !== null) visit(this.kwdefaults);
    if (this.dict !== null) visit(this.dict);
    if (this.closure !== null) visit(this.closure);
    if (this.annotations !== null) visit(this.annotations);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.defaults !== null) out('__defaults__', this.defaults);
    if (this.kwdefaults !== null) out('__kwdefaults__', this.kwdefaults);
    if (this.dict !== null) out('__dict__', this.dict);
    if (this.closure !== null) out('__closure__', this.closure);
    if (this.annotations !== null) out('__annotations__', this.annotations);
  }
  /** func_clear */
  clear(): void {
    const g = this.globals;
    const d = this.defaults;
    const k = this.kwdefaults;
    const fd = this.dict;
    const c = this.closure;
    const an = this.annotations;
    this.annotations = null;
    this.defaults = null;
    this.kwdefaults = null;
    this.dict = null;
    this.closure = null;
    // globals is never null in CPython either until dealloc; keep the pointer, drop the count
    this.globalsCleared = true;
    decref(g);
    decref(d);
    decref(k);
    decref(fd);
    decref(c);
    decref(an);
  }
  globalsCleared = false;
  releaseContents(): void {
    if (!this.globalsCleared) this.clear();
  }
}

export class PyCell extends PyObject {
  constructor(public contents: unknown) {
    super();
  }
  get type(): PyType {
    return T_cell;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.contents)) visit(this.contents);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.contents !== undefined) out('cell_contents', this.contents);
  }
  clear(): void {
    const c = this.contents;
    this.contents = undefined;
    decref(c);
  }
  releaseContents(): void {
    this.clear();
  }
}

export function newCell(contents: unknown): PyCell {
  return gcNew(new PyCell(contents));
}

/** A method bound to its instance (Objects/classobject.c). Holds both. */
export class PyBoundMethod extends PyObject {
  constructor(public func: unknown, public self: unknown) {
    super();
  }
  get type(): PyType {
    return T_method;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.func)) visit(this.func);
    if (isHeap(this.self)) visit(this.self);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('__func__', this.func);
    out('__self__', this.self);
  }
  releaseContents(): void {
    const f = this.func;
    const s = this.self;
    this.func = undefined;
    this.self = undefined;
    decref(f);
    decref(s);
  }
}

/** steals func and self */
export function newBoundMethod(func: unknown, self: unknown): PyBoundMethod {
  return gcNew(new PyBoundMethod(func, self));
}

export type Kw = Map<string, unknown> | null;
/** A builtin implementation: borrows its arguments, returns a new reference. */
export type BuiltinFn = (args: unknown[], kw: Kw) => unknown;
/** A builtin method implementation: self is borrowed too. */
export type BuiltinMethodFn = (self: any, args: unknown[], kw: Kw) => unknown;

/** builtin functions (len, print, sys.getrefcount...): immortal */
export class PyBuiltin extends PyObject {
  readonly immortal = true;
  constructor(public name: string, public fn: BuiltinFn, public module = 'builtins') {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_builtin;
  }
}

/**
 * The special methods typeobject.c's slotdefs make wrapper_descriptors ("slot wrapper"); the
 * rest of a builtin type's methods are method_descriptors, and so are the few slots a type also
 * lists in its methods (METH_COEXIST: list/dict __getitem__, dict/set/frozenset __contains__).
 */
const SLOT_NAMES = new Set(('__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ ' +
  '__lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __del__ ' +
  '__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ ' +
  '__neg__ __pos__ __abs__ __bool__ __invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ ' +
  '__xor__ __rxor__ __or__ __ror__ __int__ __float__ __iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ ' +
  '__irshift__ __iand__ __ixor__ __ior__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ ' +
  '__itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__ __len__ __getitem__ __setitem__ __delitem__ __contains__').split(' '));
const COEXIST = new Set(['list.__getitem__', 'dict.__getitem__', 'dict.__contains__', 'set.__contains__', 'frozenset.__contains__']);

/** a method of a builtin type, as found in the type (method_descriptor): immortal */
export class BuiltinMethodDescr extends PyObject {
  readonly immortal = true;
  /** a slot wrapper (wrapper_descriptor), not a method_descriptor: fixed by name and owner */
  readonly slot: boolean;
  constructor(public name: string, public owner: PyType, public fn: BuiltinMethodFn) {
    super();
    this.rc = IMMORTAL_RC;
    this.slot = SLOT_NAMES.has(name) && !COEXIST.has(`${owner.name}.${name}`);
  }
  get type(): PyType {
    return this.slot ? T_wrapper_descriptor : T_method_descriptor;
  }
}


/** slot wrappers whose wrapper takes no argument: wrap_unaryfunc, wrap_hashfunc, wrap_lenfunc, wrap_inquirypred, wrap_next, wrap_del */
const NO_ARG_SLOTS = new Set('__repr__ __str__ __hash__ __iter__ __next__ __neg__ __pos__ __abs__ __bool__ __invert__ __int__ __float__ __index__ __len__ __del__'.split(' '));
/**
 * slot wrappers whose wrapper checks for one argument with check_num_args: wrap_binaryfunc(_l/_r)
 * (the number protocol's and sequence concatenation's), wrap_richcmpfunc, wrap_objobjproc,
 * wrap_delattr, wrap_delitem, wrap_descr_delete. Not here: __mul__/__rmul__/__imul__ and
 * __getitem__ (a sequence's sq_repeat/sq_item wrappers unpack their arguments otherwise), the
 * two-argument and ternary wrappers (__setitem__, __setattr__, __set__, __pow__, __get__).
 */
const ONE_ARG_SLOTS = new Set(('__getattribute__ __delattr__ __delitem__ __delete__ __contains__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ ' +
  '__add__ __radd__ __sub__ __rsub__ __mod__ __rmod__ __divmod__ __rdivmod__ __lshift__ __rlshift__ __rshift__ __rrshift__ ' +
  '__and__ __rand__ __xor__ __rxor__ __or__ __ror__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __matmul__ __rmatmul__ ' +
  '__iadd__ __isub__ __imod__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __ifloordiv__ __itruediv__ __imatmul__').split(' '));

/**
 * wrapperdescr_raw_call's checks before a slot wrapper runs with `nargs` arguments (besides self):
 * keywords are refused unless the wrapper takes them (PyWrapperFlag_KEYWORDS: __init__, __call__),
 * then the wrapper's check_num_args. The TypeError's message, or null when the call may go on.
 */
export function slotWrapperArgsError(d: BuiltinMethodDescr, nargs: number, kw: Kw): string | null {
  if (!d.slot) return null;
  if (kw !== null && kw.size > 0 && d.name !== '__init__' && d.name !== '__call__') return `wrapper ${d.name}() takes no keyword arguments`;
  const n = NO_ARG_SLOTS.has(d.name) ? 0 : ONE_ARG_SLOTS.has(d.name) ? 1 : -1;
  if (n < 0 || nargs === n) return null;
  return `expected ${n} argument${n === 1 ? '' : 's'}, got ${nargs}`;
}

/** a builtin method bound to its object (`[].append`): holds the object */
export class PyBuiltinBound extends PyObject {
  constructor(public descr: BuiltinMethodDescr, public self: unknown) {
    super();
  }
  get type(): PyType {
    return this.descr.slot ? T_method_wrapper : T_builtin;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.self)) visit(this.self);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('__self__', this.self);
  }
  releaseContents(): void {
    const s = this.self;
    this.self = undefined;
    decref(s);
  }
}

/** steals self */
export function newBuiltinBound(descr: BuiltinMethodDescr, self: unknown): PyBuiltinBound {
  return gcNew(new PyBuiltinBound(descr, self));
}

export function builtin(name: string, fn: BuiltinFn, module?: string): PyBuiltin {
  return new PyBuiltin(name, fn, module);
}

export function method(owner: PyType, name: string, fn: BuiltinMethodFn): BuiltinMethodDescr {
  const d = new BuiltinMethodDescr(name, owner, fn);
  owner.methods.set(name, d);
  typeVersion.v++;
  return d;
}
