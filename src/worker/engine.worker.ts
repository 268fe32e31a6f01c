// The engine in a Web Worker (engine.ts): the page never blocks on a run, and Stop simply
// terminates this worker. Imported as a module on the page's own thread instead (worker/client.ts:
// a run too deep for the worker's stack), the same bundle only leaves createEngine for the page.

import { createEngine, type Engine } from './engine';
import type { Request, Response } from './protocol';

declare const WorkerGlobalScope: { new (): object } | undefined;

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  const engine = createEngine();
  // requests are answered in order: a run that waits for a module's code holds back the next one
  let queue: Promise<void> = Promise.resolve();
  self.onmessage = (e: MessageEvent<Request>) => {
    queue = queue.then(async () => {
      const r: Response = await engine.answer(e.data);
      (self as unknown as { postMessage: (m: Response) => void }).postMessage(r);
    });
  };
} else {
  (globalThis as { refscopeCreateEngine?: () => Engine }).refscopeCreateEngine = createEngine;
}
