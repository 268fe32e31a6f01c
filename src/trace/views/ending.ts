// Where the program proper ends and interpreter shutdown begins, and how steps are counted in
// the grain the student chose. Pure, over the run's summary.

import type { Grain, TraceSummary } from '../types';

/**
 * The step where the program has finished: the first line step at line 0 (the interpreter's
 * shutdown) after the program's own lines ran. Shutdown (finalizers, module teardown, the last
 * collection) follows it. With no such step (a run stopped early), the last step.
 */
export function programEnd(s: TraceSummary): number {
  let seen = false;
  for (let i = 0; i < s.lineSteps.length; i++) {
    if (s.lineStepLines[i] > 0) seen = true;
    else if (seen) return s.lineSteps[i];
  }
  return Math.max(0, s.stepCount - 1);
}

export type RunPhase = 'program' | 'finished' | 'shutdown';

export function runPhase(s: TraceSummary, step: number): RunPhase {
  const end = programEnd(s);
  if (end >= s.stepCount - 1 && step >= end) return step === end && hasShutdown(s) ? 'finished' : 'program';
  return step < end ? 'program' : step === end ? 'finished' : 'shutdown';
}

function hasShutdown(s: TraceSummary): boolean {
  return programEnd(s) < s.stepCount - 1 || s.lineStepLines[s.lineStepLines.length - 1] === 0;
}

/** the line steps of the program proper (up to and including the finished step) */
function programLineSteps(s: TraceSummary): number {
  const end = programEnd(s);
  let n = 0;
  for (const st of s.lineSteps) if (st <= end) n++;
  return n;
}

/** "line step 12 of 40", "step 120 of 243", "shutdown: step 3 of 38" */
export function stepLabel(s: TraceSummary, step: number, grain: Grain): string {
  const end = programEnd(s);
  if (step > end) return `shutdown: step ${step - end} of ${s.stepCount - 1 - end}`;
  if (grain === 'ref') return `step ${step + 1} of ${end + 1}`;
  // line and gc grains count line steps (a collection's phases are inside the line that runs it)
  let i = 0;
  for (const st of s.lineSteps) if (st <= step) i++;
  const label = `line step ${Math.max(1, i)} of ${programLineSteps(s)}`;
  return grain === 'gc' && !s.lineSteps.includes(step) ? `${label} (a collection phase)` : label;
}
