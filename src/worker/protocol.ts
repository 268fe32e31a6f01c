// Messages between the page and the engine worker.

import type { Grain, HeapState, TraceSummary } from '../trace/types';

export type Request =
  | { type: 'run'; id: number; code: string; maxSteps: number }
  | { type: 'state'; id: number; step: number }
  | { type: 'move'; id: number; from: number; grain: Grain; dir: 1 | -1 };

export type Response =
  | { type: 'ran'; id: number; summary: TraceSummary; state: HeapState | null; ms: number }
  | { type: 'state'; id: number; state: HeapState }
  | { type: 'moved'; id: number; step: number; state: HeapState }
  | { type: 'error'; id: number; message: string };
