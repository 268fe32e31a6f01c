// The dataclasses module (Lib/dataclasses.py): @dataclass runs _process_class natively on the
// class statement's result: fields from the class's __annotations__ (inherited from dataclass
// bases), field()/Field, the mutable-default check, then the generated methods (./methods.ts)
// set only where the class has none, __hash__ by 3.11's _hash_action table, __doc__ from the
// signature, __match_args__; fields(), asdict(), astuple(), replace(), is_dataclass().

import * as BT from '../../objects/builtinTypes';
import { PyModule } from '../../objects/descriptors';
import { PyFunction, builtin, type Kw } from '../../objects/function';
import { decref, incref, obs } from '../../objects/object';
import { PyList, newList } from '../../objects/list';
import { PyTuple, newTuple } from '../../objects/tuple';
import { PyDict, newDict } from '../../objects/dict';
import { PySet } from '../../objects/set';
import { PyInstance } from '../../objects/instance';
import { PyType } from '../../objects/typeobject/type';
import { gcNew } from '../../gc/heap';
import { registerModule } from '../registry';
import { parseArgs } from '../../eval/args';
import { raise, typeError, valueError } from '../../eval/errors';
import { callObject } from '../../eval/call';
import { getAttr } from '../../eval/attr';
import { pyRepr } from '../../eval/repr';
import { pyTruthy } from '../../eval/protocols';
import { typeOf } from '../../objects/typeobject/typeOf';
import { OBJECT_EQ, OBJECT_HASH } from '../../eval/special';
import { S } from '../../eval/state';
import { deepcopyInto } from '../copy';
import {
  HAS_DEFAULT_FACTORY, MISSING, PyDataclassParams, PyField, T_Field, T_FrozenInstanceError, newField, type Params,
} from './field';
import { cmpFn, frozenFns, hashFn, initFn, reprFn } from './methods';

/** the class's own namespace entry (cls.__dict__.get(name)) */
function own(cls: PyType, name: string): unknown {
  return cls.dict === null ? undefined : cls.dict.getStr(name);
}

function setClassAttr(cls: PyType, name: string, v: unknown): void {
  cls.dict!.set(name, v);
  if (obs !== null) obs.mutate(cls);
}

/** _set_new_attribute: true (and nothing set) when the class already defines the name */
function setNew(cls: PyType, name: string, v: unknown): boolean {
  if (own(cls, name) !== undefined) {
    decref(v);
    return true;
  }
  cls.dict!.setSteal(name, v);
  if (obs !== null) obs.mutate(cls);
  return false;
}

/** f.default.__class__.__hash__ is None */
function unhashableDefault(v: unknown): boolean {
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) return true;
  return v instanceof PyInstance && v.cls.lookup('__hash__') === null;
}

function isClassVar(t: unknown): boolean {
  return (t as { typingKind?: string } | null)?.typingKind === 'ClassVar';
}

/** _get_field */
function getField(cls: PyType, name: string, type: unknown, kwOnly: boolean): PyField {
  const d = cls.lookup(name);
  let f: PyField;
  if (d instanceof PyField) f = incref(d);
  else f = newField(d === undefined ? MISSING : incref(d), MISSING, true, true, null, true, MISSING);
  decref(f.name);
  f.name = name;
  decref(f.ftype);
  f.ftype = incref(type);
  f.kind = isClassVar(type) ? '_FIELD_CLASSVAR' : '_FIELD';
  if (f.kind !== '_FIELD' && f.factory !== MISSING) {
    decref(f);
    typeError(`field ${name} cannot have a default factory`);
  }
  if (f.kind === '_FIELD' && f.kwOnly === MISSING) f.kwOnly = kwOnly;
  if (f.kind === '_FIELD' && unhashableDefault(f.dflt)) {
    const msg = `mutable default ${pyRepr(typeOf(f.dflt))} for field ${name} is not allowed: use default_factory`;
    decref(f);
    valueError(msg);
  }
  return f;
}

/** inspect.formatannotation */
function formatAnnotation(a: unknown): string {
  if (a instanceof PyType) return a.module === 'builtins' ? a.name : `${a.module}.${a.name}`;
  const m = (a as { typingKind?: string } | null)?.typingKind;
  if (m !== undefined) return pyRepr(a).replace(/typing\./g, '');
  return pyRepr(a);
}

/** str(inspect.signature(cls)) for the generated __init__, without ' -> None' */
function textSignature(std: PyField[], kw: PyField[]): string {
  const param = (f: PyField) => {
    const dflt = f.factory !== MISSING ? HAS_DEFAULT_FACTORY : f.dflt;
    const ann = `${f.name as string}: ${formatAnnotation(f.ftype)}`;
    return dflt === MISSING ? ann : `${ann} = ${pyRepr(dflt)}`;
  };
  const parts = std.filter((f) => f.init).map(param);
  const kws = kw.filter((f) => f.init);
  if (kws.length > 0) parts.push('*', ...kws.map(param));
  return `(${parts.join(', ')})`;
}

/** _process_class */
function processClass(cls: PyType, p: Params): void {
  if (cls.builtin || cls.dict === null) typeError('dataclass() should be called on a class');
  if (p.slots) raise(BT.T_NotImplementedError, '@dataclass(slots=True) is not supported in RefScope');
  const globals = S.frame!.globals;
  const cd = cls.dict!;
  const params = gcNew(new PyDataclassParams(p));
  setClassAttr(cls, '__dataclass_params__', params);
  decref(params);
  const fields = new Map<string, PyField>();
  let anyFrozenBase = false;
  let hasDataclassBases = false;
  for (let i = cls.mro.length - 1; i >= 1; i--) {
    const b = cls.mro[i];
    const bf = b.dict?.getStr('__dataclass_fields__');
    if (bf instanceof PyDict) {
      hasDataclassBases = true;
      for (const v of bf.valuesArray()) fields.set((v as PyField).name as string, v as PyField);
      const bp = b.dict!.getStr('__dataclass_params__');
      if (bp instanceof PyDataclassParams && bp.p.frozen) anyFrozenBase = true;
    }
  }
  const ann = own(cls, '__annotations__');
  const clsFields: PyField[] = [];
  try {
    if (ann instanceof PyDict) {
      for (const i of ann.positions()) clsFields.push(getField(cls, ann.ks[i] as string, ann.vs[i], p.kwOnly));
    }
    for (const f of clsFields) {
      fields.set(f.name as string, f);
      if (cls.lookup(f.name as string) instanceof PyField) {
        if (f.dflt === MISSING) cd.delete(f.name as string);
        else cd.set(f.name as string, f.dflt);
      }
    }
    for (const i of cd.positions()) {
      const k = cd.ks[i] as string;
      if (cd.vs[i] instanceof PyField && !(ann instanceof PyDict && ann.has(k))) typeError(`'${k}' is a field but has no type annotation`);
    }
    if (hasDataclassBases) {
      if (anyFrozenBase && !p.frozen) typeError('cannot inherit non-frozen dataclass from a frozen one');
      if (!anyFrozenBase && p.frozen) typeError('cannot inherit frozen dataclass from a non-frozen one');
    }
    const fd = newDict();
    for (const [k, f] of fields) fd.set(k, f);
    setNewOrSet(cls, '__dataclass_fields__', fd);
  } finally {
    for (const f of clsFields) decref(f);
  }
  const classHash = own(cls, '__hash__');
  const hasExplicitHash = !(classHash === undefined || (classHash === null && own(cls, '__eq__') !== undefined));
  if (p.order && !p.eq) valueError('eq must be true if order is true');
  const all = [...fields.values()];
  const initFields = all.filter((f) => f.kind !== '_FIELD_CLASSVAR');
  const std = initFields.filter((f) => f.kwOnly !== true);
  const kw = initFields.filter((f) => f.kwOnly === true);
  if (p.init) {
    const hasPostInit = cls.lookup('__post_init__') !== undefined;
    setNew(cls, '__init__', initFn(cls, all, std, kw, p.frozen, hasPostInit, globals));
  }
  const fieldList = all.filter((f) => f.kind === '_FIELD');
  if (p.repr) setNew(cls, '__repr__', reprFn(cls, fieldList.filter((f) => f.repr), globals));
  const cmp = fieldList.filter((f) => f.compare);
  if (p.eq) setNew(cls, '__eq__', cmpFn(cls, '__eq__', '==', cmp, globals));
  if (p.order) {
    for (const [name, op] of [['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
      if (setNew(cls, name, cmpFn(cls, name, op, cmp, globals))) {
        typeError(`Cannot overwrite attribute ${name} in class ${cls.name}. Consider using functools.total_ordering`);
      }
    }
  }
  if (p.frozen) {
    for (const fn of frozenFns(cls, fieldList, globals)) {
      if (setNew(cls, fn.name, fn)) typeError(`Cannot overwrite attribute ${fn.name} in class ${cls.name}`);
    }
  }
  const action = hashAction(p.unsafeHash, p.eq, p.frozen, hasExplicitHash);
  if (action === 'exception') typeError(`Cannot overwrite attribute __hash__ in class ${cls.name}`);
  if (action === 'none') setClassAttr(cls, '__hash__', null);
  if (action === 'add') {
    const hf = hashFn(cls, fieldList.filter((f) => (f.hash === null ? f.compare : pyTruthy(f.hash))), globals);
    setClassAttr(cls, '__hash__', hf);
    decref(hf);
  }
  const doc = cls.lookup('__doc__');
  if (doc === undefined || doc === null || doc === '') {
    setClassAttr(cls, '__doc__', cls.name + (p.init ? textSignature(std, kw) : '()'));
  }
  if (p.matchArgs) setNew(cls, '__match_args__', newTuple(std.filter((f) => f.init).map((f) => f.name)));
  // what type_new caches about the class must follow its new methods
  cls.identityHash = cls.lookup('__hash__') === OBJECT_HASH && cls.lookup('__eq__') === OBJECT_EQ;
}

function setNewOrSet(cls: PyType, name: string, v: unknown): void {
  cls.dict!.setSteal(name, v);
  if (obs !== null) obs.mutate(cls);
}


function hashAction(unsafe: boolean, eq: boolean, frozen: boolean, explicit: boolean): 'add' | 'none' | 'exception' | null {
  if (!unsafe) {
    if (!eq) return null;
    if (!frozen) return explicit ? null : 'none';
    return explicit ? null : 'add';
  }
  return explicit ? 'exception' : 'add';
}

const PARAM_NAMES = ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots', 'weakref_slot'];

function paramsFrom(kw: Kw): Params {
  const get = (n: string, d: boolean) => {
    const v = kw?.get(n);
    return v === undefined ? d : pyTruthy(v);
  };
  if (kw !== null) for (const k of kw.keys()) if (!PARAM_NAMES.includes(k)) typeError(`dataclass() got an unexpected keyword argument '${k}'`);
  return {
    init: get('init', true), repr: get('repr', true), eq: get('eq', true), order: get('order', false),
    unsafeHash: get('unsafe_hash', false), frozen: get('frozen', false), matchArgs: get('match_args', true),
    kwOnly: get('kw_only', false), slots: get('slots', false),
  };
}

function decorate(cls: unknown, p: Params): unknown {
  if (!(cls instanceof PyType)) return typeError('dataclass() should be called on a class');
  processClass(cls, p);
  return incref(cls);
}

function fieldsOf(x: unknown): PyField[] {
  const cls = x instanceof PyType ? x : typeOf(x);
  const fd = cls.builtin ? undefined : cls.lookup('__dataclass_fields__');
  if (!(fd instanceof PyDict)) return typeError('must be called with a dataclass type or instance');
  return (fd.valuesArray() as PyField[]).filter((f) => f.kind === '_FIELD');
}

function isDataclassInstance(x: unknown): boolean {
  return x instanceof PyInstance && !x.cls.builtin && x.cls.lookup('__dataclass_fields__') instanceof PyDict;
}

/** _asdict_inner / _astuple_inner */
function asInner(x: unknown, factory: unknown, asDict: boolean): unknown {
  if (isDataclassInstance(x)) {
    const out: unknown[] = [];
    for (const f of fieldsOf(x)) {
      const v = getAttr(x, f.name as string);
      try {
        const inner = asInner(v, factory, asDict);
        out.push(asDict ? newTuple([f.name, inner]) : inner);
      } finally {
        decref(v);
      }
    }
    return callObject(incref(factory), [newList(out)], null);
  }
  if (x instanceof PyList && x.type === BT.T_list) return newList(x.items.map((v) => asInner(v, factory, asDict)));
  if (x instanceof PyTuple && x.type === BT.T_tuple) return newTuple(x.items.map((v) => asInner(v, factory, asDict)));
  if (x instanceof PyDict && x.type === BT.T_dict) {
    const d = newDict();
    for (const i of x.positions()) d.setSteal(asInner(x.ks[i], factory, asDict), asInner(x.vs[i], factory, asDict));
    return d;
  }
  const memo = newDict();
  try {
    return deepcopyInto(x, memo);
  } finally {
    decref(memo);
  }
}

registerModule('dataclasses', () => {
  const m = new PyModule('dataclasses');
  const a = m.attrs;
  a.set('dataclass', builtin('dataclass', (args, kw) => {
    if (args.length > 1) typeError(`dataclass() takes from 0 to 1 positional arguments but ${args.length} were given`);
    const p = paramsFrom(kw);
    if (args.length === 1 && args[0] !== null) return decorate(args[0], p);
    return builtin('wrap', (wargs) => decorate(wargs[0], p), 'dataclasses');
  }, 'dataclasses'));
  a.set('field', builtin('field', (args, kw) => {
    if (args.length > 0) typeError(`field() takes 0 positional arguments but ${args.length} were given`);
    const [d, df, init, repr, hash, compare, metadata, kwOnly] = parseArgs('field', [], kw,
      ['default?', 'default_factory?', 'init?', 'repr?', 'hash?', 'compare?', 'metadata?', 'kw_only?']);
    if (d !== undefined && df !== undefined) valueError('cannot specify both default and default_factory');
    if (metadata !== undefined && metadata !== null) raise(BT.T_NotImplementedError, 'field(metadata=...) is not supported in RefScope');
    const b = (v: unknown, dflt: boolean) => (v === undefined ? dflt : pyTruthy(v));
    return newField(d === undefined ? MISSING : incref(d), df === undefined ? MISSING : incref(df), b(init, true), b(repr, true),
      hash === undefined ? null : incref(hash), b(compare, true), kwOnly === undefined ? MISSING : incref(kwOnly));
  }, 'dataclasses'));
  a.set('fields', builtin('fields', (args, kw) => {
    const [x] = parseArgs('fields', args, kw, ['class_or_instance']);
    return newTuple(fieldsOf(x).map(incref));
  }, 'dataclasses'));
  const asFn = (name: string, asDict: boolean) => builtin(name, (args, kw) => {
    const [obj, factory] = parseArgs(name, args, kw, ['obj', asDict ? 'dict_factory?' : 'tuple_factory?'], { maxPos: 1 });
    if (!isDataclassInstance(obj)) typeError(`${name}() should be called on dataclass instances`);
    return asInner(obj, factory ?? (asDict ? BT.T_dict : BT.T_tuple), asDict);
  }, 'dataclasses');
  a.set('asdict', asFn('asdict', true));
  a.set('astuple', asFn('astuple', false));
  a.set('replace', builtin('replace', (args, kw) => {
    if (args.length !== 1) typeError(`replace() takes 1 positional argument but ${args.length} were given`);
    const obj = args[0];
    if (!isDataclassInstance(obj)) typeError('replace() should be called on dataclass instances');
    const all = ((obj as PyInstance).cls.lookup('__dataclass_fields__') as PyDict).valuesArray() as PyField[];
    const changes = new Map<string, unknown>();
    if (kw !== null) for (const [k, v] of kw) changes.set(k, incref(v));
    for (const f of all) {
      if (f.kind === '_FIELD_CLASSVAR') continue;
      const n = f.name as string;
      if (!f.init) {
        if (changes.has(n)) {
          for (const v of changes.values()) decref(v);
          valueError(`field ${n} is declared with init=False, it cannot be specified with replace()`);
        }
        continue;
      }
      if (!changes.has(n)) changes.set(n, getAttr(obj, n));
    }
    return callObject(incref((obj as PyInstance).cls), [], changes);
  }, 'dataclasses'));
  a.set('is_dataclass', builtin('is_dataclass', (args, kw) => {
    const [x] = parseArgs('is_dataclass', args, kw, ['obj']);
    const cls = x instanceof PyType ? x : typeOf(x);
    return !cls.builtin && cls.lookup('__dataclass_fields__') instanceof PyDict;
  }, 'dataclasses'));
  a.set('MISSING', MISSING);
  a.set('Field', T_Field);
  a.set('FrozenInstanceError', T_FrozenInstanceError);
  return m;
});

void PyFunction;
