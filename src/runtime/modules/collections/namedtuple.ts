// collections.namedtuple (Lib/collections/__init__.py): makes a real class, a heap type deriving
// from tuple with __slots__ = (), whose namespace holds _fields, _field_defaults, __match_args__,
// the methods (_make, _replace, _asdict, __repr__, __getnewargs__) and one _tuplegetter data
// descriptor per field. Its instances are tuples of that type: tracked by the collector for
// good (untrack_tuples takes exact tuples only), each holding a reference to its class.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref } from '../../objects/object';
import { PyType, IMMORTAL_RC, typeVersion } from '../../objects/typeobject/type';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyDict, newDict } from '../../objects/dict';
import { BuiltinMethodDescr, builtin, type Kw } from '../../objects/function';
import { gcNew } from '../../gc/heap';
import { iterToArray } from '../../objects/iter';
import { parseArgs } from '../../eval/args';
import { attributeError, typeError, valueError } from '../../eval/errors';
import { pyRepr, withReprGuard } from '../../eval/repr';
import { pyTruthy } from '../../eval/protocols';
import { immortalClassMethod } from './dictTypes';
import { listNames } from './util';
import { PyFunction } from '../../objects/function';
import { callObject } from '../../eval/call';
import { typeOf } from '../../objects/typeobject/typeOf';
import type { ConstructFor } from '../../objects/typeobject/typeNew';

const T_tuplegetter = new PyType('_tuplegetter', [BT.T_object], true, 'collections');

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
  'raise', 'return', 'try', 'while', 'with', 'yield']);

/** what a namedtuple class knows about itself */
interface NtInfo {
  fields: string[];
  /** defaults for the rightmost fields */
  defaults: unknown[];
}
const infos = new WeakMap<PyType, NtInfo>();

/** an instance of a namedtuple class: a tuple of a subclass, holding its class */
export class PyNamedTuple extends PyTuple {
  declare cls: PyType;
  constructor(items: unknown[], cls: PyType) {
    super(items);
    this.cls = cls;
  }
  get type(): PyType {
    return this.cls;
  }
  releaseContents(): void {
    super.releaseContents();
    const c = this.cls;
    if (!c.builtin) decref(c);
  }
  pyRepr(): string {
    // a subclass's own __repr__ (class V(Point) with a def __repr__)
    const own = this.cls.builtin ? undefined : this.cls.lookup('__repr__');
    if (own instanceof PyFunction) {
      const r = callObject(own, [incref(this)], null);
      if (typeof r !== 'string') {
        decref(r);
        return typeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
      }
      return r;
    }
    const info = ntInfo(this.cls);
    return withReprGuard(this, '...', () => `${this.cls.name}(${info.fields.map((f, i) => f + '=' + pyRepr(this.items[i])).join(', ')})`);
  }
  pySetAttr(name: string): boolean {
    if (ntInfo(this.cls).fields.includes(name)) attributeError("can't set attribute");
    return false;
  }
}

function ntInfo(cls: PyType): NtInfo {
  for (const t of cls.mro) {
    const i = infos.get(t);
    if (i !== undefined) return i;
  }
  return { fields: [], defaults: [] };
}

/** collections._tuplegetter: a data descriptor reading item i */
class TupleGetter extends PyObject {
  readonly immortal = true;
  constructor(public index: number, public doc: string) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_tuplegetter;
  }
  pyDescrGet(obj: unknown): unknown {
    if (obj === null) return this;
    if (!(obj instanceof PyTuple)) return typeError(`descriptor for index '${this.index}' for tuple subclasses doesn't apply to '${(obj as PyObject).type.name}' object`);
    if (this.index >= obj.items.length) return raiseIndex();
    return incref(obj.items[this.index]);
  }
}
function raiseIndex(): never {
  return typeError('tuple index out of range');
}

/** a new instance of cls holding items (stolen) */
export function newNamedTuple(cls: PyType, items: unknown[]): PyNamedTuple {
  if (!cls.builtin) incref(cls);
  return gcNew(new PyNamedTuple(items, cls));
}

/** __new__(_cls, x, y, ...): binds positional and keyword arguments to the fields */
function bindNew(cls: PyType, args: unknown[], kw: Kw): PyNamedTuple {
  const { fields, defaults } = ntInfo(cls);
  const fname = `${cls.name}.__new__`;
  const n = fields.length;
  if (args.length > n) {
    const nd = defaults.length;
    const takes = nd > 0 ? `from ${n - nd + 1} to ${n + 1}` : String(n + 1);
    typeError(`${fname}() takes ${takes} positional arguments but ${args.length + 1} were given`);
  }
  const vals: unknown[] = new Array(n).fill(undefined);
  args.forEach((a, i) => (vals[i] = a));
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = fields.indexOf(k);
      if (i < 0) typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (vals[i] !== undefined) typeError(`${fname}() got multiple values for argument '${k}'`);
      vals[i] = v;
    }
  }
  const firstDefault = n - defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    if (vals[i] === undefined) {
      if (i >= firstDefault) vals[i] = defaults[i - firstDefault];
      else missing.push(fields[i]);
    }
  }
  if (missing.length > 0) {
    typeError(`${fname}() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${listNames(missing)}`);
  }
  return newNamedTuple(cls, vals.map(incref));
}

function makeFromIterable(cls: PyType, iterable: unknown): PyNamedTuple {
  const items = iterToArray(iterable);
  const n = ntInfo(cls).fields.length;
  if (items.length !== n) {
    for (const x of items) decref(x);
    typeError(`Expected ${n} arguments, got ${items.length}`);
  }
  return newNamedTuple(cls, items);
}

function validate(names: string[], rename: boolean, typename: string): string[] {
  const seen = new Set<string>();
  const out = names.map((name, i) => {
    if (rename && (!isIdent(name) || KEYWORDS.has(name) || name.startsWith('_') || seen.has(name))) name = `_${i}`;
    seen.add(name);
    return name;
  });
  for (const name of [typename, ...out]) {
    if (!isIdent(name)) valueError(`Type names and field names must be valid identifiers: ${pyRepr(name)}`);
    if (KEYWORDS.has(name)) valueError(`Type names and field names cannot be a keyword: ${pyRepr(name)}`);
  }
  const dup = new Set<string>();
  for (const name of out) {
    if (name.startsWith('_') && !rename) valueError(`Field names cannot start with an underscore: ${pyRepr(name)}`);
    if (dup.has(name)) valueError(`Encountered duplicate field name: ${pyRepr(name)}`);
    dup.add(name);
  }
  return out;
}

function isIdent(s: string): boolean {
  return /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_\u00c0-\uffff]*$/.test(s);
}

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) */
export const namedtupleFn = builtin('namedtuple', (args, kw) => {
  const [typename, fieldNames, rename, defaultsArg, moduleArg] = parseArgs('namedtuple', args, kw, ['typename', 'field_names', 'rename?', 'defaults?', 'module?'], { maxPos: 2 });
  if (typeof typename !== 'string') return typeError('namedtuple() typename must be a string');
  let raw: string[];
  if (typeof fieldNames === 'string') raw = fieldNames.replace(/,/g, ' ').split(/\s+/).filter((s) => s.length > 0);
  else {
    const items = iterToArray(fieldNames);
    raw = items.map((x) => (typeof x === 'string' ? x : String(x)));
    for (const x of items) decref(x);
  }
  const fields = validate(raw, rename !== undefined && pyTruthy(rename), typename);
  let defaults: unknown[] = [];
  if (defaultsArg !== undefined && defaultsArg !== null) {
    defaults = iterToArray(defaultsArg);
    if (defaults.length > fields.length) {
      for (const x of defaults) decref(x);
      typeError('Got more default values than field names');
    }
  }
  const module = typeof moduleArg === 'string' ? moduleArg : '__main__';
  return makeNamedTupleClass(typename, fields, defaults, module);
});

/** an object shared by every run (a namedtuple class a module makes for itself) */
function immortal<T extends PyObject>(o: T): T {
  (o as unknown as { immortal: boolean }).immortal = true;
  o.rc = IMMORTAL_RC;
  return o;
}

/**
 * type(typename, (tuple,), namespace): the class and its namespace (defaults' references stolen).
 * `shared` makes a class a module owns for good (functools' CacheInfo): immortal, its namespace
 * in the type's method table, nothing counted.
 */
export function makeNamedTupleClass(typename: string, fields: string[], defaults: unknown[], module: string, shared = false): PyType {
  const cls = shared ? new PyType(typename, [BT.T_tuple], true, module) : gcNew(new PyType(typename, [BT.T_tuple], false, module));
  const ns = shared ? null : newDict();
  const put = (k: string, v: unknown) => {
    if (ns !== null) ns.set(k, v);
    else cls.methods.set(k, v);
  };
  if (ns !== null) {
    cls.dict = ns;
    ns.typeOwner = cls;
    cls.basesTuple = newTuple([BT.T_tuple]);
    cls.mroTuple = newTuple(cls.mro.map((t) => (t.builtin ? t : incref(t))));
  }
  cls.hasInstanceDict = false;
  cls.weakrefable = false;
  cls.slots = [];
  cls.identityHash = false;
  infos.set(cls, { fields, defaults });
  const fieldsT = shared ? immortal(new PyTuple(fields.slice())) : newTuple(fields.slice());
  const fd = shared ? immortal(new PyDict()) : newDict();
  const first = fields.length - defaults.length;
  defaults.forEach((d, i) => fd.set(fields[first + i], d));
  put('__doc__', `${typename}(${fields.join(', ')})`);
  put('__slots__', newTuple([]));
  put('_fields', fieldsT);
  put('_field_defaults', fd);
  put('__match_args__', fieldsT);
  if (!shared) {
    decref(fieldsT);
    decref(fd);
  }
  put('_make', immortalClassMethod(builtin('_make', (a) => makeFromIterable(a[0] as PyType, a[1]))));
  put('_replace', new BuiltinMethodDescr('_replace', cls, (self: PyNamedTuple, a, kw) => {
    if (a.length > 0) typeError(`${self.cls.name}._replace() takes 1 positional argument but ${a.length + 1} were given`);
    const names = ntInfo(self.cls).fields;
    const vals = self.items.slice();
    const left = new Map(kw ?? []);
    names.forEach((f, i) => {
      if (left.has(f)) {
        vals[i] = left.get(f);
        left.delete(f);
      }
    });
    if (left.size > 0) valueError(`Got unexpected field names: [${[...left.keys()].map((k) => pyRepr(k)).join(', ')}]`);
    return newNamedTuple(self.cls, vals.map(incref));
  }));
  put('__repr__', new BuiltinMethodDescr('__repr__', cls, (self: PyNamedTuple) => self.pyRepr()));
  put('_asdict', new BuiltinMethodDescr('_asdict', cls, (self: PyNamedTuple) => {
    const d = newDict();
    ntInfo(self.cls).fields.forEach((f, i) => d.set(f, self.items[i]));
    return d;
  }));
  put('__getnewargs__', new BuiltinMethodDescr('__getnewargs__', cls, (self: PyTuple) => newTuple(self.items.map(incref))));
  fields.forEach((f, i) => put(f, new TupleGetter(i, `Alias for field number ${i}`)));
  put('__module__', module);
  if (!shared) for (const d of defaults) decref(d);
  typeVersion.v++;
  cls.construct = (a, kw) => bindNew(cls, a, kw);
  // a class statement deriving from it (class V(Point): __slots__ = ()) constructs through it
  if (!shared) (cls as ConstructFor).constructFor = bindNew;
  return cls;
}
