// Loading names (compile.c's compiler_nameop and ceval's LOAD_NAME / LOAD_GLOBAL / LOAD_FAST /
// LOAD_DEREF), with CPython 3.11's NameError and UnboundLocalError messages and hints.

import type * as A from '../../../python/ast';
import type { Frame } from '../frame';
import { incref, obs } from '../../objects/object';
import { PyCell } from '../../objects/function';
import { raise } from '../errors';
import * as BT from '../../objects/builtinTypes';
import { builtinsMap } from '../../builtins/builtins';
import { withHint } from '../../objects/instance';
import { newExc, PyError } from '../errors';
import { borrowPart, suggestPart } from '../../parts';
import { profile } from '../../versions';
import { type Ctx, type EFn } from './expr';

export function nameError(f: Frame, name: string): never {
  const e = newExc(BT.T_NameError, `name '${name}' is not defined`);
  throw new PyError(
    withHint(e, () => {
      const fromLocals = suggestPart().calculateSuggestion(f.code.varnames.filter((n) => !n.startsWith('.')), name);
      if (fromLocals !== null) return fromLocals;
      const fromGlobals = suggestPart().calculateSuggestion(f.globals.keysArray().map(String), name);
      if (fromGlobals !== null) return fromGlobals;
      return suggestPart().calculateSuggestion([...builtinsMap.keys()], name);
    }),
  );
}

export function unboundLocal(name: string): never {
  return raise(BT.T_UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundFree(name: string): never {
  return raise(BT.T_NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

/** LOAD_GLOBAL: globals, then builtins */
export function loadGlobal(f: Frame, name: string): unknown {
  let v = f.globals.getStr(name);
  if (v === undefined) {
    v = builtinsMap.get(name);
    if (v === undefined) nameError(f, name);
  }
  return incref(v);
}

export function compileName(e: A.Name, ctx: Ctx): EFn {
  const name = e.id;
  const kind = ctx.scope.kindOf(name);
  switch (kind) {
    case 'local': {
      const i = ctx.scope.slot(name);
      if (profile.borrowedLocalLoads && borrowPart().lentLoads.has(e)) {
        // 3.14: LOAD_FAST_BORROW feeding an operator (compile/borrowOps.ts)
        const lendLoad = borrowPart().lendLoad;
        return (f) => {
          const v = f.locals[i];
          if (v === undefined) unboundLocal(name);
          lendLoad(incref(v));
          return v;
        };
      }
      return (f) => {
        const v = f.locals[i];
        if (v === undefined) unboundLocal(name);
        if (typeof v === 'object' && v !== null) {
          (v as { rc: number }).rc++;
          if (obs !== null) obs.rc(v as never, 1);
        }
        return v;
      };
    }
    case 'cell':
    case 'free': {
      const i = ctx.scope.slot(name);
      return (f) => {
        const v = (f.locals[i] as PyCell).contents;
        if (v === undefined) return kind === 'cell' ? unboundLocal(name) : unboundFree(name);
        return incref(v);
      };
    }
    case 'global':
      return (f) => loadGlobal(f, name);
    case 'name':
      return (f) => {
        if (f.ns !== null) {
          const v = f.ns.getStr(name);
          if (v !== undefined) return incref(v);
        }
        return loadGlobal(f, name);
      };
    case 'classderef': {
      const i = ctx.scope.slot(name);
      return (f) => {
        const v = f.ns!.getStr(name);
        if (v !== undefined) return incref(v);
        const c = (f.locals[i] as PyCell).contents;
        if (c === undefined) unboundFree(name);
        return incref(c);
      };
    }
  }
}

/** a tuple of constants is one object in co_consts, shared by every evaluation */
