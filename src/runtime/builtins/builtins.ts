// The builtins module (Python/bltinmodule.c): print, the introspection functions, and the builtin
// types and exceptions by name. The functions over iterables are in iteration.ts, the numeric ones
// in numeric.ts.

import { inlinedNamespaceRefused } from '../eval/compile/comprehension/hidden';
import { isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from '../eval/subclassDispatch';
import * as BT from '../objects/builtinTypes';
import { builtin, type Kw, PyFunction, PyBuiltin, PyBoundMethod, BuiltinMethodDescr, PyBuiltinBound } from '../objects/function';
import { PyFloat } from '../objects/float';
import { PyObject, decref, incref } from '../objects/object';
import { newList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict, materialize } from '../objects/dict';
import { PyInstance } from '../objects/instance';
import { PyType } from '../objects/typeobject/type';
import { newProperty, newMethodWrapper } from '../objects/descriptors';
import { getIter, iterNext, STOP } from '../objects/iter';
import { PyGenerator, genSend } from '../objects/genobject';
import { pyHash, pyLen, NotImplemented, Ellipsis } from '../eval/protocols';
import { instanceRepr, isPlainInstance, pyRepr, pyStr, idOf } from '../eval/repr';
import { unaryOp } from '../eval/ops';
import { getAttr, setAttr, delAttr, hasAttr } from '../eval/attr';
import { callObject } from '../eval/call';
import { raise, typeError, PyError } from '../eval/errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { argRange, exactArgs, noKw, parseArgs } from '../eval/args';
import { S } from '../eval/state';
import { complexPart, suggestPart } from '../parts';
import { obs } from '../objects/object';
import { PyWeakRef } from '../objects/weakref';
import { callIter } from '../objects/callIter';
import { PyComplex } from '../objects/complex';
import { builtinPrint } from './print';

export const builtinsMap = new Map<string, unknown>();

export function def(name: string, fn: (args: unknown[], kw: Kw) => unknown): void {
  builtinsMap.set(name, builtin(name, fn));
}

// ---------- print (print.ts) ----------

export { resetPrint } from './print';
def('print', builtinPrint);

// ---------- simple functions ----------

def('len', (args, kw) => {
  noKw('len', kw);
  exactArgs('len', args, 1);
  return pyLen(args[0]);
});

def('repr', (args, kw) => {
  noKw('repr', kw);
  exactArgs('repr', args, 1);
  const v = args[0];
  return isPlainInstance(v) ? instanceRepr(v) : pyRepr(v);
});

def('id', (args) => {
  exactArgs('id', args, 1);
  return idOf(args[0]);
});

def('hash', (args) => {
  exactArgs('hash', args, 1);
  return pyHash(args[0]);
});

def('abs', (args) => {
  exactArgs('abs', args, 1);
  let v = args[0];
  if (isValueSub(v)) {
    const f = userOverride(v, '__abs__');
    if (f !== undefined) return callObject(f, [incref(v)], null);
    v = v.baseValue;
  }
  if (v instanceof PyFloat) return new PyFloat(Math.abs(v.v));
  if (v instanceof PyComplex) return complexPart().complexAbs(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? +v : v;
    return n < 0 ? unaryOp('-', n) : n;
  }
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__abs__');
    if (f !== undefined) return callObject(f, [incref(v)], null);
  }
  return typeError(`bad operand type for abs(): '${typeOf(v).name}'`);
});

function callIterBuiltin(v: unknown, sentinel: unknown): unknown {
  if (!isCallable(v)) typeError('iter(v, w): v must be callable');
  return callIter(v, sentinel);
}

function isCallable(v: unknown): boolean {
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType || v instanceof BuiltinMethodDescr || v instanceof PyBuiltinBound || (v instanceof PyInstance && v.cls.lookup('__call__') !== undefined);
}

def('callable', (args) => {
  exactArgs('callable', args, 1);
  const v = args[0];
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType || v instanceof BuiltinMethodDescr || v instanceof PyBuiltinBound || (v instanceof PyInstance && v.cls.lookup('__call__') !== undefined) || (v instanceof PyObject && v.type.lookup('__call__') !== undefined) || (v instanceof PyWeakRef && v.callableProxy);
});

def('isinstance', (args) => {
  exactArgs('isinstance', args, 2);
  return isInstance(args[0], args[1]);
});

export function isInstance(v: unknown, t: unknown): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isInstance(v, x));
  if (!(t instanceof PyType)) return typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  if (v instanceof PyWeakRef && v.kind === 'proxy') return t === v.type || t === BT.T_object;
  return typeOf(v).isSubtypeOf(t);
}

def('issubclass', (args) => {
  exactArgs('issubclass', args, 2);
  const [a, t] = args;
  if (!(a instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  const check = (x: unknown): boolean => {
    if (x instanceof PyTuple) return x.items.some(check);
    if (!(x instanceof PyType)) return typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
    return (a as PyType).isSubtypeOf(x);
  };
  return check(t);
});

def('getattr', (args) => {
  argRange('getattr', args, 2, 3);
  const name = args[1];
  if (typeof name !== 'string') typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  if (args.length === 3) {
    try {
      return getAttr(args[0], name as string);
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_AttributeError)) {
        decref(e.exc);
        return incref(args[2]);
      }
      throw e;
    }
  }
  return getAttr(args[0], name as string);
});

def('setattr', (args) => {
  exactArgs('setattr', args, 3);
  if (typeof args[1] !== 'string') typeError(`attribute name must be string, not '${typeOf(args[1]).name}'`);
  setAttr(args[0], args[1] as string, args[2]);
  return null;
});

def('hasattr', (args) => {
  exactArgs('hasattr', args, 2);
  if (typeof args[1] !== 'string') typeError(`attribute name must be string, not '${typeOf(args[1]).name}'`);
  return hasAttr(args[0], args[1] as string);
});

def('delattr', (args) => {
  exactArgs('delattr', args, 2);
  delAttr(args[0], args[1] as string);
  return null;
});

def('iter', (args) => {
  if (args.length === 2) return callIterBuiltin(args[0], args[1]);
  argRange('iter', args, 1, 2);
  return getIter(args[0]);
});

def('next', (args) => {
  argRange('next', args, 1, 2);
  // a generator's return value travels in the StopIteration (gen_iternext)
  if (args.length === 1 && args[0] instanceof PyGenerator) return genSend(args[0], null);
  const v = iterNext(args[0]);
  if (v === STOP) {
    if (args.length === 2) return incref(args[1]);
    return raise(BT.T_StopIteration);
  }
  return v;
});

def('vars', (args) => {
  if (args.length === 0) refuseInlinedNamespace('vars()');
  if (args.length === 0) return incref(S.frame!.ns ?? S.frame!.globals);
  exactArgs('vars', args, 1);
  const o = args[0];
  if (o instanceof PyInstance && o.attrs !== null) {
    materialize(o.attrs);
    if (obs !== null) obs.mutate(o);
    return incref(o.attrs);
  }
  if (o instanceof PyType && o.dict !== null) return incref(o.dict);
  // functions and native objects with a __dict__ (partial, lru_cache wrappers): getattr(o, '__dict__')
  if (o instanceof PyFunction || (o instanceof PyObject && (o as { pyGetAttr?: unknown }).pyGetAttr !== undefined)) {
    try {
      const d = getAttr(o, '__dict__');
      if (d instanceof PyDict) return d;
      decref(d);
    } catch (e) {
      if (!(e instanceof PyError) || !e.exc.cls.isSubtypeOf(BT.T_AttributeError)) throw e;
      decref(e.exc);
    }
  }
  return typeError('vars() argument must have __dict__ attribute');
});

def('dir', (args) => {
  if (args.length === 0) {
    refuseInlinedNamespace('dir()');
    const f = S.frame!;
    const names = f.ns ? f.ns.keysArray() : f.code.scopeKind === 'module' ? f.globals.keysArray() : f.code.varnames.filter((_, i) => f.locals[i] !== undefined);
    return newList((names as string[]).slice().sort());
  }
  exactArgs('dir', args, 1);
  return newList(suggestPart().dirOf(args[0]));
});

def('globals', () => incref(S.frame!.globals));

function refuseInlinedNamespace(what: string): void {
  const why = inlinedNamespaceRefused(S.frame!);
  if (why !== null) raise(BT.T_NotImplementedError, `${what} in ${why} is not supported in RefScope`);
}

def('locals', () => {
  refuseInlinedNamespace('locals()');
  const f = S.frame!;
  if (f.ns !== null) return incref(f.ns);
  if (f.code.scopeKind === 'module') return incref(f.globals);
  return raise(BT.T_NotImplementedError, 'locals() inside a function is not supported in RefScope');
});

for (const name of ['input', 'open', 'breakpoint', '__import__', 'memoryview', 'bytearray', 'aiter', 'anext']) {
  def(name, () => raise(BT.T_NotImplementedError, `${name}() is not supported in RefScope`));
}

builtinsMap.set('complex', BT.T_complex);
BT.T_complex.construct = (args, kw) => complexPart().constructComplex(args, kw);
BT.T_complex.identityHash = false;
builtinsMap.set('property', BT.T_property);
builtinsMap.set('staticmethod', BT.T_staticmethod);
builtinsMap.set('classmethod', BT.T_classmethod);
builtinsMap.set('super', BT.T_super);
builtinsMap.set('slice', BT.T_slice);
builtinsMap.set('NotImplemented', NotImplemented);
builtinsMap.set('Ellipsis', Ellipsis);
builtinsMap.set('__name__', '__main__');

BT.T_property.construct = (args, kw) => {
  const [fget, fset, fdel] = parseArgs('property', args, kw, ['fget?', 'fset?', 'fdel?', 'doc?']);
  return newProperty(incref(fget ?? null), incref(fset ?? null), incref(fdel ?? null));
};
BT.T_staticmethod.construct = (args) => {
  exactArgs('staticmethod', args, 1);
  return newMethodWrapper(incref(args[0]), false);
};
BT.T_classmethod.construct = (args) => {
  exactArgs('classmethod', args, 1);
  return newMethodWrapper(incref(args[0]), true);
};

