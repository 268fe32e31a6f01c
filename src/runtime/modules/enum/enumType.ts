// EnumType (Lib/enum.py's metaclass), natively: a class statement deriving from Enum builds a
// PyEnumClass whose finish() turns the namespace's values into members (auto() resolved by
// _generate_next_value_, aliases for repeated values), kept in the class dict as CPython
// keeps them (_member_names_, _member_map_, _value2member_map_). The class iterates, has a
// len, answers `in`, [name] and (value) as EnumType.__iter__/__len__/__contains__/
// __getitem__/__call__ do.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref } from '../../objects/object';
import { PyType } from '../../objects/typeobject/type';
import { PyList, newList } from '../../objects/list';
import { PyDict, newDict } from '../../objects/dict';
import { PyTuple } from '../../objects/tuple';
import { PyInstance, newInstance } from '../../objects/instance';
import { PyFunction, BuiltinMethodDescr, type Kw } from '../../objects/function';
import { PyMethodWrapper, PyProperty } from '../../objects/descriptors';
import { newIter, STOP } from '../../objects/iter';
import { setNativeMeta } from '../../objects/typeobject/nativeMeta';
import { callObject, releaseArgs } from '../../eval/call';
import { raise, typeError, valueError, keyError } from '../../eval/errors';
import { pyRepr } from '../../eval/repr';
import { pyHash } from '../../eval/protocols';
import { pyEq } from '../../eval/compare';
import { binaryOp } from '../../eval/ops';
import { typeOf } from '../../objects/typeobject/typeOf';
import { OBJECT_INIT } from '../../eval/special';

export const T_EnumType = new PyType('EnumType', [BT.T_type], true, 'enum');
export const T_Enum = new PyType('Enum', [BT.T_object], true, 'enum');
export const T_ReprEnum = new PyType('ReprEnum', [T_Enum], true, 'enum');
export const T_IntEnum = new PyType('IntEnum', [T_ReprEnum], true, 'enum');
export const T_StrEnum = new PyType('StrEnum', [T_ReprEnum], true, 'enum');
export const T_Flag = new PyType('Flag', [T_Enum], true, 'enum');
export const T_IntFlag = new PyType('IntFlag', [T_Flag], true, 'enum');
export const T_auto = new PyType('auto', [BT.T_object], true, 'enum');

/** auto(): a placeholder the class statement replaces with _generate_next_value_'s value */
export class PyAuto extends PyObject {
  get type(): PyType {
    return T_auto;
  }
  pyRepr(): string {
    return 'auto(_auto_null)';
  }
}

export type EnumKind = 'enum' | 'int' | 'str' | 'flag' | 'intflag';

export function memberAttr(m: unknown, name: '_value_' | '_name_'): unknown {
  return (m as PyInstance).attrs!.getStr(name);
}

export class PyEnumClass extends PyType {
  memberNames: string[] = [];
  /** unhashable values, searched by == (CPython's _unhashable_values_) */
  unhashable: [unknown, PyInstance][] = [];
  flagMask = 0n;

  get type(): PyType {
    return T_EnumType;
  }

  get kind(): EnumKind {
    if (this.isSubtypeOf(T_IntFlag)) return 'intflag';
    if (this.isSubtypeOf(T_Flag)) return 'flag';
    if (this.isSubtypeOf(T_IntEnum)) return 'int';
    if (this.isSubtypeOf(T_StrEnum)) return 'str';
    return 'enum';
  }

  private map(name: string): PyDict | null {
    const d = this.dict?.getStr(name);
    return d instanceof PyDict ? d : null;
  }
  get memberMap(): PyDict | null {
    return this.map('_member_map_');
  }
  get value2member(): PyDict | null {
    return this.map('_value2member_map_');
  }

  members(): PyInstance[] {
    const mm = this.memberMap;
    if (mm === null) return [];
    return this.memberNames.map((n) => mm.getStr(n) as PyInstance);
  }

  /** the member with this value, or undefined */
  byValue(v: unknown): PyInstance | undefined {
    const vm = this.value2member;
    if (vm !== null) {
      let hashable = true;
      try {
        pyHash(v);
      } catch {
        hashable = false;
      }
      if (hashable) {
        const m = vm.get(v);
        if (m !== undefined) return m as PyInstance;
      }
    }
    for (const [uv, m] of this.unhashable) if (pyEq(uv, v)) return m;
    return undefined;
  }

  pyRepr(): string {
    return this.isSubtypeOf(T_Flag) ? `<flag '${this.name}'>` : `<enum '${this.name}'>`;
  }
  pyIter(): PyObject {
    const held = this.members().map(incref);
    return newIter('generator', held, (it) => (it.i < it.held.length ? incref(it.held[it.i++]) : STOP));
  }
  pyLen(): number {
    return this.memberNames.length;
  }
  pyContains(k: unknown): boolean {
    if (!(k instanceof PyInstance) || !k.cls.isSubtypeOf(T_Enum)) {
      return typeError(`unsupported operand type(s) for 'in': '${typeOf(k).name}' and 'EnumType'`);
    }
    const name = memberAttr(k, '_name_');
    return k.cls.isSubtypeOf(this) && typeof name === 'string' && this.memberMap?.getStr(name) !== undefined;
  }
  pyGetItem(k: unknown): unknown {
    const m = typeof k === 'string' ? this.memberMap?.getStr(k) : undefined;
    if (m === undefined) return keyError(k);
    return incref(m);
  }
  pyGetAttr(name: string): unknown {
    if (name === '__members__') {
      const d = newDict();
      const mm = this.memberMap;
      if (mm !== null) for (const i of mm.positions()) d.set(mm.ks[i], mm.vs[i]);
      return d;
    }
    return undefined;
  }
  /** EnumType.__call__(cls, value): lookup by value (the functional API is not supported) */
  pyCall(args: unknown[], kw: Kw): unknown {
    try {
      if (args.length !== 1 || (kw !== null && kw.size > 0)) {
        return raise(BT.T_NotImplementedError, "Enum's functional API (Enum('Name', ...)) is not supported in RefScope");
      }
      return lookupValue(this, args[0]);
    } finally {
      releaseArgs(args, kw);
    }
  }
}

/** Enum.__new__(cls, value): the member, a composed Flag, or ValueError; a new reference */
export function lookupValue(cls: PyEnumClass, value: unknown): unknown {
  if (value instanceof PyInstance && value.cls === cls) return incref(value);
  const m = cls.byValue(value);
  if (m !== undefined) return incref(m);
  const k = cls.kind;
  if ((k === 'flag' || k === 'intflag') && (typeof value === 'number' || typeof value === 'bigint')) {
    const v = BigInt(value);
    if (v >= 0n && (v & ~cls.flagMask) === 0n) return incref(pseudoMember(cls, v));
  }
  return valueError(`${pyRepr(value)} is not a valid ${cls.name}`);
}

/** a Flag value made of several members: created once, kept in _value2member_map_ */
export function pseudoMember(cls: PyEnumClass, v: bigint): PyInstance {
  const value = Number(v);
  const existing = cls.byValue(value);
  if (existing !== undefined) return existing;
  const names = cls.members().filter((m) => {
    const mv = BigInt(memberAttr(m, '_value_') as number);
    return mv !== 0n && (mv & (mv - 1n)) === 0n && (v & mv) === mv;
  }).map((m) => memberAttr(m, '_name_') as string);
  const m = newInstance(cls);
  const a = m.attrs!;
  a.set('_value_', value);
  a.set('_name_', names.length > 0 ? names.join('|') : null);
  a.set('__objclass__', cls);
  a.set('_sort_order_', cls.memberNames.length);
  cls.value2member!.set(value, m);
  decref(m);
  return m;
}

function isDescriptor(v: unknown): boolean {
  return v instanceof PyFunction || v instanceof PyMethodWrapper || v instanceof PyProperty || v instanceof BuiltinMethodDescr;
}

function isMemberName(cls: PyType, k: string): boolean {
  if (k.length > 4 && k.startsWith('__') && k.endsWith('__')) return false;
  if (k.length > 2 && k.startsWith('_') && k.endsWith('_') && k[1] !== '_' && k[k.length - 2] !== '_') return false;
  if (k.startsWith(`_${cls.name.replace(/^_+/, '')}__`)) return false;
  return true;
}

/** _generate_next_value_ of Enum (last + 1) and Flag (the next power of two) */
function nextValue(cls: PyEnumClass, ns: PyDict, name: string, count: number, last: unknown[]): unknown {
  const custom = ns.getStr('_generate_next_value_') ?? cls.lookup('_generate_next_value_');
  if (custom instanceof PyFunction || custom instanceof PyMethodWrapper) {
    const fn = custom instanceof PyMethodWrapper ? custom.func : custom;
    return callObject(incref(fn), [name, 1, count, newList(last.map(incref))], null);
  }
  const k = cls.kind;
  if (k === 'str') return name.toLowerCase();
  if (k === 'flag' || k === 'intflag') {
    if (count === 0) return 1;
    let high = 0n;
    for (const v of last) if (typeof v === 'number' || typeof v === 'bigint') if (BigInt(v) > high) high = BigInt(v);
    const bits = high === 0n ? 0 : high.toString(2).length;
    return Number(1n << BigInt(bits));
  }
  if (last.length === 0) return 1;
  for (let i = last.length - 1; i >= 0; i--) {
    try {
      return binaryOp('+', last[i], 1);
    } catch {
      /* try the one before, as the TypeError fallback does */
    }
  }
  return 1;
}

/** EnumType.__new__ after type.__new__: the members */
function finishEnum(clsT: PyType, ns: PyDict): void {
  const cls = clsT as PyEnumClass;
  for (const b of cls.mro.slice(1)) {
    if (b instanceof PyEnumClass && b.memberNames.length > 0) {
      typeError(`${cls.name}: cannot extend ${b.pyRepr()}`);
    }
  }
  const kind = cls.kind;
  const names: string[] = [];
  for (const i of ns.positions()) {
    const k = ns.ks[i];
    if (typeof k !== 'string' || !isMemberName(cls, k) || isDescriptor(ns.vs[i])) continue;
    names.push(k);
  }
  const memberNames = newList([]);
  const memberMap = newDict();
  const value2member = newDict();
  ns.setSteal('_member_names_', memberNames);
  ns.setSteal('_member_map_', memberMap);
  ns.setSteal('_value2member_map_', value2member);
  const lastValues: unknown[] = [];
  const userInit = cls.lookup('__init__');
  const hasInit = userInit !== undefined && userInit !== OBJECT_INIT && userInit instanceof PyFunction;
  try {
    for (let idx = 0; idx < names.length; idx++) {
      const name = names[idx];
      let value = incref(ns.getStr(name));
      if (value instanceof PyAuto) {
        decref(value);
        value = nextValue(cls, ns, name, idx, lastValues);
      }
      lastValues.push(value);
      if (kind === 'int' || kind === 'intflag') {
        if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'boolean') {
          typeError(`invalid literal for int() with base 10: ${pyRepr(value)}`);
        }
      }
      if (kind === 'str' && typeof value !== 'string') typeError(`${pyRepr(value)} is not a string`);
      const canonical = cls.byValue(value);
      if (canonical !== undefined) {
        ns.set(name, canonical);
        memberMap.set(name, canonical);
        continue;
      }
      const m = newInstance(cls);
      const a = m.attrs!;
      a.set('_value_', value);
      a.set('_name_', name);
      a.set('__objclass__', cls);
      if (hasInit) {
        const args = value instanceof PyTuple ? value.items.map(incref) : [incref(value)];
        decref(callObject(incref(userInit), [incref(m), ...args], null));
      }
      a.set('_sort_order_', cls.memberNames.length);
      cls.memberNames.push(name);
      memberNames.items.push(name);
      memberMap.set(name, m);
      let hashable = true;
      try {
        pyHash(value);
      } catch {
        hashable = false;
      }
      if (hashable) value2member.set(value, m);
      else cls.unhashable.push([incref(value), m]);
      if ((kind === 'flag' || kind === 'intflag') && (typeof value === 'number' || typeof value === 'bigint')) cls.flagMask |= BigInt(value);
      ns.set(name, m);
      decref(m);
    }
  } finally {
    for (const v of lastValues) decref(v);
  }
}

setNativeMeta(T_Enum, {
  make: (name, bases) => new PyEnumClass(name, bases, false, '__main__'),
  finish: finishEnum,
});

export function isEnumMember(v: unknown): v is PyInstance {
  return v instanceof PyInstance && v.cls instanceof PyEnumClass;
}

void PyList;
