// The page's handle on the engine worker: promises over messages; stop() kills a run at once.
// A run whose recursion outgrows the worker's JavaScript stack (Chromium gives a worker half the
// page thread's) before CPython's limit is made again on the page's own thread, which then answers
// that trace's seeks: the page pauses for that run, and shows what CPython shows.

import type { Grain, HeapState, TraceSummary } from '../trace/types';
import type { CompareResult, PagePyVersion, PyMode, Request, Response } from './protocol';
import type { Engine } from './engine';
import engineUrl from './engine.worker.ts?worker&url';

export interface EngineClient {
  /** onPageThread: called before a run is made again on the page's thread (the page will pause) */
  run(code: string, maxSteps?: number, mode?: PyMode, onPageThread?: () => void): Promise<{ summary: TraceSummary; state: HeapState | null; ms: number }>;
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

export function createEngineClient(makeWorker: () => Worker = defaultWorker, pageThread: () => Promise<Engine> = pageThreadEngine): EngineClient {
  let worker = makeWorker();
  /** the engine on the page's thread that holds the current trace, when the worker's stack was too small */
  let inline: Engine | null = null;
  /** bumps on stop(): a page-thread run not yet begun is given up */
  let stops = 0;
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
    // a trace made on the page's thread answers its own seeks
    if (inline !== null && req.type !== 'compare')
      return inline.answer({ ...req, id: 0 } as Request).then((r) => (r.type === 'error' ? Promise.reject(new Error(r.message)) : (r as T)));
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: Response) => void, reject });
      worker.postMessage({ ...req, id } as Request);
    });
  };
  return {
    async run(code, maxSteps = 1_000_000, mode, onPageThread) {
      inline = null;
      const req = { type: 'run', code, maxSteps, mode } as const;
      const r = await send<Extract<Response, { type: 'ran' }>>(req);
      if (r.summary.jsStackOverflowed !== true) return { summary: r.summary, state: r.state, ms: r.ms };
      const epoch = stops;
      onPageThread?.();
      // a moment for the page to show why it pauses (and for Stop)
      await new Promise((res) => setTimeout(res, 40));
      const engine = await pageThread();
      if (epoch !== stops) throw new Error('stopped');
      inline = engine;
      try {
        const again = await send<Extract<Response, { type: 'ran' }>>(req);
        return { summary: { ...again.summary, pageThread: true }, state: again.state, ms: r.ms + again.ms };
      } catch {
        // (the worker's trace stands)
        inline = null;
        return { summary: r.summary, state: r.state, ms: r.ms };
      }
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
      stops++;
      inline = null;
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

/** the worker's own bundle, loaded as a module on the page's thread: it hands over createEngine */
async function pageThreadEngine(): Promise<Engine> {
  await import(/* @vite-ignore */ engineUrl);
  return (globalThis as { refscopeCreateEngine?: () => Engine }).refscopeCreateEngine!();
}

function defaultWorker(): Worker {
  return new Worker(engineUrl, { type: 'module' });
}
