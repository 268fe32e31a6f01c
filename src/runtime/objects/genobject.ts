// Generator objects (Objects/genobject.c). As in 3.11, a generator embeds its frame: the frame
// (its locals, the iterators of its loops, the exceptions it is handling) belongs to the generator
// while it is suspended, so what the frame holds is held by the generator (gen_traverse), and the
// frame lives until the generator finishes, is closed, or is freed. The body runs as a JS generator
// (compiled by eval/compile/genStmt.ts) that yields at each `yield`; gen_send_ex2 resumes it.

import { pyTooDeep, recursionError } from '../eval/ceval/recursion';
import { PyObject, collectDecrefs, decref, incref, isHeap, obs } from './object';
import * as BT from './builtinTypes';
import { PyType } from './typeobject/type';
import { method, type PyFunction } from './function';
import { codeObjectOf } from './codeObject';
import { frameObjectOf } from './frameObject';
import { STOP, type Next } from './iter';
import type { PyInstance } from './instance';
import { gcNew } from '../gc/heap';
import { codeWarmup } from '../eval/specialize/warmup';
import { profile } from '../versions';
import type { Frame } from '../eval/frame';
import { S } from '../eval/state';
import { PyError, newExc, typeError, valueError, runtimeError } from '../eval/errors';
import { clearFrame, callObject } from '../eval/call';
import { addTraceback } from '../eval/tracebackChain';
import { hexAddr, pyRepr } from '../eval/repr';
import { typeOf } from './typeobject/typeOf';
import { writeUnraisable } from '../gc/finalizer';
import { makeLocalsHeapSafe } from '../eval/borrow';

export const T_generator = new PyType('generator', [BT.T_object], true);

/** gi_frame_state */
export const enum GenState {
  Created = 0,
  Suspended = 1,
  Executing = 2,
  Completed = 3,
}

export type GenBody = Generator<unknown, number, unknown>;

export class PyGenerator extends PyObject {
  /** the embedded frame, until it is cleared (FRAME_CLEARED) */
  frame: Frame | null;
  /** the running body, from the first resumption on */
  body: GenBody | null = null;
  state = GenState.Created;
  /** the iterator a `yield from` delegates to while it does (the frame's value stack holds it) */
  yf: unknown = null;
  name: string;
  qualname: string;
  readonly code: Frame['code'];

  constructor(frame: Frame) {
    super();
    this.frame = frame;
    this.code = frame.code;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
  get type(): PyType {
    return T_generator;
  }
  get isGC(): boolean {
    return true;
  }

  /** gen_traverse: the frame (_PyFrame_Traverse: frame object, f_locals, f_func, locals, stack) */
  traverse(visit: (o: PyObject) => void): void {
    const f = this.frame;
    if (f === null) return;
    if (f.obj !== null) visit(f.obj);
    if (f.localsDict !== null) visit(f.localsDict);
    if (f.fn !== null) visit(f.fn);
    const L = f.locals;
    for (let i = 0; i < L.length; i++) if (isHeap(L[i])) visit(L[i] as PyObject);
    for (const it of f.iters) if (isHeap(it)) visit(it);
    if (isHeap(this.yf) && !f.iters.includes(this.yf)) visit(this.yf);
    for (const e of f.handling) if (isHeap(e)) visit(e);
  }

  /** while suspended, the frame's variables are the generator's references (running, the frame shows them) */
  edges(out: (label: string, o: unknown) => void): void {
    const f = this.frame;
    if (f === null || this.state === GenState.Executing) return;
    const names = f.code.varnames;
    const nv = names.length;
    f.locals.forEach((v, i) => v !== undefined && out(i < nv ? names[i] : f.code.freevars[i - nv], v));
    f.iters.forEach((it) => out('(for iterator)', it));
    if (this.yf !== null && !f.iters.includes(this.yf)) out('gi_yieldfrom', this.yf);
    if (f.obj !== null) out('gi_frame', f.obj);
    if (f.localsDict !== null) out('f_locals', f.localsDict);
  }

  /** gen_dealloc, after the finalizer: a frame still there is cleared (locals released) */
  releaseContents(): void {
    clearGenFrame(this);
  }

  pyRepr(): string {
    return `<generator object ${this.qualname} at ${hexAddr(this)}>`;
  }
  pyIter(): PyObject {
    return incref(this);
  }
  /** gen_iternext: a return value is dropped (a for loop ignores it) */
  pyNext(): Next {
    const v = genSendEx(this, null, null);
    if (genReturned) {
      decref(v);
      return STOP;
    }
    return v;
  }
  pyGetAttr(name: string): unknown {
    switch (name) {
      case 'gi_frame':
        return this.frame === null || this.state === GenState.Completed ? null : incref(frameObjectOf(this.frame));
      case 'gi_running':
        return this.state === GenState.Executing;
      case 'gi_suspended':
        return this.state === GenState.Suspended;
      case 'gi_code':
        return codeObjectOf(this.code);
      case 'gi_yieldfrom':
        return incref(this.yf);
      case '__name__':
        return this.name;
      case '__qualname__':
        return this.qualname;
    }
    return undefined;
  }
  pySetAttr(name: string, v: unknown): boolean {
    if ((name === '__name__' || name === '__qualname__') && typeof v === 'string') {
      if (name === '__name__') this.name = v;
      else this.qualname = v;
      return true;
    }
    return false;
  }
}

/** the frame of a generator function's call becomes the generator's (RETURN_GENERATOR) */
export function newGenerator(fn: PyFunction, f: Frame): PyGenerator {
  const g = gcNew(new PyGenerator(f));
  f.fn = incref(fn); // the frame's f_func
  f.gen = g;
  if (obs !== null) {
    obs.frameEnter(f);
    obs.frameSuspend(f, g);
  }
  f.back = null;
  return g;
}

/** clear_gen_frame / the frame part of gen_dealloc: _PyFrame_Clear, then f_locals and f_func */
export function clearGenFrame(g: PyGenerator): void {
  const f = g.frame;
  if (f === null) return;
  g.frame = null;
  g.state = GenState.Completed;
  g.body = null;
  g.yf = null;
  const fo = f.obj;
  const ld = f.localsDict;
  f.localsDict = null;
  clearFrame(f);
  if (ld !== null) {
    // a frame object that took over the locals keeps the f_locals dict too
    if (fo !== null && fo.owned !== null && fo.ownedLocalsDict === null) fo.ownedLocalsDict = ld;
    else decref(ld);
  }
  const fn = f.fn;
  f.fn = null;
  f.gen = null;
  decref(fn);
}

/** set by genSendEx: true when the body returned (the value is the return value) */
export let genReturned = false;

/**
 * What a body yields to ask its genSendEx to send into a subgenerator (`yield from`'s SEND): the
 * driver makes that call itself, with the delegating frame still the current one, and resumes
 * the body with the result (or throws its error in). CPython nests gen_send_ex2 inside the
 * delegator's evaluation; doing it from the driver leaves the delegator's JS generator frames off
 * the stack, so a chain of `yield from` costs one JS frame per level (the page's stack is small).
 */
export const SEND_TO: { it: PyGenerator | null; arg: unknown; exc: PyError | null } = { it: null, arg: null, exc: null };

/** the body's next step after a yield: a SEND_TO request is carried out here, level by level */
function resumeBody(g: PyGenerator, r: IteratorResult<unknown, number>): IteratorResult<unknown, number> {
  while (r.value === SEND_TO && !r.done) {
    const sub = SEND_TO.it!;
    const arg = SEND_TO.arg;
    const exc = SEND_TO.exc;
    SEND_TO.it = null;
    SEND_TO.arg = null;
    SEND_TO.exc = null;
    let v: unknown;
    try {
      v = genSendEx(sub, arg, exc);
    } catch (e) {
      r = g.body!.throw(e);
      continue;
    }
    r = g.body!.next(v);
  }
  return r;
}

/**
 * gen_send_ex2: resume the body with `arg` (a new reference, stolen; null for None) or throw `exc`
 * into it. Returns the yielded value, or the return value with genReturned set.
 */
export function genSendEx(g: PyGenerator, arg: unknown, exc: PyError | null): unknown {
  if (g.state === GenState.Created && exc === null && arg !== null) {
    decref(arg);
    return typeError("can't send non-None value to a just-started generator");
  }
  if (g.state === GenState.Executing) {
    decref(arg);
    if (exc !== null) decref(exc.exc);
    return valueError('generator already executing');
  }
  if (g.state === GenState.Completed) {
    decref(arg);
    if (exc !== null) throw exc;
    genReturned = true;
    return null;
  }
  const f = g.frame!;
  const back = S.frame;
  const depth = back === null ? 1 : back.depth + 1;
  // the evaluator's start_frame check (_Py_EnterRecursivePy): the generator is finished by it
  if (pyTooDeep(depth)) genTooDeep(g, arg, exc);
  f.back = back;
  f.depth = depth;
  const created = g.state === GenState.Created;
  g.state = GenState.Executing;
  S.frame = f;
  if (obs !== null) obs.frameResume(f);
  // RESUME (at the start and after each yield) warms the code up (3.11)
  if (exc === null && profile.quickeningWarmup > 0) codeWarmup(f.code);
  let r: IteratorResult<unknown, number>;
  try {
    if (created) {
      decref(arg);
      g.body = f.code.genBody!(f);
      r = exc !== null ? g.body.throw(exc) : g.body.next();
    } else {
      r = exc !== null ? g.body!.throw(exc) : g.body!.next(arg);
    }
    if (r.value === SEND_TO) r = resumeBody(g, r);
  } catch (e) {
    S.frame = back;
    throw genRaised(g, f, e);
  }
  S.frame = back;
  if (r.done) {
    const v = f.retval;
    f.retval = null;
    clearGenFrame(g);
    genReturned = true;
    return v;
  }
  g.state = GenState.Suspended;
  f.back = null;
  if (obs !== null) obs.frameSuspend(f, g);
  genReturned = false;
  return r.value;
}

/** an exception out of the body: the traceback gets the frame, PEP 479 turns a StopIteration into a RuntimeError, the frame is cleared */
function genRaised(g: PyGenerator, f: Frame, e: unknown): unknown {
  addTraceback(e, f);
  let err = e;
  if (e instanceof PyError && e.exc.cls.isSubtypeOf(BT.T_StopIteration)) {
    const rt = newExc(BT.T_RuntimeError, 'generator raised StopIteration');
    rt.excCause = e.exc;
    rt.excContext = incref(e.exc);
    rt.suppressContext = true;
    err = new PyError(rt);
    addTraceback(err, f);
  }
  clearGenFrame(g);
  return err;
}

/** a resume past the recursion limit: gen_send_ex2 marks the generator completed, its frame cleared */
function genTooDeep(g: PyGenerator, arg: unknown, exc: PyError | null): never {
  decref(arg);
  if (exc !== null) decref(exc.exc);
  clearGenFrame(g);
  return recursionError('');
}

/** raise StopIteration carrying a return value (stolen): _PyGen_SetStopIterationValue */
function stopIteration(v: unknown): never {
  throw new PyError(newExc(BT.T_StopIteration, v === null ? [] : [v]));
}

/** gen.send(v) / gen.__next__(): a return becomes StopIteration(value) */
export function genSend(g: PyGenerator, arg: unknown): unknown {
  const v = genSendEx(g, incref(arg), null);
  if (genReturned) stopIteration(v);
  return v;
}

/** gen.throw(typ[, val[, tb]]): _gen_throw's argument checks, then throw at the yield */
export function genThrow(g: PyGenerator, args: unknown[]): unknown {
  if (args.length < 1 || args.length > 3) typeError(`throw expected at least 1 argument, got ${args.length}`);
  const typ = args[0];
  const val = args.length > 1 ? args[1] : null;
  const tb = args.length > 2 ? args[2] : null;
  if (tb !== null && typeOf(tb).name !== 'traceback') typeError('throw() third argument must be a traceback object');
  let exc: PyInstance;
  if (typ instanceof PyType && typ.isSubtypeOf(BT.T_BaseException)) {
    if (val !== null && typeOf(val).isSubtypeOf(typ)) exc = incref(val) as PyInstance;
    else {
      const cargs = val === null ? [] : typeOf(val) === BT.T_tuple ? (val as { items: unknown[] }).items.map(incref) : [incref(val)];
      exc = callObject(incref(typ), cargs, null) as PyInstance;
      decref(typ);
    }
  } else if (typ instanceof PyObject && typeOf(typ).isSubtypeOf(BT.T_BaseException)) {
    if (val !== null) typeError('instance exception may not have a separate value');
    exc = incref(typ) as PyInstance;
  } else {
    return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
  }
  if (tb !== null) {
    const old = exc.tb;
    exc.tb = incref(tb) as PyInstance['tb'];
    decref(old);
  }
  const v = genSendEx(g, null, new PyError(exc));
  if (genReturned) stopIteration(v);
  return v;
}

/** gen_close: GeneratorExit thrown in; a yield in answer is a RuntimeError */
export function genClose(g: PyGenerator): void {
  if (g.state === GenState.Completed) return;
  if (g.state === GenState.Created) {
    // 3.12+: marked completed, the frame (its arguments) kept until the generator is freed;
    // 3.11: the GeneratorExit is raised before the first instruction, the frame goes
    if (profile.genCloseCreatedKeepsFrame) g.state = GenState.Completed;
    else clearGenFrame(g);
    return;
  }
  // 3.13 (gh-100762): suspended at a yield under no handler of its own, nothing could see a
  // GeneratorExit: the frame is marked completed and its locals cleared, nothing thrown
  if (profile.genCloseWithoutThrow !== null && g.yf === null && g.frame!.exceptDepth === 0) {
    genCloseFrameLocals(g);
    return;
  }
  let v: unknown;
  try {
    v = genSendEx(g, null, new PyError(newExc(BT.T_GeneratorExit)));
  } catch (e) {
    if (e instanceof PyError && (e.exc.cls.isSubtypeOf(BT.T_StopIteration) || e.exc.cls.isSubtypeOf(BT.T_GeneratorExit))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  decref(v);
  if (genReturned) return;
  runtimeError('generator ignored GeneratorExit');
}

/** the body's unwinding when gen_close clears a suspended frame: no Python code sees it */
const CLEARED = { frameCleared: true };

/**
 * gen_close's fast path. 3.13: FRAME_COMPLETED, then _PyFrame_ClearLocals (the locals, then the
 * value stack, first to last; gh-118272); the frame keeps its function until the generator is
 * freed (gen_dealloc). 3.14: gen_clear_frame clears the whole frame (measured with 3.14.2). The
 * stack's loop iterators (f.iters) and other temporaries are released as the suspended body
 * unwinds, innermost first; 3.13 holds those releases back and makes them in the reverse order.
 */
function genCloseFrameLocals(g: PyGenerator): void {
  const f = g.frame!;
  g.state = GenState.Completed;
  const L = f.locals;
  const order = (n: number): number[] => {
    const ix = Array.from({ length: n }, (_, i) => i);
    return profile.clearLocalsLastToFirst ? ix.reverse() : ix;
  };
  const releaseLocals = (): void => {
    for (const i of order(L.length)) {
      const v = L[i];
      if (v !== undefined) {
        L[i] = undefined;
        decref(v);
      }
    }
  };
  // unwinding the body drops its temporaries and loop iterators innermost first (3.14's order)
  const unwind = (): void => {
    const body = g.body;
    g.body = null;
    try {
      body?.throw(CLEARED);
    } catch (e) {
      if (e !== CLEARED) throw e;
    }
  };
  if (profile.genCloseWithoutThrow === 'clearFrame') {
    // 3.14: gen_clear_frame, the whole frame (the stack top down, the locals, then its function)
    unwind();
    clearGenFrame(g);
    return;
  }
  if (f.borrowed !== null) makeLocalsHeapSafe(f);
  if (profile.clearLocalsLastToFirst) {
    unwind();
    releaseLocals();
  } else {
    // 3.13: the locals, then the value stack bottom up (loop iterators and temporaries alike):
    // the reverse of the body's unwinding
    releaseLocals();
    const stack = collectDecrefs(unwind);
    for (let i = stack.length - 1; i >= 0; i--) decref(stack[i]);
  }
  if (f.localsDict !== null) {
    const d = f.localsDict;
    f.localsDict = null;
    decref(d);
  }
}

/** _PyGen_Finalize (tp_finalize): close a generator that has not finished; errors are unraisable */
export function genFinalize(g: PyGenerator): void {
  if (g.finalized) return;
  g.finalized = true;
  if (g.state === GenState.Completed) return;
  try {
    genClose(g);
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    writeUnraisable(`Exception ignored in: ${pyRepr(g)}`, e);
  }
}

function asGen(self: unknown, what: string): PyGenerator {
  if (!(self instanceof PyGenerator)) typeError(`descriptor '${what}' for 'generator' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self as PyGenerator;
}

method(T_generator, 'send', (self, args) => {
  if (args.length !== 1) typeError(`generator.send() takes exactly one argument (${args.length} given)`);
  return genSend(asGen(self, 'send'), args[0]);
});
method(T_generator, '__next__', (self) => genSend(asGen(self, '__next__'), null));
method(T_generator, 'throw', (self, args) => genThrow(asGen(self, 'throw'), args));
method(T_generator, 'close', (self) => {
  genClose(asGen(self, 'close'));
  return null;
});
method(T_generator, '__iter__', (self) => incref(self));
