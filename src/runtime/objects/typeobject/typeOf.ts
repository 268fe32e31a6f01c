// type(v) for atoms and heap objects.

import * as BT from '../builtinTypes';
import { PyFloat } from '../float';
import type { PyType } from './type';

export function typeOf(v: unknown): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return BT.T_int;
    case 'string':
      return BT.T_str;
    case 'boolean':
      return BT.T_bool;
    case 'object':
      if (v === null) return BT.T_NoneType;
      if (v instanceof PyFloat) return BT.T_float;
      return (v as { type: PyType }).type;
  }
  throw new Error('typeOf: not a Python value: ' + String(v));
}

export function typeName(v: unknown): string {
  return typeOf(v).name;
}

export function isInt(v: unknown): v is number | bigint | boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** int value of an int or bool, as number|bigint */
export function intVal(v: number | bigint | boolean): number | bigint {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** normalise a bigint result back to a JS number when it fits exactly */
export function normInt(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}
