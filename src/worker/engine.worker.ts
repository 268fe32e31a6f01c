// The engine in a Web Worker: runs a program once with the recorder, then answers seeks; or runs
// it under two versions and compares their output line by line (no trace kept).
// The page never blocks on a run, and Stop simply terminates this worker.

import { recordRun } from '../trace/record';
import type { Trace } from '../trace/trace';
import { profileFor, compareRunner } from './versions';
import type { Request, Response } from './protocol';
import { withCode } from '../runtime/onDemand';

let current: Trace | null = null;

function reply(r: Response): void {
  (self as unknown as { postMessage: (m: Response) => void }).postMessage(r);
}

// requests are answered in order: a run that waits for a module's code holds back the next one
let queue: Promise<void> = Promise.resolve();
self.onmessage = (e: MessageEvent<Request>) => {
  queue = queue.then(() => answer(e.data));
};

async function answer(msg: Request): Promise<void> {
  try {
    if (msg.type === 'run') {
      const t0 = performance.now();
      const mode = msg.mode ?? { python: '3.11', legacyFinalizers: false };
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
      reply({ type: 'ran', id: msg.id, summary: trace.summary(), state: trace.stepCount > 0 ? trace.stateAt(0) : null, ms: performance.now() - t0 });
    } else if (msg.type === 'compare') {
      const t0 = performance.now();
      const compareRun = await compareRunner();
      const report = await withCode(msg.code, () => compareRun(msg.code, msg.a, msg.b, msg.maxSteps));
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
}
