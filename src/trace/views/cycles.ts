// Reference cycles: strongly connected components of the strong-reference graph (Tarjan),
// with self-loops. Class references (instance -> its class) never close a cycle back to data.

import type { HeapState } from '../types';
import { objId } from './roots';

export function cycles(s: HeapState): number[][] {
  const adj = new Map<number, number[]>();
  const selfLoop = new Set<number>();
  for (const o of s.objects) {
    const out: number[] = [];
    for (const e of o.edges) {
      if (e.weak || e.isClassRef) continue;
      const t = objId(e.to);
      if (t === null) continue;
      if (t === o.id) selfLoop.add(o.id);
      else out.push(t);
    }
    adj.set(o.id, out);
  }
  let index = 0;
  const idx = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result: number[][] = [];
  // iterative Tarjan, so big heaps cannot overflow the stack
  for (const start of adj.keys()) {
    if (idx.has(start)) continue;
    const work: [number, number][] = [[start, 0]];
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [v, i] = top;
      if (i === 0) {
        idx.set(v, index);
        low.set(v, index);
        index++;
        stack.push(v);
        onStack.add(v);
      }
      const succ = adj.get(v) ?? [];
      if (i < succ.length) {
        top[1] = i + 1;
        const w = succ[i];
        if (!adj.has(w)) continue;
        if (!idx.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || selfLoop.has(v)) result.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return result.sort((a, b) => a[0] - b[0]);
}

/** cycles made only of class machinery (a class and its __mro__ tuple): shown only on request */
export function isTypeMachinery(s: HeapState, comp: number[]): boolean {
  const byId = new Map(s.objects.map((o) => [o.id, o]));
  return comp.some((id) => byId.get(id)?.type === 'type');
}
