// Layout: layers, left to right, by @dagrejs/dagre (Sugiyama-style layered drawing). References
// read like a sentence: the roots (globals, frames, gc.garbage, the getrefcount temporary) in
// the leftmost layer, what they reach to the right of them, a chain (a linked list) in order along
// one row, crossings kept few by dagre's ordering sweeps, and a cycle drawn with one back edge.
//
// Stability: one dagre graph lives for the whole run and is updated in place, so dagre's dynamic
// mode starts each step's ordering from the previous step's (the previous positions are fed
// back); the layout of a given set of boxes and arrows is cached, so stepping back and forth gives
// exactly the same picture. Boxes never overlap: each is sized with its refcount badge above and
// its "leaked until collected" tag below.

import { Graph, layout } from '@dagrejs/dagre';
import type { GraphModel } from './model';

export interface Place {
  x: number;
  y: number;
}

/** the room a box takes beyond its own rectangle */
export interface Margins {
  top: number;
  bottom: number;
  right: number;
}

/** the refcount badge's radius: it sits on the box's top right corner */
export const BADGE = 12;
/** the tag under a leaked or cyclic object ("leaked until collected") */
export const TAG_H = 17;
export const TAG_W = 150;

const RANK_SEP = 64;
const NODE_SEP = 16;
/** the invisible node every root hangs from: it holds all the roots in one (the leftmost) layer */
const SOURCE = '\u0000source';

export function marginsOf(n: GraphModel['nodes'][number], k: number): Margins {
  const tagged = n.leaked || n.cycle !== null;
  return {
    top: n.refcount !== null ? BADGE * k : 0,
    bottom: tagged ? TAG_H * k : 0,
    right: Math.max(n.width * k + (n.refcount !== null ? BADGE * k : 0), tagged ? TAG_W * k : 0),
  };
}

export class LayeredLayout {
  private g = this.fresh();
  /** layouts already computed, by the shape of the graph (same boxes, same arrows: same picture) */
  private cache = new Map<string, Map<string, Place>>();

  private fresh(): Graph {
    const g = new Graph({ multigraph: true });
    g.setDefaultEdgeLabel(() => ({}));
    return g;
  }

  reset(): void {
    this.g = this.fresh();
    this.cache.clear();
  }

  /** top-left corner of each node's box, by key. k: presentation mode's node scale */
  run(model: GraphModel, k = 1): Map<string, Place> {
    const sig = signature(model, k);
    const hit = this.cache.get(sig);
    if (hit !== undefined) return hit;
    const g = this.g;
    g.setGraph({ rankdir: 'LR', ranksep: RANK_SEP * k, nodesep: NODE_SEP * k, edgesep: 8 * k, rankalign: 'top', marginx: 0, marginy: 0 });
    const want = new Set<string>([SOURCE]);
    const margins = new Map<string, Margins>();
    g.setNode(SOURCE, { width: 0, height: 0 });
    for (const n of model.nodes) {
      const m = marginsOf(n, k);
      margins.set(n.key, m);
      want.add(n.key);
      g.setNode(n.key, { width: m.right, height: m.top + n.height * k + m.bottom });
    }
    for (const v of g.nodes()) if (!want.has(v)) g.removeNode(v);
    for (const e of g.edges()) g.removeEdge(e);
    for (const n of model.nodes) if (n.kind === 'root' || n.kind === 'transient') g.setEdge(SOURCE, n.key, { minlen: 1, weight: 50 }, 's');
    const seen = new Set<string>();
    // siblings keep the order of their slots: slot 0's target above slot 1's
    const constraints: { left: string; right: string }[] = [];
    let lastTarget = new Map<string, string>();
    for (const l of model.links) {
      if (l.weak || l.source === l.target) continue;
      const name = `${l.source}>${l.target}`;
      if (seen.has(name)) continue;
      seen.add(name);
      // a chain's next link weighs more: it is kept straight and short
      g.setEdge(l.source, l.target, { minlen: 1, weight: l.transient ? 1 : 2 }, 'r');
      const prev = lastTarget.get(l.source);
      if (prev !== undefined && prev !== l.target) constraints.push({ left: prev, right: l.target });
      lastTarget.set(l.source, l.target);
    }
    // what no root reaches (a leaked cycle) still goes right of the roots: one of each such
    // group hangs from the source by an edge that weighs nothing
    const reached = new Set<string>();
    const out = new Map<string, string[]>();
    for (const e of g.edges()) {
      let a = out.get(e.v);
      if (a === undefined) out.set(e.v, (a = []));
      a.push(e.w);
    }
    const reach = (from: string) => {
      const stack = [from];
      while (stack.length > 0) {
        const v = stack.pop()!;
        if (reached.has(v)) continue;
        reached.add(v);
        for (const w of out.get(v) ?? []) if (!reached.has(w)) stack.push(w);
      }
    };
    reach(SOURCE);
    for (const n of model.nodes) {
      if (reached.has(n.key)) continue;
      g.setEdge(SOURCE, n.key, { minlen: 2, weight: 0 }, 's');
      reach(n.key);
    }
    layout(g, { constraints });
    // boxes' top-left corners, the leftmost layer at x 0
    const placed = new Map<string, Place>();
    let x0 = Infinity;
    let y0 = Infinity;
    for (const n of model.nodes) {
      const d = g.node(n.key);
      const m = margins.get(n.key)!;
      const x = (d.x ?? 0) - m.right / 2;
      const y = (d.y ?? 0) - (d.height ?? 0) / 2 + m.top;
      placed.set(n.key, { x, y });
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y - m.top);
    }
    if (x0 !== Infinity) for (const p of placed.values()) ((p.x -= x0), (p.y -= y0));
    if (this.cache.size > 400) this.cache.clear();
    this.cache.set(sig, placed);
    return placed;
  }
}

/** what the layout depends on: the boxes' keys and sizes, and the strong arrows */
function signature(model: GraphModel, k: number): string {
  const parts: string[] = [String(k)];
  for (const n of model.nodes) parts.push(`${n.key}:${n.width}x${n.height}${n.refcount !== null ? 'b' : ''}${n.leaked || n.cycle !== null ? 't' : ''}:${n.kind[0]}`);
  parts.push('|');
  for (const l of model.links) if (!l.weak) parts.push(`${l.source}>${l.target}`);
  return parts.join(' ');
}
