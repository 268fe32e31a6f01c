// Code objects and what creates functions: def, lambda, comprehensions (3.11 runs each one as
// a function call; 3.12's inlined ones are comprehension/inlined.ts), class bodies, and
// zero-argument super().

import { stackSizeOf } from './stackdepth/stackdepth';
import { compiling } from '../../objects/code';
import { nativeMetaOf } from '../../objects/typeobject/nativeMeta';
import type * as A from '../../../python/ast';
import { profile } from '../../versions';
import { Frame } from '../frame';
import type { Code } from '../../objects/code';
import { decref, incref, isHeap, obs, PyObject } from '../../objects/object';
import { PyFunction, PyCell, newCell } from '../../objects/function';
import { newTuple, PyTuple } from '../../objects/tuple';
import { newDict, PyDict } from '../../objects/dict';
import { gcNew, gcState } from '../../gc/heap';
import { codeWarmup } from '../specialize/warmup';
import { callFunction, callObject, clearFrame, frameRaised, pushFrame } from '../call';
import { getIterSteal } from '../../objects/iter';
import { S } from '../state';
import { raise, typeError, runtimeError } from '../errors';
import * as BT from '../../objects/builtinTypes';
import { PyType, addSubclass, typeVersion } from '../../objects/typeobject/type';
import type { Scope } from '../../../python/symtable';
import { compileExpr, foldIter, type Ctx, type EFn } from './expr';
import { generatorsPart, pep709Part, staticAttributesPart } from '../../parts';
import { typeOf } from '../../objects/typeobject/typeOf';
import { PyMethodWrapper } from '../../objects/descriptors';
import { callSpecial } from '../special';
import { compileLoops, newResultFor } from './comprehension/loops';
import { makeHostCells } from './comprehension/hidden';

export function qualnameOf(scope: Scope): string {
  const parts: string[] = [];
  let s: Scope | null = scope;
  let first = true;
  while (s !== null && s.kind !== 'module') {
    parts.unshift(first ? s.name : s.isFunctionLike ? s.name + '.<locals>' : s.name);
    first = false;
    s = s.parent;
  }
  return parts.join('.');
}

export function makeCode(scope: Scope, name: string, firstLine: number, run: (f: Frame) => unknown, args: A.Arguments | null): Code {
  return {
    name,
    qualname: qualnameOf(scope),
    firstLine,
    varnames: scope.varnames,
    argcount: args ? args.args.length : scope.kind === 'comprehension' ? 1 : 0,
    kwonlycount: args ? args.kwonly.length : 0,
    hasVarargs: !!args?.vararg,
    hasKwargs: !!args?.kwarg,
    cellSlots: scope.varnames.map((n, i) => (scope.cells.has(n) ? i : -1)).filter((i) => i >= 0),
    freevars: scope.frees,
    run,
    scopeKind: scope.kind,
    filename: compiling.filename,
  };
}

/** the closure tuple: the cells of the enclosing frame the inner scope needs */
export function closureMaker(inner: Scope, ctx: Ctx): ((f: Frame) => PyTuple | null) {
  if (inner.frees.length === 0) return () => null;
  // a method's __class__ is the class body's own cell (LOAD_CLOSURE __class__)
  const slots = inner.frees.map((n) => (n === '__class__' && ctx.scope.kind === 'class' ? -1 : ctx.scope.slot(n)));
  return (f) => newTuple(slots.map((s) => incref(s === -1 ? f.classCell : f.locals[s])));
}

interface FnParts {
  /** the __defaults__ tuple, as BUILD_TUPLE makes it (a constant of the code when folded) */
  defaults: EFn | null;
  kwdefaults: { name: string; fn: EFn }[];
}

function defaultsOf(args: A.Arguments, ctx: Ctx): FnParts {
  const defs = args.args.filter((p) => p.default).map((p) => p.default!);
  // fold_tuple_on_constants: defaults that are all constants are one tuple of co_consts,
  // shared by every function object the `def` makes
  const tuple: A.TupleExpr | null = defs.length === 0 ? null : { kind: 'Tuple', elts: defs, line: defs[0].line, col: defs[0].col, endLine: defs[defs.length - 1].endLine, endCol: defs[defs.length - 1].endCol };
  return {
    defaults: tuple === null ? null : compileExpr(tuple, ctx),
    kwdefaults: args.kwonly.filter((p) => p.default).map((p) => ({ name: p.name, fn: compileExpr(p.default!, ctx) })),
  };
}

/** MAKE_FUNCTION */
export function functionMaker(code: Code, inner: Scope, args: A.Arguments, ctx: Ctx): (f: Frame) => PyFunction {
  const parts = defaultsOf(args, ctx);
  const closure = closureMaker(inner, ctx);
  return (f) => {
    const defaults = parts.defaults === null ? null : (parts.defaults(f) as PyTuple);
    let kwdefaults: PyDict | null = null;
    if (parts.kwdefaults.length > 0) {
      kwdefaults = newDict();
      for (const k of parts.kwdefaults) kwdefaults.setSteal(k.name, k.fn(f));
    }
    const fn = new PyFunction(code, incref(f.globals), defaults, kwdefaults, closure(f));
    return gcNew(fn);
  };
}

export function compileLambda(e: A.Lambda, ctx: Ctx): EFn {
  const inner = ctx.byNode.get(e)!;
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode };
  const body = inner.generator ? () => null : compileExpr(e.body, ictx);
  const code = makeCode(inner, '<lambda>', e.line, (f) => {
    f.retval = body(f);
  }, e.args);
  code.stackSize = () => stackSizeOf(e, ctx.byNode);
  if (inner.generator) code.genBody = generatorsPart().compileGenLambda(e.body, ictx);
  return functionMaker(code, inner, e.args, ctx);
}

// ---------- comprehensions ----------

export function compileComprehension(e: A.Comprehension, ctx: Ctx): EFn {
  const inner = ctx.byNode.get(e)!;
  // PEP 709 (3.12+): list, set and dict comprehensions run in the enclosing frame
  if (inner.inlinedInto !== null) return pep709Part().compileInlinedComprehension(e, ctx);
  const ictx: Ctx = { scope: inner, byNode: ctx.byNode };
  const outer = compileExpr(foldIter(e.generators[0].iter), ctx);
  const name = inner.name;
  const closure = closureMaker(inner, ctx);
  const line = e.line;
  if (e.type !== 'gen') return comprehensionCall(e, ictx, makeCode(inner, name, line, () => {}, null), outer, closure);
  // a generator expression is a generator function called with the outer iterator as .0
  const elt = compileExpr(e.elt, ictx);
  const code = makeCode(inner, name, line, () => {}, null);
  code.genBody = generatorsPart().compileGenexpBody(e.generators, ictx, elt);
  return (f) => {
    const src = outer(f);
    const it = getIterSteal(src);
    const fn = gcNew(new PyFunction(code, incref(f.globals), null, null, closure(f)));
    try {
      return callFunction(fn, [it], null);
    } finally {
      decref(fn);
    }
  };
}

/**
 * 3.11's list, set or dict comprehension: MAKE_FUNCTION, then the call with the outer iterator as
 * `.0`; the frame is pushed and run here (callFunction's sequence), so a call in the element is
 * three JS frames from this closure (issue #11: the page's small stack).
 */
function comprehensionCall(e: A.Comprehension, ictx: Ctx, code: Code, outer: EFn, closure: (f: Frame) => PyTuple | null): EFn {
  const loops = compileLoops(e, ictx);
  const make = newResultFor(e);
  code.run = (f) => {
    const r = make();
    try {
      loops(f, r, incref(f.locals[0]));
    } catch (x) {
      decref(r);
      throw x;
    }
    f.retval = r;
  };
  return (f) => {
    const src = outer(f);
    const it = getIterSteal(src);
    const fn = gcNew(new PyFunction(code, incref(f.globals), null, null, closure(f)));
    let fr: Frame;
    try {
      fr = pushFrame(fn, S.frame, [it], null);
    } catch (x) {
      decref(fn);
      throw x;
    }
    let r: PyObject | null = null;
    try {
      r = make();
      loops(fr, r, incref(fr.locals[0]));
    } catch (x) {
      if (r !== null) decref(r);
      const raised = frameRaised(x, fr);
      decref(fn);
      throw raised;
    }
    fr.retval = r;
    S.frame = fr.back;
    clearFrame(fr);
    decref(fn);
    return r;
  };
}

// ---------- super() ----------

export class PySuper extends PyObject {
  constructor(public thisType: PyType, public obj: unknown) {
    super();
  }
  get type(): PyType {
    return BT.T_super;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (!this.thisType.builtin) visit(this.thisType);
    if (isHeap(this.obj)) visit(this.obj);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('__thisclass__', this.thisType);
    out('__self__', this.obj);
  }
  releaseContents(): void {
    const t = this.thisType;
    const o = this.obj;
    this.obj = null;
    if (!t.builtin) decref(t);
    decref(o);
  }
  pyRepr(): string {
    return `<super: <class '${this.thisType.name}'>, <${typeOf(this.obj).name} object>>`;
  }
  pyGetAttr(name: string): unknown {
    // super_getattro over supercheck: a class that derives from thisType (a classmethod's or
    // __new__'s cls) searches its own MRO; anything else (a metaclass method's cls) its type's
    const isCls = this.obj instanceof PyType && this.obj.isSubtypeOf(this.thisType);
    const start = isCls ? (this.obj as PyType) : typeOf(this.obj);
    const mro = start.mro;
    let i = mro.indexOf(this.thisType);
    for (i = i + 1; i < mro.length; i++) {
      const t = mro[i];
      const v = t.dict !== null ? t.dict.getStr(name) : t.methods.get(name);
      if (v === undefined) continue;
      if (v instanceof PyFunction) {
        if (isCls) return incref(v);
        return newBound(incref(v), incref(this.obj));
      }
      if (v instanceof PyMethodWrapper) {
        if (v.isClassMethod) return newBound(incref(v.func), incref(start));
        return incref(v.func);
      }
      const d = v as { fn?: unknown; owner?: unknown };
      if (d.fn !== undefined && d.owner !== undefined) return newBuiltinBoundFor(v, this.obj);
      return incref(v);
    }
    return undefined;
  }
}

import { newBoundMethod as newBound, newBuiltinBound, BuiltinMethodDescr } from '../../objects/function';
function newBuiltinBoundFor(v: unknown, obj: unknown): unknown {
  return newBuiltinBound(v as BuiltinMethodDescr, incref(obj));
}

export function compileSuper(e: A.Call, ctx: Ctx): EFn {
  let s: Scope | null = ctx.scope;
  while (s !== null && s.kind === 'comprehension') s = s.parent;
  const fnScope = s;
  // super_init_without_args: the class comes from the function's __class__ cell
  const cellSlot = ctx.scope.isFunctionLike ? ctx.scope.slot('__class__') : -1;
  return (f) => {
    if (fnScope === null || !fnScope.isFunctionLike) return runtimeError('super(): no arguments');
    const fr: Frame | null = f;
    if (fr === null || fr.code.argcount === 0 && !fr.code.hasVarargs) return runtimeError('super(): no arguments');
    let first = fr.locals[0];
    if (first instanceof PyCell) first = first.contents;
    if (first === undefined) return runtimeError('super(): arg[0] deleted');
    if (cellSlot < 0) return runtimeError('super(): __class__ cell not found');
    const t = (f.locals[cellSlot] as PyCell).contents as PyType | undefined;
    if (t === undefined) return runtimeError('super(): empty __class__ cell');
    if (!(first instanceof PyType) && !typeOf(first).isSubtypeOf(t)) {
      return typeError('super(type, obj): obj must be an instance or subtype of type');
    }
    if (!t.builtin) incref(t);
    return gcNew(new PySuper(t, incref(first)));
  };
}

// ---------- classes ----------

import { typeHooks as H } from '../../objects/typeobject/typeHooks';
import { buildClassStart } from '../../objects/typeobject/typeNewAllocs';
import { buildClass } from '../../objects/typeobject/typeNewImpl';

/** run a class body in its own frame with the namespace dict, then make the class */
export function classMaker(st: A.ClassDef, ctx: Ctx, body: (f: Frame) => void, inner: Scope): (f: Frame) => unknown {
  const bases = st.bases.map((b) => compileExpr(b, ctx));
  const other = st.keywords.find((k) => k.name !== 'metaclass');
  if (other !== undefined) {
    return () => raise(BT.T_NotImplementedError, `class keywords other than metaclass= (${other.name === null ? '**' : other.name + '='}) are not supported in RefScope`);
  }
  const metaKw = st.keywords.length > 0 ? compileExpr(st.keywords[0].value, ctx) : null;
  const closure = closureMaker(inner, ctx);
  const code = makeCode(inner, st.name, st.line, body, null);
  code.stackSize = () => stackSizeOf(st, ctx.byNode);
  const first = st.body[0];
  const doc = first !== undefined && first.kind === 'ExprStmt' && first.value.kind === 'Str' && !first.value.bytes ? first.value.value : null;
  // 3.13: the body's first line (its first decorator's) and the names its methods store on self
  const firstLineno = st.decorators.length > 0 ? st.decorators[0].line : st.line;
  const statics = profile.classFirstLinenoAndStaticAttributes ? staticAttributesPart().staticAttributes(st.body) : null;
  const staticsTuple = statics === null ? null : statics.length === 0 ? newTuple([]) : gcNew(new PyTuple(statics));
  return (f) => {
    const bv: unknown[] = [];
    try {
      for (const b of bases) bv.push(b(f));
    } catch (x) {
      for (const v of bv) decref(v);
      throw x;
    }
    let metaArg: unknown = undefined;
    if (metaKw !== null) {
      try {
        metaArg = metaKw(f);
      } catch (x) {
        for (const v of bv) decref(v);
        throw x;
      }
    }
    // __build_class__ with a metaclass the program defined: __prepare__, the body, meta(name, bases, ns)
    let winner: unknown;
    try {
      winner = H.calculateMetaclass(metaArg, bv);
    } catch (x) {
      decref(metaArg);
      for (const v of bv) decref(v);
      throw x;
    }
    if (!(winner instanceof PyType && winner.builtin)) {
      return H.buildWithMetaclass(winner, metaArg, st.name, bv, (ns) => runBody(f, ns), code.qualname);
    }
    decref(metaArg);
    buildClassStart();
    // __build_class__'s tuple of the bases (the empty tuple when there are none)
    const basesT = bv.length > 0 ? newTuple(bv) : null;
    const ns = newDict();
    const cl = closure(f);
    const classCell = inner.needsClassCell ? newCell(undefined) : null;
    try {
      execClassBody(f, ns, cl, classCell);
      const cls = buildClass(st.name, bv, ns, null, basesT);
      setClassCell(classCell, cls);
      return cls;
    } finally {
      decref(classCell);
      decref(ns);
      decref(cl);
      if (basesT !== null) decref(basesT);
      else for (const v of bv) decref(v);
    }
  };
  /** the class body in a frame of its own, on `ns`, with its closure and its __class__ cell */
  function execClassBody(f: Frame, ns: PyDict, cl: PyTuple | null, classCell: PyCell | null): void {
    ns.set('__module__', '__main__');
    ns.set('__qualname__', code.qualname);
    if (staticsTuple !== null) ns.set('__firstlineno__', firstLineno);
    if (doc !== null) ns.set('__doc__', doc);
    const frame = new Frame(code, f.globals, ns, null, f);
    frame.classCell = classCell;
    makeHostCells(frame);
    if (cl !== null) {
      const base = code.varnames.length;
      cl.items.forEach((c, i) => (frame.locals[base + i] = incref(c)));
    }
    const back = S.frame;
    S.frame = frame;
    if (obs !== null) obs.frameEnter(frame);
    if (profile.quickeningWarmup > 0) codeWarmup(code);
    try {
      code.run(frame);
      if (staticsTuple !== null) ns.set('__static_attributes__', staticsTuple);
    } finally {
      S.frame = back;
      clearFrame(frame);
    }
  }
  /** the class body run in its own frame on the namespace a metaclass's __prepare__ gave */
  function runBody(f: Frame, ns: PyDict): (cls: unknown) => void {
    const cl = closure(f);
    const classCell = inner.needsClassCell ? newCell(undefined) : null;
    try {
      execClassBody(f, ns, cl, classCell);
    } finally {
      decref(cl);
    }
    return (cls) => {
      if (cls !== null) setClassCell(classCell, cls);
      decref(classCell);
    };
  }
}

/** type_new_set_classcell: the methods' __class__ cell now holds the class */
function setClassCell(cell: PyCell | null, cls: unknown): void {
  if (cell === null) return;
  cell.contents = incref(cls);
  if (obs !== null) obs.mutate(cell);
}

export function applyDecorators(f: Frame, obj: unknown, decos: EFn[]): unknown {
  let v = obj;
  for (let i = decos.length - 1; i >= 0; i--) {
    const d = decos[i](f);
    try {
      v = callObject(d, [v], null, true);
    } finally {
      decref(d);
    }
  }
  return v;
}

