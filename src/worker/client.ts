// The page's handle on the engine worker: promises over messages; stop() kills a run at once.

import type { Grain, HeapState, TraceSummary } from '../trace/types';
import type { CompareResult, PagePyVersion, PyMode, Request, Response } from './protocol';

export interface EngineClient {
  run(code: string, maxSteps?: number, mode?: PyMode): Promise<{ summary: TraceSummary; state: HeapState | null; ms: number }>;
  /** the program under two versions, line by line (no trace is kept) */
  compare(code: string, a: PagePyVersion, b: PagePyVersion, maxSteps?: number): Promise<{ report: CompareResult; ms: number }>;
  state(step: number): Promise<HeapState>;
  move(from: number, grain: Grain, dir: 1 | -1): Promise<{ step: number; state: HeapState }>;
  /** end a running program now (the worker is replaced) */
  stop(): void;
  dispose(): void;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve: (r: Response) => void; reject: (e: Error) => void };

export function createEngineClient(makeWorker: () => Worker = defaultWorker): EngineClient {
  let worker = makeWorker();
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const attach = (w: Worker) => {
    w.onmessage = (e: MessageEvent<Response>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.type === 'error') p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
    w.onerror = (e) => {
      for (const p of pending.values()) p.reject(new Error(e.message || 'the engine worker failed'));
      pending.clear();
    };
  };
  attach(worker);
  const send = <T extends Response>(req: WithoutId<Request>): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: Response) => void, reject });
      worker.postMessage({ ...req, id } as Request);
    });
  };
  return {
    async run(code, maxSteps = 1_000_000, mode) {
      const r = await send<Extract<Response, { type: 'ran' }>>({ type: 'run', code, maxSteps, mode });
      return { summary: r.summary, state: r.state, ms: r.ms };
    },
    async compare(code, a, b, maxSteps = 1_000_000) {
      const r = await send<Extract<Response, { type: 'compared' }>>({ type: 'compare', code, a, b, maxSteps });
      return { report: r.report, ms: r.ms };
    },
    async state(step) {
      return (await send<Extract<Response, { type: 'state' }>>({ type: 'state', step })).state;
    },
    async move(from, grain, dir) {
      const r = await send<Extract<Response, { type: 'moved' }>>({ type: 'move', from, grain, dir });
      return { step: r.step, state: r.state };
    },
    stop() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error('stopped'));
      pending.clear();
      worker = makeWorker();
      attach(worker);
    },
    dispose() {
      worker.terminate();
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}
