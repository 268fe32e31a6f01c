// An uncaught SystemExit ends the program quietly with its status (Python/pythonrun.c
// _Py_HandleSystemExit): code None -> 0, an int -> that status, anything else is printed to
// stderr and the status is 1. SystemExit.code mirrors SystemExit_init (Objects/exceptions.c).

import * as BT from '../objects/builtinTypes';
import { incref } from '../objects/object';
import type { PyInstance } from '../objects/instance';
import { isInt, intVal } from '../objects/typeobject/typeOf';
import { pyStr } from './repr';

/** SystemExit.code: None without arguments, the argument alone, else the args tuple */
export function systemExitCode(e: PyInstance): unknown {
  const a = e.excArgs;
  if (a === null || a.items.length === 0) return null;
  if (a.items.length === 1) return incref(a.items[0]);
  return incref(a);
}

export function isSystemExit(e: PyInstance): boolean {
  return e.cls.isSubtypeOf(BT.T_SystemExit);
}

/** the exit status, writing the message CPython writes for a non-int code */
export function handleSystemExit(e: PyInstance, write: (text: string) => void): number {
  const a = e.excArgs;
  const code = a === null || a.items.length === 0 ? null : a.items.length === 1 ? a.items[0] : a;
  if (code === null) return 0;
  if (isInt(code)) {
    const n = intVal(code);
    return Number(BigInt.asUintN(8, BigInt(n)));
  }
  write(pyStr(code) + '\n');
  return 1;
}
