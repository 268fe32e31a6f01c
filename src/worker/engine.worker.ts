// The engine in a Web Worker: runs a program once with the recorder, then answers seeks; or runs
// it under two versions and compares their output line by line (no trace kept).
// The page never blocks on a run, and Stop simply terminates this worker.

import { recordRun } from '../trace/record';
import type { Trace } from '../trace/trace';
import { profileFor, compareRun } from './versions';
import type { Request, Response } from './protocol';

let current: Trace | null = null;

function reply(r: Response): void {
  (self as unknown as { postMessage: (m: Response) => void }).postMessage(r);
}

self.onmessage = (e: MessageEvent<Request>) => {
  const msg = e.data;
  try {
    if (msg.type === 'run') {
      const t0 = performance.now();
      const mode = msg.mode ?? { python: '3.11', legacyFinalizers: false };
      const { trace } = recordRun(msg.code, {
        filename: '<playground>',
        maxSteps: msg.maxSteps,
        maxEdges: 64,
        version: profileFor(mode.python),
        legacyFinalizers: mode.legacyFinalizers,
      });
      current = trace;
      reply({ type: 'ran', id: msg.id, summary: trace.summary(), state: trace.stepCount > 0 ? trace.stateAt(0) : null, ms: performance.now() - t0 });
    } else if (msg.type === 'compare') {
      const t0 = performance.now();
      const report = compareRun(msg.code, msg.a, msg.b, msg.maxSteps);
      reply({ type: 'compared', id: msg.id, report, ms: performance.now() - t0 });
    } else if (current === null) {
      reply({ type: 'error', id: msg.id, message: 'nothing has run yet' });
    } else if (msg.type === 'state') {
      reply({ type: 'state', id: msg.id, state: current.stateAt(msg.step) });
    } else if (msg.type === 'move') {
      const step = current.move(msg.from, msg.grain, msg.dir);
      reply({ type: 'moved', id: msg.id, step, state: current.stateAt(step) });
    }
  } catch (err) {
    reply({ type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
};
