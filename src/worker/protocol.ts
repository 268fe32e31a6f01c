// Messages between the page and the engine worker.

import type { Grain, HeapState, TraceSummary } from '../trace/types';

/** the CPython versions the page offers (each a profile in runtime/versions.ts) */
export type PagePyVersion = '3.11' | '3.12' | '3.13' | '3.14';

/** which CPython a run simulates: a version, and (3.11 only) the collector from before PEP 442 */
export interface PyMode {
  python: PagePyVersion;
  legacyFinalizers: boolean;
}

/** one rule of a version profile that explains a difference (trace/compare.ts's RuleRef) */
export interface CompareRule {
  id: string;
  title: string;
  source: string;
}

export interface CompareLine {
  /** the output line number, 1-based */
  index: number;
  a: string | null;
  b: string | null;
  same: boolean;
  rules: CompareRule[];
}

/** one program under two versions, line by line (trace/compare.ts's CompareReport) */
export interface CompareResult {
  a: PagePyVersion;
  b: PagePyVersion;
  rows: CompareLine[];
  differing: number;
  stdoutA: string;
  stdoutB: string;
  exitA: number;
  exitB: number;
}

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
