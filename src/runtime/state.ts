// Interpreter-wide state of the one program running now (a worker runs one at a time).

import type { Frame } from './frame';

export const S = {
  /** the innermost executing frame */
  frame: null as Frame | null,
  recursionLimit: 1000,
  /** line events so far and the limit (Infinity for none) */
  steps: 0,
  maxSteps: Infinity,
  write: (_stream: 'stdout' | 'stderr', _text: string): void => {},
  filename: '<string>',
  sourceLines: [] as string[],
};

export class StepLimitExceeded {
  constructor(readonly steps: number) {}
}
