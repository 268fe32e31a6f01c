// Messages between the page and the engine worker.

import type { Grain, HeapState, TraceSummary } from '../trace/types';

import type { PyVersion } from '../runtime/versions';
import type { CompareReport, CompareRow, RuleRef } from '../trace/compare';

/** the CPython versions the page offers (each a profile in runtime/versions.ts) */
export type PagePyVersion = PyVersion;

/** which CPython a run simulates: a version, and (3.11 only) the collector from before PEP 442 */
export interface PyMode {
  python: PagePyVersion;
  legacyFinalizers: boolean;
}

/** one program under two versions, line by line (trace/compare.ts) */
export type CompareResult = CompareReport;
export type CompareLine = CompareRow;
export type CompareRule = RuleRef;

export type Request =
  | { type: 'run'; id: number; code: string; maxSteps: number; mode?: PyMode }
  | { type: 'state'; id: number; step: number }
  | { type: 'move'; id: number; from: number; grain: Grain; dir: 1 | -1 }
  | { type: 'compare'; id: number; code: string; a: PagePyVersion; b: PagePyVersion; maxSteps: number };

export type Response =
  | { type: 'ran'; id: number; summary: TraceSummary; state: HeapState | null; ms: number }
  | { type: 'state'; id: number; state: HeapState }
  | { type: 'moved'; id: number; step: number; state: HeapState }
  | { type: 'compared'; id: number; report: CompareResult; ms: number }
  | { type: 'error'; id: number; message: string };
