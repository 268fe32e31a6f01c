// The with statement as 3.14 runs it (Python/bytecodes.c LOAD_SPECIAL, Python/compile.c
// codegen_with): the manager is loaded (LOAD_FAST_BORROW when it is a local the compiler may
// borrow) and copied; LOAD_SPECIAL looks __exit__ up first, then __enter__
// (Objects/typeobject.c _PyObject_LookupSpecialMethod): a function or method descriptor is kept
// unbound with the manager's reference as its self on the stack; anything else is bound and the
// reference dropped. CALL 0 moves __enter__'s self into its frame (a borrowed reference stays
// borrowed there); __exit__'s self stays on the stack for the body and moves into __exit__'s
// frame at the normal exit (CALL 3). On an exception WITH_EXCEPT_START calls it through
// PyObject_Vectorcall (the frame gets its own references). 3.11-3.13's BEFORE_WITH is with.ts.

import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyFunction, BuiltinMethodDescr } from '../../objects/function';
import { callObject, runPushedFrame } from '../call';
import { typeError } from '../errors';
import { typeOf } from '../../objects/typeobject/typeOf';
import { borrowIntoFrame, borrowRef, unborrowRef } from '../borrow';
import { pushOrRelease } from './calls';
import type * as A from '../../../python/ast';
import { splitsBlock } from './borrowAnalysis';
import { bindSpecial, exitWithError } from './with';
import { RETURN } from './stmt';

/** the special method and the self it is called with (undefined: bound, no self on the stack) */
export interface Special {
  fn: unknown;
  self: unknown;
  /** self is a borrowed reference (the manager was a borrowed local) */
  lent: boolean;
}

/** Py_TPFLAGS_METHOD_DESCRIPTOR: LOAD_SPECIAL leaves it unbound */
function unboundKind(m: unknown): boolean {
  return (m instanceof PyFunction && m.code.genBody === undefined) || (m instanceof BuiltinMethodDescr && !m.slot);
}

/** LOAD_SPECIAL: consumes the reference `ref` to the manager v */
function loadSpecial(m: unknown, v: unknown, lent: boolean): Special {
  if (unboundKind(m)) {
    if (lent) borrowRef(v);
    return { fn: incref(m), self: v, lent };
  }
  const bound = bindSpecial(m, v);
  decref(v);
  return { fn: bound, self: undefined, lent: false };
}

/** CALL with the self on the stack moved into a Python callee's frame; consumes sp and args */
function callSpecial(sp: Special, args: unknown[]): unknown {
  const fn = sp.fn;
  if (sp.self === undefined || !(fn instanceof PyFunction)) {
    // bound, or a method descriptor (which borrows its arguments: a borrowed self stays so while it runs)
    try {
      return callObject(fn, sp.self === undefined ? args : [sp.self, ...args], null);
    } finally {
      if (sp.lent) unborrowRef(sp.self);
      decref(fn);
    }
  }
  if (sp.lent) unborrowRef(sp.self);
  const fr = pushOrRelease(fn, [sp.self, ...args], null);
  if (sp.lent) borrowIntoFrame(fr, [sp.self]);
  try {
    return runPushedFrame(fr);
  } finally {
    decref(fn);
  }
}

/** LOAD_SPECIAL __exit__, LOAD_SPECIAL __enter__, CALL 0: consumes mgr; [__exit__ as loaded, what __enter__ returned] */
export function enterWithSpecial(mgr: unknown, lent: boolean): [Special, unknown] {
  const t = typeOf(mgr);
  const exit = t.lookup('__exit__');
  const enter = exit === undefined ? undefined : t.lookup('__enter__');
  if (exit === undefined || enter === undefined) {
    decref(mgr);
    const missed = exit === undefined ? '__exit__' : '__enter__';
    return typeError(`'${t.name}' object does not support the context manager protocol (missed ${missed} method)`);
  }
  // COPY 1: the second reference (borrowed too when the load was)
  const exitSp = loadSpecial(exit, incref(mgr), lent);
  const enterSp = loadSpecial(enter, mgr, lent);
  try {
    return [exitSp, callSpecial(enterSp, [])];
  } catch (x) {
    releaseSpecial(exitSp);
    throw x;
  }
}

/** POP_TOP of a loaded special method left on the stack */
export function releaseSpecial(sp: Special): void {
  if (sp.self !== undefined) {
    if (sp.lent) unborrowRef(sp.self);
    decref(sp.self);
  }
  decref(sp.fn);
}

/** the block ended without an exception: CALL 3 with three Nones */
export function exitNormalSpecial(f: Frame, sp: Special, r: number): void {
  try {
    decref(callSpecial(sp, [null, null, null]));
  } catch (x) {
    if (r === RETURN) {
      decref(f.retval);
      f.retval = null;
    }
    throw x;
  }
}

/** WITH_EXCEPT_START: PyObject_Vectorcall(__exit__, [self,] type, value, tb); the stack's copies dropped after */
export function exitWithErrorSpecial(f: Frame, sp: Special, x: unknown): number {
  if (sp.self === undefined) return exitWithError(f, sp.fn, x);
  try {
    return exitWithError(f, incref(sp.fn), x, sp.self);
  } finally {
    releaseSpecial(sp);
  }
}

/**
 * the manager's load is borrowed only when its reference (__exit__'s self) is consumed by the
 * normal exit's CALL 3 in the same basic block: the body holds no jump or jump target (no
 * compound statement, no nested with, no raise/assert/break/continue, no and/or/if-else...).
 * Measured with dis under 3.14.2: `with a: pass`, `with a: print(x); return x` borrow a;
 * `with a: if x: ...`, `with a, b:` (a) and `with a: raise E` do not.
 */
export function bodyStaysInBlock(body: A.Stmt[]): boolean {
  for (const s of body) {
    switch (s.kind) {
      case 'ExprStmt':
        if (splitsBlock(s.value)) return false;
        break;
      case 'Return':
        return s.value === null || !splitsBlock(s.value);
      case 'Assign':
        if (splitsBlock(s.value) || s.targets.some(splitsBlock)) return false;
        break;
      case 'AugAssign':
        if (splitsBlock(s.value) || splitsBlock(s.target)) return false;
        break;
      case 'AnnAssign':
        if (splitsBlock(s.value) || splitsBlock(s.target)) return false;
        break;
      case 'Delete':
        if (s.targets.some(splitsBlock)) return false;
        break;
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
      case 'Import':
      case 'ImportFrom':
        break;
      default:
        return false;
    }
  }
  return true;
}
