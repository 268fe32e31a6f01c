// The recorded execution: steps, seeking (any step rebuilt the same way however it is reached),
// and what a state shows.
import { IntLog, Op, CHUNK_SHIFT } from '../../src/trace/log';

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordRun } from '../../src/trace/record';
import type { HeapState } from '../../src/trace/types';
import { globalName, leakedUntilCollected, reachableFromRoots, rootsOf } from '../../src/trace/views/roots';

function global(s: HeapState, name: string) {
  const g = s.objects.find((o) => o.id === s.globalsId)!;
  const e = g.edges.find((x) => globalName(x.label) === name);
  if (!e || e.to.kind !== 'obj') return null;
  const id = e.to.id;
  return s.objects.find((o) => o.id === id) ?? null;
}

function lineStep(trace: ReturnType<typeof recordRun>['trace'], line: number): number {
  for (let s = 0; s < trace.stepCount; s++) if (trace.grainOf(s) === 'line' && trace.lineOf(s) === line) return s;
  throw new Error(`no step at line ${line}`);
}

describe('line steps show the state before their line runs', () => {
  const src = ['import sys', 'x = [1, 2, 3]', 'y = x', 'del y', 'print(sys.getrefcount(x))'].join('\n');
  const { trace } = recordRun(src);

  it('counts follow the aliasing', () => {
    expect(global(trace.stateAt(lineStep(trace, 2)), 'x')).toBeNull();
    expect(global(trace.stateAt(lineStep(trace, 3)), 'x')!.refcount).toBe(1);
    expect(global(trace.stateAt(lineStep(trace, 4)), 'x')!.refcount).toBe(2);
    expect(global(trace.stateAt(lineStep(trace, 5)), 'x')!.refcount).toBe(1);
  });

  it('the reference grain shows each count change inside a line, with a caption', () => {
    const from = lineStep(trace, 3);
    const next = trace.move(from, 'ref', 1);
    const s = trace.stateAt(next);
    expect(s.grain).toBe('ref');
    expect(s.caption).toMatch(/refcount 1 → 2/);
  });

  it("sys.getrefcount's argument is a transient reference the state names", () => {
    let found: HeapState | null = null;
    for (let s = lineStep(trace, 5); s < trace.stepCount; s++) {
      const st = trace.stateAt(s);
      if (st.transient) {
        found = st;
        break;
      }
    }
    expect(found).not.toBeNull();
    const x = global(found!, 'x')!;
    expect(found!.transient!.id).toBe(x.id);
    expect(x.refcount).toBe(2);
  });

  it('stdout grows with the steps', () => {
    expect(trace.stateAt(lineStep(trace, 5)).stdout).toBe('');
    expect(trace.stateAt(trace.stepCount - 1).stdout).toBe('2\n');
  });
});

describe('seeking', () => {
  // long enough to make the recorder keep checkpoints
  const src = `
class Box:
    def __init__(self, v):
        self.v = v
items = []
for i in range(3000):
    items.append(Box(i))
    if len(items) > 40:
        items = items[20:]
print(len(items))
`;
  const { trace } = recordRun(src);

  it('records checkpoints on a long run', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect((trace as any).rec.checkpoints.length).toBeGreaterThan(2);
  });

  it('any step is rebuilt identically, forwards, backwards or at random', () => {
    const n = trace.stepCount;
    const probes = [n - 1, 0, Math.floor(n / 2), 7, n - 2, Math.floor(n / 3), Math.floor(n / 3) + 1, 12345 % n];
    const first = probes.map((s) => JSON.stringify(trace.stateAt(s)));
    const again = probes.slice().reverse().map((s) => JSON.stringify(trace.stateAt(s))).reverse();
    expect(again).toEqual(first);
    // and equal to a fresh recording's view of the same steps
    const fresh = recordRun(src).trace;
    expect(probes.map((s) => JSON.stringify(fresh.stateAt(s)))).toEqual(first);
  });

  it('move() stops only where the grain says', () => {
    let s = 0;
    for (let i = 0; i < 50; i++) {
      s = trace.move(s, 'line', 1);
      expect(trace.grainOf(s)).toBe('line');
    }
    const back = trace.move(s, 'line', -1);
    expect(back).toBeLessThan(s);
    expect(trace.grainOf(back)).toBe('line');
  });
});

describe('a record larger than one chunk of the log', () => {
  // the trace benchmark's default program, shortened: about 3 million log ints and 600,000 steps,
  // several chunks of both the log and the step table
  const bench = readFileSync(fileURLToPath(new URL('../../bench/trace-programs/mixed.py', import.meta.url)), 'utf8');
  const src = bench.replace('range(250000)', 'range(30000)');
  it('runs a shortened copy of the benchmark program', () => expect(src).not.toBe(bench));
  const { trace } = recordRun(src);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rec = (trace as any).rec;

  it('spans several chunks', () => {
    expect(rec.log.chunks.length).toBeGreaterThan(2);
    expect(rec.steps.chunks.length).toBeGreaterThan(2);
  });

  it('rebuilds steps on both sides of every chunk boundary as a replay from the start does', () => {
    const probes: number[] = [];
    for (let k = 1; k < trace.stepCount; k++) {
      if (rec.startOf(k) >>> CHUNK_SHIFT !== rec.startOf(k - 1) >>> CHUNK_SHIFT) probes.push(k - 1, k);
      if (k % (1 << 17) === 0) probes.push(k - 1, k);
    }
    probes.push(trace.stepCount - 1);
    expect(probes.length).toBeGreaterThan(6);
    const viaCheckpoints = probes.map((k) => JSON.stringify(trace.stateAt(k)));
    const saved = rec.checkpoints;
    rec.checkpoints = [];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (trace as any).cursor = null;
    try {
      const fromStart = probes.map((k) => {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        (trace as any).cursor = null;
        return JSON.stringify(trace.stateAt(k));
      });
      expect(fromStart).toEqual(viaCheckpoints);
    } finally {
      rec.checkpoints = saved;
    }
    expect(trace.stateAt(trace.stepCount - 1).stdout).toBe(`${(30000 * 29999) / 2}\n`);
  });
});

describe('IntLog', () => {
  it('keeps each entry within one chunk, padding the rest with zeros, and reads back by position', () => {
    const log = new IntLog();
    const positions: number[] = [];
    let i = 0;
    while (log.chunks.length < 3) {
      if (i % 2 === 0) log.push6(Op.Edge, i, 1, 2, 3, 4);
      else log.push2(Op.Rc, i, 5);
      positions.push(log.length - (i % 2 === 0 ? 6 : 3));
      i++;
    }
    // one comparison per entry, one expect for all (an expect per entry is slow at this size)
    const wrong = positions.findIndex((p, j) => log.get(p) !== (j % 2 === 0 ? Op.Edge : Op.Rc) || log.get(p + 1) !== j);
    expect(wrong).toBe(-1);
    // entries jumped to a new chunk where the last did not fit; the gap reads as 0
    const jumps = positions.filter((p, j) => j > 0 && p >>> CHUNK_SHIFT !== positions[j - 1] >>> CHUNK_SHIFT);
    expect(jumps.length).toBe(2);
    for (const p of jumps) expect(p % (1 << CHUNK_SHIFT)).toBe(0);
    expect(log.get(IntLog.nextChunk(0) - 1)).toBe(0);
  });
});

describe('the step limit', () => {
  it('stops an endless loop and keeps what was recorded', () => {
    const { trace, result } = recordRun('n = 0\nwhile True:\n    n += 1\n', { maxSteps: 5000 });
    expect(result.stepLimited).toBe(true);
    expect(result.stderr).toMatch(/stopped after 5,000 steps/);
    expect(trace.summary().lineSteps.length).toBeGreaterThan(4000);
    expect(trace.stateAt(trace.stepCount - 1).frames.length).toBeGreaterThan(0);
  });

  // each __del__ makes an object whose __del__ makes another: CPython's shutdown never ends
  it('stops a shutdown that loops forever after an error, and says so', () => {
    const src =
      'class Link:\n    def __del__(self):\n        print("freed")\n        x = Link()\n' +
      'y = Link()\nundefined_name\n';
    const { result } = recordRun(src, { maxSteps: 3000 });
    expect(result.stderr).toMatch(/NameError: name 'undefined_name' is not defined/);
    expect(result.stderr.trimEnd().split('\n').pop()).toBe('StepLimitError: stopped after 3,000 steps (the step limit); the program may loop forever');
    expect(result.stepLimited).toBe(true);
    // the finalizers that run while the stop unwinds are stopped at their first line too
    expect(result.steps).toBeLessThanOrEqual(3001);
  });
});

describe('collections unfold phase by phase', () => {
  const { trace } = recordRun('import gc\na = {}\nb = {}\na["r"] = b\nb["r"] = a\ndel a, b\nprint(gc.collect())');
  it('has a gc step per phase, with gc_refs during the counting phases', () => {
    const phases: string[] = [];
    let sawRefs = false;
    for (let s = 0; s < trace.stepCount; s++) {
      if (trace.grainOf(s) !== 'gc') continue;
      const st = trace.stateAt(s);
      if (st.gc) {
        phases.push(st.gc.phase);
        if (st.gc.phase === 'subtract_refs') sawRefs ||= Object.keys(st.gc.gcRefs).length > 0;
      }
    }
    expect(phases.slice(0, 4)).toEqual(['start', 'update_refs', 'subtract_refs', 'move_unreachable']);
    expect(sawRefs).toBe(true);
    expect(trace.summary().markers.some((m) => m.kind === 'gc')).toBe(true);
  });
});

describe('a paused generator keeps its frame', () => {
  const src = [
    'def gen(n):', //          1
    '    data = [n]', //       2
    '    for i in range(n):', // 3
    '        yield i', //      4
    'g = gen(3)', //           5
    'x = next(g)', //          6
    'y = next(g)', //          7
    'del g', //                8
    'print(x, y)', //          9
  ].join('\n');
  const { trace } = recordRun(src);

  it('records the frame as suspended, owned by the generator, at the line it yielded', () => {
    const s = trace.stateAt(lineStep(trace, 7));
    const gen = global(s, 'g')!;
    expect(gen.type).toBe('generator');
    const running = s.frames.filter((f) => !f.suspended).map((f) => f.name);
    expect(running).toEqual(['<module>']);
    const paused = s.frames.filter((f) => f.suspended);
    expect(paused.map((f) => [f.name, f.generator, f.line, f.vars.map((v) => v.name)])).toEqual([['gen', gen.id, 4, ['n', 'data', 'i']]]);
  });

  it("counts the frame's locals as the generator's references, not as roots", () => {
    const s = trace.stateAt(lineStep(trace, 7));
    const gen = global(s, 'g')!;
    const data = gen.edges.find((e) => e.label === 'data')!;
    expect(data.to.kind).toBe('obj');
    const dataId = (data.to as { id: number }).id;
    expect(rootsOf(s).some((r) => r.id === dataId)).toBe(false);
    expect(reachableFromRoots(s).has(dataId)).toBe(true);
    expect(leakedUntilCollected(s)).toEqual([]);
  });

  it('shows the frame running again on the stack while the generator runs, and gone once it is freed', () => {
    const inside = trace.stateAt(lineStep(trace, 4));
    expect(inside.frames.map((f) => [f.name, !!f.suspended])).toEqual([['<module>', false], ['gen', false]]);
    const after = trace.stateAt(lineStep(trace, 9));
    expect(after.frames.map((f) => f.name)).toEqual(['<module>']);
    expect(after.objects.some((o) => o.type === 'generator')).toBe(false);
  });
});
