// One instruction's inline cache (Python/specialize.c's adaptive counters), for the instructions
// that may specialise to a Python method's frame (sites.ts, loaded on first use, runs them) and
// for CALL (callSite.ts): the counter between the adaptive and the specialised instruction.

import type { Frame } from '../frame';
import { profile } from '../../versions';

/** not specialised: the caller runs the generic path */
export const GENERIC: unique symbol = Symbol('generic');

/** one instruction's inline cache: its adaptive counter and what it is specialised for */
export interface SpecSite {
  /** the adaptive counter's value (3.11 before its code object is quickened: unused) */
  counter: number;
  /** the counter's backoff exponent (adaptive_counter_backoff after a failed specialisation) */
  backoff: number;
  /** what the site is specialised for (a class, a function...), OTHER, or null (the adaptive form) */
  spec: unknown;
  /** the version its guard checks with `spec` (a class's tp_version_tag), 0 for none */
  version: number;
}

/** a site specialised for something that does not reach a Python method */
export const OTHER: unique symbol = Symbol('other');

/** the adaptive instruction could not specialise for what it sees (SPECIALIZATION_FAIL) */
export const FAIL: unique symbol = Symbol('fail');

/** the site of one instruction that may specialise (adaptive_counter_warmup: value 1, backoff 1) */
export function newSpecSite(): SpecSite {
  return { counter: profile.quickeningWarmup > 0 ? 0 : 1, backoff: 1, spec: null, version: 0 };
}

/** the largest backoff exponent (12 bits of value) */
const MAX_BACKOFF = 12;
/** adaptive_counter_cooldown: a successful specialisation waits 52 misses before the next */
const COOLDOWN = 52;

/**
 * One run of an instruction's site that sees `key` at `version` (FAIL: the adaptive instruction
 * cannot specialise for it; null: it specialises to a form that reaches no Python method, OTHER):
 * true when the run is the specialised form's. `hit`: the specialised form's guard passes (by
 * default: the same key at the same version). Mirrors the adaptive instruction
 * (ADAPTIVE_COUNTER_TRIGGERS / backoff_counter_triggers), the specialised instruction's DEOPT_IF
 * (a miss runs the adaptive instruction's body: it counts down, or specialises again at zero) and
 * _Py_Specialize_*'s outcome (success: adaptive_counter_cooldown; failure: adaptive_counter_backoff).
 */
export function adaptiveRun(site: SpecSite, f: Frame, key: unknown, version: number, hit = site.spec === key && site.version === version): boolean {
  const delay = profile.quickeningWarmup;
  // 3.11: the code object is not quickened yet: the plain instruction
  if (delay > 0 && (f.code.warmup ?? 0) < delay) return false;
  if (site.spec !== null) {
    if (hit) return true;
    // the guard failed: DEOPT to the generic path, counting the miss
    if (site.counter > 0) {
      site.counter--;
      return false;
    }
    if (delay > 0) {
      // 3.11: the site goes back to its adaptive form, which waits adaptive_counter_start()
      site.spec = null;
      site.counter = 31;
      return false;
    }
  } else if (site.counter > 0) {
    site.counter--;
    return false;
  }
  // the adaptive instruction specialises for what it sees now
  if (key === FAIL) {
    // adaptive_counter_backoff (2**backoff - 1), then the instruction runs again
    // (DISPATCH_SAME_OPARG): the adaptive form counts that run down at once
    site.spec = null;
    site.backoff = Math.min(site.backoff + 1, MAX_BACKOFF);
    site.counter = (1 << site.backoff) - 2;
    return false;
  }
  site.counter = COOLDOWN;
  site.backoff = 0;
  site.version = version;
  if (key === null) {
    // another kind of operand: assumed to specialise (list/dict/tuple subscripts, slots...)
    site.spec = OTHER;
    return false;
  }
  site.spec = key;
  return true;
}

/** a run whose specialised form missed after its guard passed (a later DEOPT_IF): counted as a miss */
export function adaptiveMiss(site: SpecSite): void {
  // at zero the adaptive instruction specialises again for the same operand and misses again
  site.counter = site.counter > 0 ? site.counter - 1 : COOLDOWN - 1;
}
