// One instruction's inline cache (Python/specialize.c's adaptive counters), for the instructions
// that may specialise to a Python method's frame (sites.ts, loaded on first use, runs them).

import type { PyType } from '../../objects/typeobject/type';
import { profile } from '../../versions';

/** not specialised: the caller runs the generic path */
export const GENERIC: unique symbol = Symbol('generic');

/** one instruction's inline cache: its adaptive counter and what it is specialised for */
export interface SpecSite {
  /** the adaptive counter's value (3.11 before its code object is quickened: unused) */
  counter: number;
  /** the class the site is specialised for, OTHER (specialised for something else), or null */
  spec: PyType | typeof OTHER | null;
}

/** a site specialised for something that does not reach a Python method */
export const OTHER: unique symbol = Symbol('other');

/** the site of one instruction that may specialise to a Python method's frame */
export function newSpecSite(): SpecSite {
  return { counter: profile.quickeningWarmup > 0 ? 0 : 1, spec: null };
}
