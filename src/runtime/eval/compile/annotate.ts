// Annotations as compile.c emits them in 3.11 (no `from __future__ import annotations`):
// find_ann + SETUP_ANNOTATIONS for module and class bodies, compiler_annassign for `x: T = v`,
// and compiler_visit_annotations for a def's parameters and return (a flat name/value tuple
// handed to MAKE_FUNCTION). Fetched on first use (parts.ts): annotated.ts tells whether a
// body or a def needs it.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { newDict } from '../../objects/dict';
import { newTuple, type PyTuple } from '../../objects/tuple';
import type { PyFunction } from '../../objects/function';
import { setItem } from '../protocols';
import { loadGlobal } from './names';
import { compileExpr, type Ctx, type EFn } from './expr';
import type { StoreFn } from './target';
import { findAnn } from './annotated';

/** SETUP_ANNOTATIONS: a fresh `__annotations__` dict in the namespace unless one is there */
export function setupAnnotations(f: Frame): void {
  const ns = f.ns ?? f.globals;
  if (ns.getStr('__annotations__') !== undefined) return;
  ns.setSteal('__annotations__', newDict());
}

/** a module or class body, preceded by SETUP_ANNOTATIONS when it annotates anything */
export function withSetupAnnotations<R>(body: A.Stmt[], run: (f: Frame) => R): (f: Frame) => R {
  if (!findAnn(body)) return run;
  return (f) => {
    setupAnnotations(f);
    return run(f);
  };
}

/** LOAD_NAME __annotations__ */
function loadAnnotations(f: Frame): unknown {
  if (f.ns !== null) {
    const v = f.ns.getStr('__annotations__');
    if (v !== undefined) return incref(v);
  }
  return loadGlobal(f, '__annotations__');
}

/** compiler_annassign: the value is stored first; then the annotation is evaluated where 3.11 evaluates it */
export function compileAnnAssign(st: A.AnnAssign, ctx: Ctx, compileStore: (t: A.Expr, ctx: Ctx) => StoreFn): (f: Frame) => void {
  const value = st.value ? compileExpr(st.value, ctx) : null;
  const store = st.value ? compileStore(st.target, ctx) : null;
  const atTop = ctx.scope.kind === 'module' || ctx.scope.kind === 'class';
  const t = st.target;
  const ann = st.annotation && atTop ? compileExpr(st.annotation, ctx) : null;
  // a simple name at module or class level: __annotations__[name] = annotation
  const simpleName = t.kind === 'Name' && st.simple !== false && atTop ? t.id : null;
  // an attribute or subscript target without a value: its object (and index) are still evaluated
  const checks: EFn[] = [];
  if (st.value === null) {
    if (t.kind === 'Attribute') checks.push(compileExpr(t.value, ctx));
    if (t.kind === 'Subscript') {
      checks.push(compileExpr(t.value, ctx));
      const idx = t.index;
      if (idx.kind === 'Slice') for (const p of [idx.lower, idx.upper, idx.step]) { if (p) checks.push(compileExpr(p, ctx)); }
      else if (idx.kind === 'Tuple') for (const e of idx.elts) checks.push(compileExpr(e, ctx));
      else checks.push(compileExpr(idx, ctx));
    }
  }
  return (f) => {
    if (value !== null) store!(f, value(f));
    for (const c of checks) decref(c(f));
    if (ann === null) return;
    const a = ann(f);
    if (simpleName === null) {
      decref(a);
      return;
    }
    let d: unknown;
    try {
      d = loadAnnotations(f);
    } catch (e) {
      decref(a);
      throw e;
    }
    try {
      setItem(d, simpleName, a);
    } finally {
      decref(a);
      decref(d);
    }
  };
}

/** compiler_visit_annotations: parameters in order, then 'return'; null when nothing is annotated */
export function annotationsMaker(st: A.FunctionDef, ctx: Ctx): ((f: Frame) => PyTuple) | null {
  const a = st.args;
  const parts: { name: string; fn: EFn }[] = [];
  for (const p of [...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonly, ...(a.kwarg ? [a.kwarg] : [])]) {
    if (p.annotation) parts.push({ name: p.name, fn: compileExpr(p.annotation, ctx) });
  }
  if (st.returns) parts.push({ name: 'return', fn: compileExpr(st.returns, ctx) });
  if (parts.length === 0) return null;
  return (f) => {
    const items: unknown[] = [];
    try {
      for (const p of parts) {
        const v = p.fn(f);
        items.push(p.name, v);
      }
    } catch (e) {
      for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
      throw e;
    }
    return newTuple(items);
  };
}

/** MAKE_FUNCTION with its annotations argument */
export function withAnnotations(make: (f: Frame) => PyFunction, st: A.FunctionDef, ctx: Ctx): (f: Frame) => PyFunction {
  const ann = annotationsMaker(st, ctx);
  if (ann === null) return make;
  return (f) => {
    const fn = make(f);
    try {
      fn.annotations = ann(f);
    } catch (e) {
      decref(fn);
      throw e;
    }
    return fn;
  };
}
