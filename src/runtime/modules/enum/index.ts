// The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique. Members are
// instances of the enum class with _value_, _name_, __objclass__ and _sort_order_ in their
// __dict__ (./enumType.ts makes them); this file gives them Lib/enum.py's methods: reprs,
// name/value, hash by name, copy returning the member, IntEnum's int arithmetic and ordering
// (delegated to the value; members are not int instances here), Flag's |, &, ^, ~ and `in`.

import * as BT from '../../objects/builtinTypes';
import { PyModule, PyProperty } from '../../objects/descriptors';
import { builtin, method } from '../../objects/function';
import { decref, incref } from '../../objects/object';
import { PyInstance } from '../../objects/instance';
import { IMMORTAL_RC, type PyType } from '../../objects/typeobject/type';
import { plainNew } from '../../gc/heap';
import { registerModule } from '../registry';
import { typeError, valueError } from '../../eval/errors';
import { pyRepr, pyStr } from '../../eval/repr';
import { pyHash, NotImplemented } from '../../eval/protocols';
import { richCompare } from '../../eval/compare';
import { binaryOp } from '../../eval/ops';
import { formatValue } from '../../eval/format';
import {
  PyAuto, PyEnumClass, T_Enum, T_EnumType, T_Flag, T_IntEnum, T_IntFlag, T_ReprEnum, T_StrEnum, T_auto,
  isEnumMember, memberAttr, pseudoMember,
} from './enumType';

const value = (m: unknown): unknown => memberAttr(m, '_value_');
const mname = (m: unknown): unknown => memberAttr(m, '_name_');

function prop(owner: PyType, name: string, get: (self: unknown) => unknown): void {
  const p = new PyProperty(builtin(name, (args) => get(args[0]), 'enum'), null, null);
  p.rc = IMMORTAL_RC;
  (p as { immortal?: boolean }).immortal = true;
  owner.methods.set(name, p);
}

prop(T_Enum, 'name', (self) => incref(mname(self)));
prop(T_Enum, 'value', (self) => incref(value(self)));

function clsName(self: unknown): string {
  return (self as PyInstance).cls.name;
}

/** Enum.__str__ / Flag.__str__: "Color.RED", "Perm.R|W", "Perm(0)" */
function enumStr(self: unknown): string {
  const n = mname(self);
  if (n === null) return `${clsName(self)}(${pyRepr(value(self))})`;
  return `${clsName(self)}.${n as string}`;
}

method(T_Enum, '__repr__', (self) => {
  const n = mname(self);
  if (n === null) return `<${clsName(self)}: ${pyRepr(value(self))}>`;
  return `<${clsName(self)}.${n as string}: ${pyRepr(value(self))}>`;
});
method(T_Enum, '__str__', (self) => enumStr(self));
method(T_Enum, '__format__', (self, args) => formatValue(enumStr(self), (args[0] as string) ?? ''));
method(T_Enum, '__hash__', (self) => pyHash(mname(self)));
method(T_Enum, '__copy__', (self) => incref(self));
method(T_Enum, '__deepcopy__', (self) => incref(self));
method(T_Enum, '__reduce_ex__', (self) => typeError(`RefScope: pickling ${clsName(self)} members is not supported`));

// ReprEnum (IntEnum, StrEnum): str() and format() are the value's
method(T_ReprEnum, '__str__', (self) => pyStr(value(self)));
method(T_ReprEnum, '__format__', (self, args) => formatValue(value(self), (args[0] as string) ?? ''));

/** the value of a member, anything else as it is */
const unwrap = (v: unknown): unknown => (isEnumMember(v) ? value(v) : v);

const BINOPS: [string, string][] = [
  ['add', '+'], ['sub', '-'], ['mul', '*'], ['truediv', '/'], ['floordiv', '//'], ['mod', '%'], ['pow', '**'],
  ['lshift', '<<'], ['rshift', '>>'], ['and', '&'], ['or', '|'], ['xor', '^'],
];

function intLike(owner: PyType): void {
  for (const [n, op] of BINOPS) {
    method(owner, `__${n}__`, (self, args) => binaryOp(op as '+', value(self), unwrap(args[0])));
    method(owner, `__r${n}__`, (self, args) => binaryOp(op as '+', unwrap(args[0]), value(self)));
  }
  for (const [n, op] of [['lt', '<'], ['le', '<='], ['gt', '>'], ['ge', '>='], ['eq', '=='], ['ne', '!=']] as const) {
    method(owner, `__${n}__`, (self, args) => richCompare(value(self), unwrap(args[0]), op));
  }
  method(owner, '__hash__', (self) => pyHash(value(self)));
  method(owner, '__int__', (self) => incref(value(self)));
  method(owner, '__index__', (self) => incref(value(self)));
  method(owner, '__float__', (self) => binaryOp('/', value(self), 1));
  method(owner, '__neg__', (self) => binaryOp('-', 0, value(self)));
  method(owner, '__abs__', (self) => {
    const v = value(self) as number;
    return v < 0 ? binaryOp('-', 0, v) : incref(v);
  });
  method(owner, '__bool__', (self) => value(self) !== 0 && value(self) !== 0n);
}
intLike(T_IntEnum);

method(T_StrEnum, '__eq__', (self, args) => richCompare(value(self), unwrap(args[0]), '=='));
method(T_StrEnum, '__ne__', (self, args) => richCompare(value(self), unwrap(args[0]), '!='));
method(T_StrEnum, '__hash__', (self) => pyHash(value(self)));
method(T_StrEnum, '__len__', (self) => [...(value(self) as string)].length);

// ---------- Flag ----------

function flagBits(v: unknown): bigint {
  return BigInt(v as number);
}

function flagOp(op: (a: bigint, b: bigint) => bigint) {
  return (self: unknown, args: unknown[]) => {
    const other = args[0];
    const cls = (self as PyInstance).cls as PyEnumClass;
    let ob: bigint;
    if (isEnumMember(other) && other.cls.isSubtypeOf(cls)) ob = flagBits(value(other));
    else if (cls.kind === 'intflag' && (typeof other === 'number' || typeof other === 'bigint')) ob = BigInt(other);
    else return incref(NotImplemented);
    return incref(pseudoMember(cls, op(flagBits(value(self)), ob)));
  };
}

method(T_Flag, '__or__', flagOp((a, b) => a | b));
method(T_Flag, '__and__', flagOp((a, b) => a & b));
method(T_Flag, '__xor__', flagOp((a, b) => a ^ b));
method(T_Flag, '__ror__', flagOp((a, b) => a | b));
method(T_Flag, '__rand__', flagOp((a, b) => a & b));
method(T_Flag, '__invert__', (self) => {
  const cls = (self as PyInstance).cls as PyEnumClass;
  return incref(pseudoMember(cls, cls.flagMask & ~flagBits(value(self))));
});
method(T_Flag, '__contains__', (self, args) => {
  const other = args[0];
  if (!isEnumMember(other) || !other.cls.isSubtypeOf((self as PyInstance).cls)) {
    typeError(`unsupported operand type(s) for 'in': '${(other as PyInstance)?.cls?.name ?? typeof other}' and '${clsName(self)}'`);
  }
  const o = flagBits(value(other));
  return (o & flagBits(value(self))) === o;
});
method(T_Flag, '__bool__', (self) => flagBits(value(self)) !== 0n);
method(T_Flag, '__len__', (self) => flagBits(value(self)).toString(2).replace(/0/g, '').length);
method(T_Flag, '__str__', (self) => enumStr(self));
method(T_Flag, '__format__', (self, args) => formatValue(enumStr(self), (args[0] as string) ?? ''));
intLike(T_IntFlag);
for (const n of ['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__invert__', '__contains__']) {
  T_IntFlag.methods.set(n, T_Flag.methods.get(n));
}

T_auto.construct = (args) => {
  if (args.length > 0) typeError(`auto() takes no arguments (${args.length} given)`);
  return plainNew(new PyAuto());
};

registerModule('enum', () => {
  const m = new PyModule('enum');
  const a = m.attrs;
  for (const t of [T_Enum, T_IntEnum, T_StrEnum, T_Flag, T_IntFlag, T_ReprEnum, T_auto]) a.set(t.name, t);
  a.set('EnumType', T_EnumType);
  a.set('EnumMeta', T_EnumType);
  a.set('unique', builtin('unique', (args) => {
    const cls = args[0];
    if (!(cls instanceof PyEnumClass)) return typeError('unique() should be called on an enumeration');
    const mm = cls.memberMap;
    const dups: string[] = [];
    if (mm !== null) {
      for (const i of mm.positions()) {
        const member = mm.vs[i];
        if (mname(member) !== mm.ks[i]) dups.push(`${mm.ks[i] as string} -> ${mname(member) as string}`);
      }
    }
    if (dups.length > 0) valueError(`duplicate values found in ${cls.pyRepr()}: ${dups.join(', ')}`);
    return incref(cls);
  }, 'enum'));
  return m;
});

void decref;

// IntFlag is a ReprEnum: str() and format() are the int's
T_IntFlag.methods.set('__str__', T_ReprEnum.methods.get('__str__'));
T_IntFlag.methods.set('__format__', T_ReprEnum.methods.get('__format__'));
