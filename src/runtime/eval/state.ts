// Interpreter-wide state of the one program running now (a worker runs one at a time).

import type { Frame } from './frame';

export const S = {
  /** the innermost executing frame */
  frame: null as Frame | null,
  /**
   * the value stack's argument lists being built (a call's or a display's earlier items, held
   * while a later one is evaluated): references sys.getrefcount of a shared object counts
   */
  pending: [] as unknown[][],
  recursionLimit: 1000,
  /** the JS stack ran out at least once (reported as RecursionError): the host's stack is too small for this run */
  jsStackOverflowed: false,
  /** line events so far and the limit (Infinity for none) */
  steps: 0,
  maxSteps: Infinity,
  /** items iterated inside builtins (sum, list(), max...), bounded with the steps */
  work: 0,
  maxWork: Infinity,
  write: (_stream: 'stdout' | 'stderr', _text: string): void => {},
  filename: '<string>',
  sourceLines: [] as string[],
};

export class StepLimitExceeded {
  /** inBuiltin: a builtin looped over more items than the limit allows (sum(range(10**12))) */
  constructor(readonly steps: number, readonly inBuiltin = false) {}
}

/** one unit of work inside a builtin: a runaway sum(range(10**12)) stops with the step limit */
export function tickWork(): void {
  if (++S.work > S.maxWork) throw new StepLimitExceeded(S.steps, true);
}
