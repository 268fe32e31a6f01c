// The eval-breaker check at the end of a CALL to a non-Python callable (3.12+: where a collection
// _PyObject_GC_Link scheduled runs; Python/bytecodes.c CHECK_EVAL_BREAKER in CALL and its
// specialisations). The specialised calls that skip the check are len(x), isinstance(x, T),
// type(x) and list.append(x) (CALL_NO_KW_LEN, _ISINSTANCE, _TYPE_1, _LIST_APPEND), once the call
// site is specialised: its first run is the generic CALL (the adaptive counter's warm-up).

import { profile } from '../versions';
import { evalBreaker } from '../gc/heap';
import { BuiltinMethodDescr, PyBuiltin } from '../objects/function';
import { T_list, T_type } from '../objects/builtinTypes';
import type { SpecSite } from './specialize/cache';

function skipsCheck(callee: unknown, nargs: number): boolean {
  if (callee instanceof PyBuiltin) return callee.module === 'builtins' && ((callee.name === 'len' && nargs === 1) || (callee.name === 'isinstance' && nargs === 2));
  if (callee instanceof BuiltinMethodDescr) return callee.owner === T_list && callee.name === 'append' && nargs === 2;
  return callee === T_type && nargs === 1;
}

/** a compiled call site: how often its CALL ran, and (3.13+) its inline cache (specialize/callSite.ts) */
export interface CallSite {
  runs: number;
  spec: SpecSite | null;
}

/** after CALL returned from a callable that is not a Python function (generic: the site's first run) */
export function evalBreakerAfterCall(callee: unknown, nargs: number, generic: boolean): void {
  if (!profile.gcScheduledAtEvalBreaker) return;
  if (generic || !skipsCheck(callee, nargs)) evalBreaker();
}
