// The page's engine client (src/worker/client.ts): a run whose recursion outgrew the worker's
// JavaScript stack is made again on the page's thread, and that engine then answers the trace's
// seeks; the next run goes back to the worker.
import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../src/worker/client';
import { createEngine, type Engine } from '../../src/worker/engine';
import type { Request, Response } from '../../src/worker/protocol';

/** a stand-in worker: runs through a real engine, but reports the stack overflow it is told to */
function fakeWorker(overflow: { next: boolean }, seen: Request[]): () => Worker {
  return () => {
    const engine = createEngine();
    const w = {
      onmessage: null as ((e: MessageEvent<Response>) => void) | null,
      onerror: null,
      postMessage(req: Request) {
        seen.push(req);
        void engine.answer(req).then((r) => {
          if (r.type === 'ran' && overflow.next) r = { ...r, summary: { ...r.summary, jsStackOverflowed: true } };
          w.onmessage?.({ data: r } as MessageEvent<Response>);
        });
      },
      terminate() {},
    };
    return w as unknown as Worker;
  };
}

describe('engine client', () => {
  it('makes a run the worker could not hold again on the page thread, which answers its seeks', async () => {
    const overflow = { next: true };
    const seen: Request[] = [];
    const made: Engine[] = [];
    const client = createEngineClient(fakeWorker(overflow, seen), async () => {
      const e = createEngine();
      made.push(e);
      return e;
    });
    let told = 0;
    const r = await client.run('x = [1]\ny = x\nprint(len(y))\n', 1000, undefined, () => told++);
    expect(told).toBe(1);
    expect(made.length).toBe(1);
    expect(r.summary.pageThread).toBe(true);
    expect(r.summary.jsStackOverflowed).toBeFalsy();
    expect(r.summary.stdout).toBe('1\n');
    // seeks go to the page-thread engine, not to the worker
    const before = seen.length;
    const s = await client.state(r.summary.lineSteps[1]);
    expect(s.line).toBe(2);
    const m = await client.move(r.summary.lineSteps[1], 'line', 1);
    expect(m.state.line).toBe(3);
    expect(seen.length).toBe(before);
    // a run the worker holds stays in the worker, and so do its seeks
    overflow.next = false;
    const r2 = await client.run('a = 1\nb = 2\n', 1000, undefined, () => told++);
    expect(told).toBe(1);
    expect(r2.summary.pageThread).toBeUndefined();
    await client.state(r2.summary.lineSteps[0]);
    expect(seen[seen.length - 1].type).toBe('state');
  });
});
