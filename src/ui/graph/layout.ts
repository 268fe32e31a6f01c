// Layout: a d3-force simulation keyed by node key (object id), ticked synchronously per step so
// the same steps always give the same picture. Roots sit in the left column, each object one
// column right of whatever first reaches it, pulled level with the slot that points at it;
// what no root reaches sinks below. Positions survive across steps (and back-steps) here,
// never in React or store state.

import * as d3 from 'd3';
import { HEADER_H, SLOT_H, type GNode, type GraphModel } from './model';

export interface SimNode extends d3.SimulationNodeDatum {
  key: string;
  w: number;
  h: number;
  depth: number;
  leaked: boolean;
  root: boolean;
  pinned: boolean;
}

const COL = 290;
const GAP = 18;

export class Layout {
  readonly nodes = new Map<string, SimNode>();
  private rand = d3.randomLcg(0x5eed);

  reset(): void {
    this.nodes.clear();
    this.rand = d3.randomLcg(0x5eed);
  }

  /** lay out a model; returns the nodes in model order */
  run(model: GraphModel): SimNode[] {
    const order = [...model.nodes].sort((a, b) => a.depth - b.depth);
    const alive = new Set(model.nodes.map((n) => n.key));
    for (const k of [...this.nodes.keys()]) if (!alive.has(k)) this.nodes.delete(k);
    let fresh = 0;
    let maxY = 0;
    for (const n of this.nodes.values()) if (!n.leaked) maxY = Math.max(maxY, (n.y ?? 0) + n.h);
    for (const n of order) {
      let s = this.nodes.get(n.key);
      if (s === undefined) {
        fresh++;
        s = this.place(n, maxY);
        this.nodes.set(n.key, s);
      }
      s.w = n.width;
      s.h = n.height;
      s.depth = n.depth;
      s.leaked = n.leaked;
      s.root = n.kind === 'root' || n.kind === 'transient';
    }
    const simNodes = model.nodes.map((n) => this.nodes.get(n.key)!);
    if (fresh === 0 && model.nodes.length > 0 && !this.dirty(simNodes)) return simNodes;
    const n = simNodes.length;
    const ticks = n < 150 ? 160 : n < 600 ? 80 : n < 1500 ? 30 : 14;
    let reachBottom = 0;
    for (const s of simNodes) if (!s.leaked && s.x !== undefined) reachBottom = Math.max(reachBottom, (s.y ?? 0) + s.h);
    const sim = d3
      .forceSimulation<SimNode>(simNodes)
      .randomSource(this.rand)
      .alpha(fresh > 0 ? 0.7 : 0.3)
      .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
      .velocityDecay(0.45)
      .force('x', d3.forceX<SimNode>((d) => d.depth * COL + (d.leaked ? 40 : 0)).strength((d) => (d.root ? 0.9 : 0.5)))
      .force('y', d3.forceY<SimNode>((d) => (d.leaked ? reachBottom + 140 : 0)).strength((d) => (d.leaked ? 0.08 : 0.004)))
      .force('slot', slotForce(model, this.nodes))
      .force('collide', rectCollide())
      .stop();
    for (let i = 0; i < ticks; i++) sim.tick();
    // the globals root is the anchor of the whole picture
    const g = this.nodes.get('globals');
    if (g && !g.pinned) {
      const dx = -(g.x ?? 0);
      const dy = -(g.y ?? 0);
      if (Math.abs(dx) > 0.5 || Math.abs(dy) > 0.5) for (const s of simNodes) if (!s.pinned) ((s.x = (s.x ?? 0) + dx), (s.y = (s.y ?? 0) + dy));
    }
    for (const s of simNodes) ((s.vx = 0), (s.vy = 0));
    return simNodes;
  }

  private dirty(nodes: SimNode[]): boolean {
    // sizes or columns changed: settle again
    for (const s of nodes) if (Math.abs((s.x ?? 0) - s.depth * COL) > COL * 0.6 && !s.pinned) return true;
    return overlaps(nodes);
  }

  private place(n: GNode, maxY: number): SimNode {
    const p = n.parent !== null ? this.nodes.get(n.parent) : undefined;
    const jitter = (this.rand() - 0.5) * 60;
    const x = n.depth * COL;
    const y = p !== undefined ? (p.y ?? 0) + jitter : n.leaked ? maxY + 140 + jitter : jitter + (n.kind === 'root' ? maxY + GAP : 0);
    return { key: n.key, x, y, w: n.width, h: n.height, depth: n.depth, leaked: n.leaked, root: n.kind === 'root', pinned: false };
  }
}

function overlaps(nodes: SimNode[]): boolean {
  if (nodes.length > 400) return false;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if ((a.x ?? 0) < (b.x ?? 0) + b.w && (b.x ?? 0) < (a.x ?? 0) + a.w && (a.y ?? 0) < (b.y ?? 0) + b.h && (b.y ?? 0) < (a.y ?? 0) + a.h) return true;
    }
  return false;
}

/** pull each object level with the slot that refers to it (arrows then run nearly straight) */
function slotForce(model: GraphModel, byKey: Map<string, SimNode>): d3.Force<SimNode, undefined> {
  const pairs: [SimNode, SimNode, number][] = [];
  const indeg = new Map<string, number>();
  for (const l of model.links) {
    if (l.weak || l.source === l.target) continue;
    const s = byKey.get(l.source);
    const t = byKey.get(l.target);
    if (!s || !t || t.root) continue;
    pairs.push([s, t, HEADER_H + l.slot * SLOT_H + SLOT_H / 2 - HEADER_H / 2]);
    indeg.set(l.target, (indeg.get(l.target) ?? 0) + 1);
  }
  const f = (alpha: number) => {
    for (const [s, t, off] of pairs) {
      const k = (0.25 * alpha) / (indeg.get(t.key) ?? 1);
      const dy = (s.y ?? 0) + off - (t.y ?? 0);
      if (!t.pinned) t.vy = (t.vy ?? 0) + dy * k;
    }
  };
  return f;
}

/** rectangles never overlap: pairs found through a coarse grid, pushed apart mostly vertically */
function rectCollide(): d3.Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  /** a pair is seen once per tick: keyed by the nodes' indices (no string per pair) */
  let index = new Map<SimNode, number>();
  const CELL = 240;
  const f = () => {
    const grid = new Map<number, SimNode[]>();
    for (const n of nodes) {
      const x0 = Math.floor((n.x ?? 0) / CELL);
      const x1 = Math.floor(((n.x ?? 0) + n.w) / CELL);
      const y0 = Math.floor((n.y ?? 0) / CELL);
      const y1 = Math.floor(((n.y ?? 0) + n.h) / CELL);
      for (let cx = x0; cx <= x1; cx++)
        for (let cy = y0; cy <= y1; cy++) {
          const k = cx * 100003 + cy;
          let c = grid.get(k);
          if (!c) grid.set(k, (c = []));
          c.push(n);
        }
    }
    const seen = new Set<number>();
    for (const cell of grid.values()) {
      for (let i = 0; i < cell.length; i++)
        for (let j = i + 1; j < cell.length; j++) {
          const a = cell[i];
          const b = cell[j];
          const ax = a.x ?? 0, ay = a.y ?? 0, bx = b.x ?? 0, by = b.y ?? 0;
          const ox = Math.min(ax + a.w, bx + b.w) - Math.max(ax, bx) + GAP;
          const oy = Math.min(ay + a.h, by + b.h) - Math.max(ay, by) + GAP;
          if (ox <= 0 || oy <= 0) continue;
          const ia = index.get(a)!, ib = index.get(b)!;
          const pk = ia < ib ? ia * nodes.length + ib : ib * nodes.length + ia;
          if (seen.has(pk)) continue;
          seen.add(pk);
          const wa = a.pinned ? 0 : b.pinned ? 1 : 0.5;
          const wb = 1 - wa;
          if (oy < ox * 1.6 || a.depth === b.depth) {
            const dir = ay + a.h / 2 < by + b.h / 2 || (ay + a.h / 2 === by + b.h / 2 && a.key < b.key) ? -1 : 1;
            a.y = ay + dir * oy * wa;
            b.y = by - dir * oy * wb;
          } else {
            const dir = ax < bx ? -1 : 1;
            a.x = ax + dir * ox * wa;
            b.x = bx - dir * ox * wb;
          }
        }
    }
  };
  f.initialize = (ns: SimNode[]) => {
    nodes = ns;
    index = new Map(ns.map((n, i) => [n, i]));
  };
  return f;
}
