// Layout: columns. Roots sit in the left column, each new object one column right of whatever
// first reaches it, level with the slot that points at it when that place is free, else in the
// free place nearest to it; what no root reaches goes below the rest.
//
// Placed objects stay where they are across steps and back-steps (positions live here, never in
// React or store state), even when they come to be reached another way (a linked list grown at
// its head keeps its old nodes where they stood). A step places only what it must: new objects,
// and the neighbours a growing object now covers (pushed down, like text reflowing). Each
// column is a sorted list of boxes, so a step costs well under a millisecond even with thousands
// of objects, and the same steps always give the same picture. Boxes never overlap, counting the
// refcount badge above a box and the "leaked until collected" tag below it.

import { HEADER_H, SLOT_H, type GNode, type GraphModel } from './model';

export interface SimNode {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  /** room the drawing needs beyond the box: above (refcount badge), below (tag line), right */
  top: number;
  bottom: number;
  right: number;
  depth: number;
  leaked: boolean;
  root: boolean;
  /** dragged by the user: stays where it was put */
  pinned: boolean;
  /** the last run that saw it */
  stamp: number;
}

/** column spacing */
export const COL = 290;
const GAP_X = 6;
const GAP_Y = 14;
/** the refcount badge's radius: it sits on the box's top right corner */
const BADGE = 12;
/** the tag under a leaked or cyclic object ("leaked until collected") */
const TAG_H = 17;
const TAG_W = 150;
/** how far below the reachable objects a newly leaked object is put */
const LEAK_DROP = 140;

export class Layout {
  readonly nodes = new Map<string, SimNode>();
  private stamp = 0;

  reset(): void {
    this.nodes.clear();
  }

  /**
   * lay out a model; returns the nodes in model order. k: how much larger than usual the nodes
   * are drawn (presentation mode). The columns stay as wide, so the type is larger at the same
   * overall width; a box wider than its column keeps clear of the next column's boxes vertically.
   */
  run(model: GraphModel, k = 1): SimNode[] {
    const colW = COL;
    const gapX = GAP_X * k;
    const gapY = GAP_Y * k;
    const stamp = ++this.stamp;
    const todo: SimNode[] = [];
    const out: SimNode[] = new Array(model.nodes.length);
    let grew = false;
    for (let i = 0; i < model.nodes.length; i++) {
      const n = model.nodes[i];
      const w = n.width * k;
      const h = n.height * k;
      const top = n.refcount !== null ? BADGE * k : 0;
      const tagged = n.leaked || n.cycle !== null;
      const bottom = tagged ? TAG_H * k : 0;
      const right = Math.max(w + (n.refcount !== null ? BADGE * k : 0), tagged ? TAG_W * k : 0);
      const root = n.kind === 'root' || n.kind === 'transient';
      let s = this.nodes.get(n.key);
      if (s === undefined) {
        s = { key: n.key, x: NaN, y: NaN, w, h, top, bottom, right, depth: n.depth, leaked: n.leaked, root, pinned: false, stamp };
        this.nodes.set(n.key, s);
        todo.push(s);
        out[i] = s;
        continue;
      }
      s.stamp = stamp;
      out[i] = s;
      if (!s.pinned && (h + bottom > s.h + s.bottom || top > s.top || right > s.right)) grew = true;
      s.w = w;
      s.h = h;
      s.top = top;
      s.bottom = bottom;
      s.right = right;
      s.depth = n.depth;
      s.leaked = n.leaked;
      s.root = root;
      // (a placed object keeps its column when it is reached differently: the picture stays put)
    }
    // what is gone is forgotten (a node that comes back later is placed afresh)
    for (const [key, s] of this.nodes) if (s.stamp !== stamp) this.nodes.delete(key);
    if (todo.length === 0 && !grew) return out;
    const gnodes = new Map<string, GNode>();
    for (const n of model.nodes) gnodes.set(n.key, n);

    // the columns as they stand (what is to be placed is left out)
    const moving = new Set(todo);
    const cells = new Cells(colW, gapX);
    for (const s of this.nodes.values()) if (!moving.has(s)) cells.add(s);
    // a box grew (a new slot, a tag): push what it now covers down, column by column
    if (grew) cells.reflow(gapY);

    // where the slot that first refers to each object sits in its parent
    const slotOf = new Map<string, number>();
    for (const l of model.links) {
      if (l.weak || slotOf.has(l.target)) continue;
      if (gnodes.get(l.target)?.parent === l.source) slotOf.set(l.target, l.slot);
    }
    let reachBottom = -Infinity;
    for (const s of this.nodes.values()) if (!moving.has(s) && !s.leaked) reachBottom = Math.max(reachBottom, s.y + s.h + s.bottom);
    if (reachBottom === -Infinity) reachBottom = 0;

    // place column by column (parents first), each column's new objects in the order of the
    // places they want (siblings keep the order of their slots)
    todo.sort((a, b) => a.depth - b.depth);
    for (let i = 0; i < todo.length; ) {
      let j = i;
      while (j < todo.length && todo[j].depth === todo[i].depth) j++;
      const batch = todo.slice(i, j).map((s) => ({ s, want: this.wanted(s, gnodes.get(s.key)!, slotOf, reachBottom, k) }));
      batch.sort((a, b) => a.want - b.want || (a.s.key < b.s.key ? -1 : 1));
      for (const { s, want } of batch) {
        s.x = this.columnX(s, gnodes.get(s.key)!, colW);
        if (want === Infinity) {
          const below = cells.bottom(s, s.x);
          s.y = below === -Infinity ? 0 : Math.max(0, below + gapY + s.top);
        } else s.y = cells.nearestFree(s, want, gapY);
        cells.add(s);
      }
      i = j;
    }
    return out;
  }

  /** a new node's column: the one after where whatever first reaches it stands (else by depth) */
  private columnX(s: SimNode, n: GNode, colW: number): number {
    const p = n.parent !== null ? this.nodes.get(n.parent) : undefined;
    const col = p !== undefined && !Number.isNaN(p.x) ? Math.floor(p.x / colW + 1e-9) + 1 : s.depth;
    return col * colW + (s.leaked ? colW * 0.14 : 0);
  }

  /** the y a node would like: level with the slot that refers to it */
  private wanted(s: SimNode, n: GNode, slotOf: Map<string, number>, reachBottom: number, k: number): number {
    // frames and gc.garbage: under the globals (the temporary goes by its argument, below)
    const g = this.nodes.get('globals');
    if (n.kind === 'root' && s !== g && g !== undefined && !Number.isNaN(g.y)) return g.y + g.h + g.bottom + GAP_Y * k + s.top;
    const p = n.parent !== null ? this.nodes.get(n.parent) : undefined;
    if (p !== undefined && !Number.isNaN(p.y)) {
      const slot = slotOf.get(n.key);
      if (slot !== undefined) return p.y + (HEADER_H + slot * SLOT_H + SLOT_H / 2) * k - (HEADER_H / 2) * k;
      return p.y;
    }
    if (!Number.isNaN(s.y)) return s.y; // changed column: stay level
    if (s.leaked) return reachBottom + LEAK_DROP * k;
    if (s.root) return 0;
    // reached only through slots not drawn, or weakly: under what is already in its column
    return Infinity;
  }
}



/**
 * The placed boxes by column cell (a strip colW wide). Two boxes sharing a cell count as side by
 * side, so a column is one sorted list and the free places in it are the gaps of that list.
 */
class Cells {
  private byCell = new Map<number, SimNode[]>();
  private sorted = new Set<number>();
  /** the lowest box bottom in each cell */
  private bottoms = new Map<number, number>();

  constructor(
    private colW: number,
    private gapX: number,
  ) {}

  private span(s: SimNode, x = s.x): [number, number] {
    return [Math.floor(x / this.colW), Math.floor((x + s.right + this.gapX - 1e-6) / this.colW)];
  }

  private list(c: number): SimNode[] {
    const l = this.byCell.get(c);
    if (l !== undefined && !this.sorted.has(c)) {
      l.sort((a, b) => a.y - a.top - (b.y - b.top));
      this.sorted.add(c);
    }
    return l ?? [];
  }

  /** the lowest box bottom in the cells a box at x would be in (-Infinity: none) */
  bottom(s: SimNode, x: number): number {
    const [c0, c1] = this.span(s, x);
    let b = -Infinity;
    for (let c = c0; c <= c1; c++) b = Math.max(b, this.bottoms.get(c) ?? -Infinity);
    return b;
  }

  add(s: SimNode): void {
    const [c0, c1] = this.span(s);
    const y1 = s.y + s.h + s.bottom;
    for (let c = c0; c <= c1; c++) {
      if (!(y1 <= (this.bottoms.get(c) ?? -Infinity))) this.bottoms.set(c, y1);
      let l = this.byCell.get(c);
      if (l === undefined) this.byCell.set(c, (l = []));
      if (this.sorted.has(c)) {
        // keep it sorted: binary search for the place
        const y0 = s.y - s.top;
        let lo = 0, hi = l.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (l[mid].y - l[mid].top <= y0) lo = mid + 1;
          else hi = mid;
        }
        l.splice(lo, 0, s);
      } else l.push(s);
    }
  }

  /** the y nearest to `want` where s (at its x, already chosen) touches no placed box */
  nearestFree(s: SimNode, want: number, gapY: number): number {
    const x = s.x;
    // below everything in the column (a column being filled from the top): free
    if (want - s.top >= this.bottom(s, x) + gapY) return want;
    const [c0, c1] = this.span(s, x);
    let boxes = this.list(c0);
    if (c1 > c0) {
      const seen = new Set<SimNode>();
      const all: SimNode[] = [];
      for (let c = c0; c <= c1; c++) for (const o of this.list(c)) if (!seen.has(o)) (seen.add(o), all.push(o));
      boxes = all.sort((a, b) => a.y - a.top - (b.y - b.top));
    }
    // s at y covers [y - top, y + h + bottom]; each box blocks an open interval of y. The boxes
    // are in order of their tops, so the blocked intervals come in order of their starts: merge
    // them as they come, and if `want` is inside one, the nearer of its two ends is free.
    const down = s.h + s.bottom + gapY;
    const up = s.top + gapY;
    let lo = NaN;
    let hi = NaN;
    for (const o of boxes) {
      const blo = o.y - o.top - down;
      const bhi = o.y + o.h + o.bottom + up;
      if (Number.isNaN(lo)) ((lo = blo), (hi = bhi));
      else if (blo < hi) hi = Math.max(hi, bhi);
      else {
        if (lo < want && want < hi) return nearerEnd(want, lo, hi);
        if (blo > want) return want;
        lo = blo;
        hi = bhi;
      }
    }
    return !Number.isNaN(lo) && lo < want && want < hi ? nearerEnd(want, lo, hi) : want;
  }

  /** push boxes that now overlap the one above them down (pinned boxes stay) */
  reflow(gapY: number): void {
    const all = new Set<SimNode>();
    for (const l of this.byCell.values()) for (const s of l) all.add(s);
    const order = [...all].sort((a, b) => a.y - a.top - (b.y - b.top) || (a.key < b.key ? -1 : 1));
    const floor = new Map<number, number>();
    for (const s of order) {
      const [c0, c1] = this.span(s);
      let need = -Infinity;
      for (let c = c0; c <= c1; c++) need = Math.max(need, floor.get(c) ?? -Infinity);
      if (!s.pinned && s.y - s.top < need) s.y = need + s.top;
      for (let c = c0; c <= c1; c++) floor.set(c, Math.max(floor.get(c) ?? -Infinity, s.y + s.h + s.bottom + gapY));
    }
    this.sorted.clear();
    for (const [c, f] of floor) this.bottoms.set(c, f - gapY);
  }
}

/** the nearer end of a blocked stretch; below is preferred a little (siblings stack downwards) */
function nearerEnd(want: number, lo: number, hi: number): number {
  return hi - want <= (want - lo) * 1.25 ? hi : lo;
}
