// The contextlib module (Lib/contextlib.py): contextmanager (a function making
// _GeneratorContextManager objects that drive a generator), suppress, closing, nullcontext.
// Their objects hold what the Python classes' instances hold (the generator, the function and
// its arguments until __enter__, the thing to close...), with the same messages and outcomes.

import { PyObject, decref, incref, isHeap } from '../objects/object';
import * as BT from '../objects/builtinTypes';
import { PyType } from '../objects/typeobject/type';
import { PyModule } from '../objects/descriptors';
import { builtin, method, type Kw } from '../objects/function';
import { newTuple, PyTuple } from '../objects/tuple';
import { newDict } from '../objects/dict';
import { PyInstance } from '../objects/instance';
import { PyGenerator, genSend, genThrow } from '../objects/genobject';
import { gcNew } from '../gc/heap';
import { callObject } from '../eval/call';
import { getAttr } from '../eval/attr';
import { PyError, raise, typeError } from '../eval/errors';
import { S } from '../eval/state';
import { hexAddr } from '../eval/repr';
import { typeOf } from '../objects/typeobject/typeOf';
import { registerModule } from './registry';

const T_GCM = new PyType('_GeneratorContextManager', [BT.T_object], true, 'contextlib');
const T_suppress = new PyType('suppress', [BT.T_object], true, 'contextlib');
const T_closing = new PyType('closing', [BT.T_object], true, 'contextlib');
const T_nullcontext = new PyType('nullcontext', [BT.T_object], true, 'contextlib');
/** the function contextmanager returns (a Python function in CPython, `helper`) */
const T_helper = new PyType('function', [BT.T_object], true, 'contextlib');

/** an instance of one of contextlib's classes: its attributes, in the order __init__ sets them */
class PyContextObject extends PyObject {
  constructor(readonly cls: PyType, public fields: Map<string, unknown>) {
    super();
  }
  get type(): PyType {
    return this.cls;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const v of this.fields.values()) if (isHeap(v)) visit(v);
  }
  edges(out: (label: string, o: unknown) => void): void {
    for (const [k, v] of this.fields) out('.' + k, v);
  }
  clear(): void {
    const vals = [...this.fields.values()];
    this.fields = new Map();
    for (const v of vals) decref(v);
  }
  releaseContents(): void {
    this.clear();
  }
  take(name: string): unknown {
    const v = this.fields.get(name);
    this.fields.delete(name);
    return v;
  }
  pyGetAttr(name: string): unknown {
    const v = this.fields.get(name);
    return v === undefined ? undefined : incref(v);
  }
  pyRepr(): string {
    if (this.cls === T_helper) return `<function ${this.fields.get('__qualname__') as string} at ${hexAddr(this)}>`;
    return `<contextlib.${this.cls.name} object at ${hexAddr(this)}>`;
  }
}

function newCtx(cls: PyType, fields: [string, unknown][]): PyContextObject {
  return gcNew(new PyContextObject(cls, new Map(fields)));
}

function asCtx(o: unknown, cls: PyType): PyContextObject {
  if (!(o instanceof PyContextObject) || o.cls !== cls) typeError(`descriptor for '${cls.name}' objects doesn't apply to a '${typeOf(o).name}' object`);
  return o as PyContextObject;
}

// ---------- contextmanager ----------

/** contextmanager(func): the helper that makes a _GeneratorContextManager per call */
function contextmanager(args: unknown[]): unknown {
  if (args.length !== 1) typeError(`contextmanager() takes 1 positional argument but ${args.length} were given`);
  const func = args[0];
  const name = safeName(func, '__name__');
  const qualname = safeName(func, '__qualname__');
  return newCtx(T_helper, [['__wrapped__', incref(func)], ['__name__', name], ['__qualname__', qualname]]);
}

function safeName(func: unknown, attr: string): string {
  try {
    const v = getAttr(func, attr);
    return typeof v === 'string' ? v : 'helper';
  } catch (e) {
    if (e instanceof PyError) decref(e.exc);
    return 'helper';
  }
}

method(T_helper, '__call__', (h: PyContextObject, args, kw) => {
  const func = h.fields.get('__wrapped__');
  const argsT = newTuple(args.map(incref));
  const kwds = newDict();
  if (kw !== null) for (const [k, v] of kw) kwds.set(k, v);
  // _GeneratorContextManagerBase.__init__: self.gen = func(*args, **kwds); then func, args, kwds
  let gen: unknown;
  try {
    gen = callObject(func, args.map(incref), kw === null ? null : new Map([...kw].map(([k, v]) => [k, incref(v)])));
  } catch (e) {
    decref(argsT);
    decref(kwds);
    throw e;
  }
  return newCtx(T_GCM, [['gen', gen], ['func', incref(func)], ['args', argsT], ['kwds', kwds], ['__doc__', null]]);
});

method(T_GCM, '__enter__', (o) => {
  const cm = asCtx(o, T_GCM);
  // del self.args, self.kwds, self.func
  for (const k of ['args', 'kwds', 'func']) {
    if (!cm.fields.has(k)) raise(BT.T_AttributeError, k);
    decref(cm.take(k));
  }
  const gen = cm.fields.get('gen');
  try {
    return gen instanceof PyGenerator ? genSend(gen, null) : callMethod(gen, '__next__');
  } catch (e) {
    if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_StopIteration)) {
      decref(e.exc);
      const rt = new PyError(newRuntimeError("generator didn't yield"));
      rt.exc.suppressContext = true; // raise ... from None
      throw rt;
    }
    throw e;
  }
});

/** o.name() */
function callMethod(o: unknown, name: string): unknown {
  const m = getAttr(o, name);
  try {
    return callObject(m, [], null);
  } finally {
    decref(m);
  }
}

function newRuntimeError(msg: string): PyInstance {
  return callObject(BT.T_RuntimeError, [msg], null) as PyInstance;
}

method(T_GCM, '__exit__', (o, args) => {
  const cm = asCtx(o, T_GCM);
  if (args.length !== 3) typeError(`__exit__() takes 4 positional arguments but ${args.length + 1} were given`);
  const gen = cm.fields.get('gen') as PyGenerator;
  const [typ, value0, tb] = args;
  if (typ === null) {
    try {
      decref(genSend(gen, null));
    } catch (e) {
      if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_StopIteration)) {
        decref(e.exc);
        return false;
      }
      throw e;
    }
    throw new PyError(newRuntimeError("generator didn't stop"));
  }
  const value = value0 === null ? callObject(incref(typ), [], null) : incref(value0);
  const withFrame = S.frame;
  try {
    decref(genThrow(gen, [typ, value, tb]));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    const exc = e.exc;
    if (exc.cls.isSubtypeOf(BT.T_StopIteration)) {
      // the generator caught the exception and finished: suppress it unless it is what was thrown
      decref(exc);
      return exc !== value;
    }
    if (exc.cls.isSubtypeOf(BT.T_RuntimeError)) {
      if (exc === value) {
        restoreTb(exc, tb, withFrame);
        decref(exc);
        return false;
      }
      if (value instanceof PyInstance && value.cls.isSubtypeOf(BT.T_StopIteration) && exc.excCause === value) {
        restoreTb(value, tb, withFrame);
        decref(exc);
        return false;
      }
      throw e;
    }
    if (exc !== value) throw e;
    restoreTb(exc, tb, withFrame);
    decref(exc);
    return false;
  } finally {
    decref(value);
  }
  throw new PyError(newRuntimeError("generator didn't stop after throw()"));
});

/** exc.__traceback__ = traceback: the exception the with statement re-raises keeps its traceback */
function restoreTb(exc: PyInstance, tb: unknown, frame: unknown): void {
  const old = exc.tb;
  exc.tb = incref(tb) as PyInstance['tb'];
  exc.tbFrame = frame;
  decref(old);
}

// ---------- suppress, closing, nullcontext ----------

T_suppress.construct = (args: unknown[], kw: Kw) => {
  if (kw !== null && kw.size > 0) typeError('suppress() got an unexpected keyword argument');
  return newCtx(T_suppress, [['_exceptions', newTuple(args.map(incref))]]);
};
method(T_suppress, '__enter__', () => null);
method(T_suppress, '__exit__', (o, args) => {
  const s = asCtx(o, T_suppress);
  const typ = args[0];
  if (typ === null || typ === undefined) return null;
  const kinds = (s.fields.get('_exceptions') as PyTuple).items;
  return typ instanceof PyType && kinds.some((k) => k instanceof PyType && typ.isSubtypeOf(k));
});

T_closing.construct = (args: unknown[]) => {
  if (args.length !== 1) typeError(`closing.__init__() takes 2 positional arguments but ${args.length + 1} were given`);
  return newCtx(T_closing, [['thing', incref(args[0])]]);
};
method(T_closing, '__enter__', (o) => incref(asCtx(o, T_closing).fields.get('thing')));
method(T_closing, '__exit__', (o) => {
  const thing = asCtx(o, T_closing).fields.get('thing');
  decref(callMethod(thing, 'close'));
  return null;
});

T_nullcontext.construct = (args: unknown[], kw: Kw) => {
  const v = args.length > 0 ? args[0] : kw !== null && kw.has('enter_result') ? kw.get('enter_result') : null;
  return newCtx(T_nullcontext, [['enter_result', incref(v)]]);
};
method(T_nullcontext, '__enter__', (o) => incref(asCtx(o, T_nullcontext).fields.get('enter_result')));
method(T_nullcontext, '__exit__', () => null);

registerModule('contextlib', () => {
  const m = new PyModule('contextlib');
  const a = m.attrs;
  a.set('contextmanager', builtin('contextmanager', contextmanager, 'contextlib'));
  a.set('suppress', T_suppress);
  a.set('closing', T_closing);
  a.set('nullcontext', T_nullcontext);
  for (const name of ['ExitStack', 'AsyncExitStack', 'asynccontextmanager', 'redirect_stdout', 'redirect_stderr', 'AbstractContextManager', 'ContextDecorator', 'aclosing', 'chdir']) {
    a.set(name, builtin(name, () => raise(BT.T_NotImplementedError, `contextlib.${name} is not supported in RefScope`), 'contextlib'));
  }
  return m;
});
