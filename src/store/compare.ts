// The compare view's state: the program run under two CPython versions, line by line. Runs in a
// worker of its own, so the trace being stepped through is never touched, and a long comparison
// can be cancelled by closing the view.

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createEngineClient, type EngineClient } from '../worker/client';
import type { CompareResult, PagePyVersion } from '../worker/protocol';
import { appStore } from './index';

export interface CompareState {
  open: boolean;
  a: PagePyVersion;
  b: PagePyVersion;
  status: 'idle' | 'running' | 'ready' | 'failed';
  report: CompareResult | null;
  /** the program the report was made from */
  code: string | null;
  error: string | null;
  ms: number;
}

export const compareStore = createStore<CompareState>()(() => ({
  open: false,
  a: '3.11',
  b: '3.14',
  status: 'idle',
  report: null,
  code: null,
  error: null,
  ms: 0,
}));

export function useCompare<T>(selector: (s: CompareState) => T): T {
  return useStore(compareStore, selector);
}

let client: EngineClient | null = null;
let makeClient: () => EngineClient = () => createEngineClient();
let generation = 0;

/** tests give the compare view a client of their own */
export function setCompareClient(make: () => EngineClient): void {
  client?.dispose();
  client = null;
  makeClient = make;
}

/** run the editor's program under the two chosen versions */
export async function runCompare(): Promise<void> {
  const { a, b } = compareStore.getState();
  const code = appStore.getState().code;
  const gen = ++generation;
  compareStore.setState({ status: 'running', error: null });
  try {
    const r = await (client ??= makeClient()).compare(code, a, b, appStore.getState().settings.maxSteps);
    if (gen !== generation) return;
    compareStore.setState({ status: 'ready', report: r.report, code, ms: r.ms });
  } catch (err) {
    if (gen !== generation) return;
    compareStore.setState({ status: 'failed', report: null, error: err instanceof Error ? err.message : String(err) });
  }
}

/** open the view (comparing the current run's version with another) and run it */
export function openCompare(): void {
  const mode = appStore.getState().mode;
  const s = compareStore.getState();
  // start from the version selected on the page, against 3.11 (or 3.14 when the page is on 3.11)
  const a: PagePyVersion = '3.11';
  const b: PagePyVersion = mode.python === '3.11' ? s.b : mode.python;
  compareStore.setState({ open: true, a, b: b === a ? '3.14' : b });
  void runCompare();
}

export function setCompareVersions(patch: Partial<Pick<CompareState, 'a' | 'b'>>): void {
  compareStore.setState(patch);
  void runCompare();
}

export function closeCompare(): void {
  generation++;
  if (compareStore.getState().status === 'running') client?.stop();
  compareStore.setState({ open: false, status: compareStore.getState().status === 'running' ? 'idle' : compareStore.getState().status });
}
