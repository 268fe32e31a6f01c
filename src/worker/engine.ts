// The engine behind the page: runs a program once with the recorder, then answers seeks; or runs
// it under two versions and compares their output line by line (no trace kept). It lives in the
// Web Worker (engine.worker.ts); the client also makes one on the page's own thread for a run
// whose recursion the worker's smaller JavaScript stack cannot hold (client.ts).

import { recordRun } from '../trace/record';
import type { Trace } from '../trace/trace';
import { profileFor, compareRunner } from './versions';
import type { Request, Response } from './protocol';
import { withCode } from '../runtime/onDemand';

export interface Engine {
  answer(msg: Request): Promise<Response>;
}

export function createEngine(): Engine {
  let current: Trace | null = null;
  return {
    async answer(msg) {
      try {
        if (msg.type === 'run') {
          const t0 = performance.now();
          const mode = msg.mode ?? { python: '3.11', legacyFinalizers: false };
          current = null;
          const { trace } = await withCode(msg.code, () =>
            recordRun(msg.code, {
              filename: '<playground>',
              maxSteps: msg.maxSteps,
              maxEdges: 64,
              version: profileFor(mode.python),
              legacyFinalizers: mode.legacyFinalizers,
            }),
          );
          current = trace;
          return { type: 'ran', id: msg.id, summary: trace.summary(), state: trace.stepCount > 0 ? trace.stateAt(0) : null, ms: performance.now() - t0 };
        }
        if (msg.type === 'compare') {
          const t0 = performance.now();
          const compareRun = await compareRunner();
          const report = await withCode(msg.code, () => compareRun(msg.code, msg.a, msg.b, msg.maxSteps));
          return { type: 'compared', id: msg.id, report, ms: performance.now() - t0 };
        }
        if (current === null) return { type: 'error', id: msg.id, message: 'nothing has run yet' };
        if (msg.type === 'state') return { type: 'state', id: msg.id, state: current.stateAt(msg.step) };
        const step = current.move(msg.from, msg.grain, msg.dir);
        return { type: 'moved', id: msg.id, step, state: current.stateAt(step) };
      } catch (err) {
        return { type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
