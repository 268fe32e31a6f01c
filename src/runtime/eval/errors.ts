// Python exceptions as JS throwables. A PyError owns one reference to the exception object.
// Control flow (return/break/continue) never uses these: they are reserved for user errors.

import { S } from './state';
import * as BT from '../objects/builtinTypes';
import { newInstance, type PyInstance } from '../objects/instance';
import { newTuple } from '../objects/tuple';
import type { PyType } from '../objects/typeobject/type';

export class PyError {
  constructor(public exc: PyInstance) {}
}

/** A new exception instance of a builtin exception type with args (msg,). */
export function newExc(type: PyType, msg?: string | unknown[]): PyInstance {
  const e = newInstance(type);
  const args = msg === undefined ? [] : Array.isArray(msg) ? msg : [msg];
  e.excArgs = newTuple(args);
  return e;
}

export function raise(type: PyType, msg?: string | unknown[]): never {
  throw new PyError(newExc(type, msg));
}

export const typeError = (msg: string): never => raise(BT.T_TypeError, msg);
export const valueError = (msg: string): never => raise(BT.T_ValueError, msg);
export const indexError = (msg: string): never => raise(BT.T_IndexError, msg);
export const keyError = (key: unknown): never => raise(BT.T_KeyError, [key]);
export const attributeError = (msg: string): never => raise(BT.T_AttributeError, msg);
export const nameError = (name: string): never => raise(BT.T_NameError, `name '${name}' is not defined`);
export const zeroDivision = (msg: string): never => raise(BT.T_ZeroDivisionError, msg);
export const runtimeError = (msg: string): never => raise(BT.T_RuntimeError, msg);
export const notImplemented = (msg: string): never => raise(BT.T_NotImplementedError, msg);

/** true when the JS error is a V8 stack overflow, which we report as RecursionError */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && stackOverflowMessage(e.message);
}

/**
 * V8's words for a full stack: "Maximum call stack size exceeded", or a regular expression
 * that could not be compiled for want of stack ("...: Stack overflow"). Plain string tests: a
 * regular expression here could itself fail to compile at the bottom of the stack.
 */
function stackOverflowMessage(m: string): boolean {
  return m.includes('call stack') || m.endsWith('Stack overflow');
}

/**
 * A JavaScript resource error as the Python exception CPython would raise: a stack overflow is a
 * RecursionError; a string, array or BigInt past V8's limits is a MemoryError. Null otherwise.
 */
export function pyErrorFromJs(e: unknown): PyError | null {
  if (!(e instanceof RangeError)) return null;
  if (stackOverflowMessage(e.message)) {
    S.jsStackOverflowed = true;
    return new PyError(newExc(BT.T_RecursionError, 'maximum recursion depth exceeded'));
  }
  if (/Invalid (string|array|typed array) length|BigInt size|allocation failed|out of memory/i.test(e.message)) {
    return new PyError(newExc(BT.T_MemoryError));
  }
  return null;
}

export function excTypeName(e: PyInstance): string {
  return e.cls.name;
}
