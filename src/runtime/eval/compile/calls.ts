// Calls (compile.c's compiler_call): positional and keyword arguments, * and ** unpacking, and
// the LOAD_METHOD / CALL shortcut for `obj.method(...)`.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { decref, incref } from '../../objects/object';
import { PyDict } from '../../objects/dict';
import { loadMethod } from '../attr';
import { callFunction, callObject, releaseArgs } from '../call';
import { typeError } from '../errors';
import { typeOf } from '../../objects/typeOf';
import { PyFunction } from '../../objects/function';
import { compileSuper } from './functions';
import { compileExpr, type Ctx, type EFn } from './expr';
import { compileElt, evalElts, type EltFn } from './displays';

interface ArgPlan {
  pos: EltFn[];
  kws: { name: string | null; fn: EFn }[];
  simple: boolean;
}

function planArgs(e: A.Call, ctx: Ctx): ArgPlan {
  const pos = e.args.map((a) => compileElt(a, ctx));
  const kws = e.keywords.map((k) => ({ name: k.name, fn: compileExpr(k.value, ctx) }));
  return { pos, kws, simple: kws.length === 0 && pos.every((p) => !p.star) };
}

function evalKw(plan: ArgPlan, f: Frame): Map<string, unknown> | null {
  if (plan.kws.length === 0) return null;
  const kw = new Map<string, unknown>();
  try {
    for (const k of plan.kws) {
      const v = k.fn(f);
      if (k.name !== null) {
        if (kw.has(k.name)) {
          decref(v);
          typeError(`keywords must be unique: '${k.name}'`);
        }
        kw.set(k.name, v);
      } else {
        try {
          if (!(v instanceof PyDict)) typeError(`argument after ** must be a mapping, not ${typeOf(v).name}`);
          const d = v as PyDict;
          for (const i of d.positions()) {
            const key = d.ks[i];
            if (typeof key !== 'string') typeError('keywords must be strings');
            if (kw.has(key as string)) typeError(`got multiple values for keyword argument '${key}'`);
            kw.set(key as string, incref(d.vs[i]));
          }
        } finally {
          decref(v);
        }
      }
    }
  } catch (x) {
    for (const v of kw.values()) decref(v);
    throw x;
  }
  return kw;
}

export function compileCall(e: A.Call, ctx: Ctx): EFn {
  if (e.func.kind === 'Name' && e.func.id === 'super' && e.args.length === 0 && ctx.scope.kindOf('super') === 'global') {
    return compileSuper(e, ctx);
  }
  const plan = planArgs(e, ctx);
  // obj.method(...) without making a bound method (LOAD_METHOD / CALL)
  if (e.func.kind === 'Attribute') {
    const recv = compileExpr(e.func.value, ctx);
    const name = e.func.attr;
    return (f) => {
      const o = recv(f);
      const [callable, self] = loadMethod(o, name);
      let args: unknown[];
      let kw: Map<string, unknown> | null;
      try {
        args = plan.simple ? evalSimple(plan.pos, f) : evalElts(plan.pos, f);
        try {
          kw = evalKw(plan, f);
        } catch (x) {
          releaseArgs(args, null);
          throw x;
        }
      } catch (x) {
        decref(self);
        decref(callable);
        throw x;
      }
      if (self !== undefined) args.unshift(self);
      try {
        return callable instanceof PyFunction ? callFunction(callable, args, kw) : callObject(callable, args, kw);
      } finally {
        decref(callable);
      }
    };
  }
  const fn = compileExpr(e.func, ctx);
  if (plan.simple && plan.pos.length === 1) {
    const a0 = plan.pos[0].fn;
    return (f) => {
      const callee = fn(f);
      let a: unknown;
      try {
        a = a0(f);
      } catch (x) {
        decref(callee);
        throw x;
      }
      try {
        // a Python function is called straight away (one JS frame less per Python call)
        return callee instanceof PyFunction ? callFunction(callee, [a], null) : callObject(callee, [a], null);
      } finally {
        decref(callee);
      }
    };
  }
  return (f) => {
    const callee = fn(f);
    let args: unknown[];
    let kw: Map<string, unknown> | null;
    try {
      args = plan.simple ? evalSimple(plan.pos, f) : evalElts(plan.pos, f);
      try {
        kw = evalKw(plan, f);
      } catch (x) {
        releaseArgs(args, null);
        throw x;
      }
    } catch (x) {
      decref(callee);
      throw x;
    }
    try {
      return callee instanceof PyFunction ? callFunction(callee, args, kw) : callObject(callee, args, kw);
    } finally {
      decref(callee);
    }
  };
}

function evalSimple(pos: EltFn[], f: Frame): unknown[] {
  const n = pos.length;
  const out = new Array(n);
  let i = 0;
  try {
    for (; i < n; i++) out[i] = pos[i].fn(f);
  } catch (x) {
    for (let j = 0; j < i; j++) decref(out[j]);
    throw x;
  }
  return out;
}
