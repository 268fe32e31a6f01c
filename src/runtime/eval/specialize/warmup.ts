// 3.11's warm-up of a code object before it is quickened (Python/ceval.c _PyCode_Warmup, run by
// RESUME and JUMP_BACKWARD; QUICKENING_WARMUP_DELAY 8): what eval/specialize.ts waits for. Kept
// apart (no imports of the object model) so the frame and loop code can count without a cycle.

import type * as A from '../../../python/ast';
import type { Code } from '../../objects/code';

/** _PyCode_Warmup (3.11): RESUME and JUMP_BACKWARD count towards quickening the code object */
export function codeWarmup(code: Code): void {
  const w = code.warmup;
  if (w === undefined) code.warmup = 1;
  else if (w < 8) code.warmup = w + 1;
}

/** 3.11: the code object has been quickened (its adaptive instructions specialise on their next run) */
export function quickened(code: Code): boolean {
  return code.warmup === 8;
}

/** a `while` test the compiler folds to true (its loop ends in JUMP_BACKWARD, not a test) */
export function constantTrue(e: A.Expr): boolean {
  switch (e.kind) {
    case 'Bool': return e.value;
    case 'Int': return e.value !== 0 && e.value !== 0n;
    case 'Float': return e.value !== 0;
    case 'Str': return e.value !== '';
    default: return false;
  }
}

