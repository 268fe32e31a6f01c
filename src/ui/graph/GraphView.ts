// The heap graph's renderer: D3 over SVG (and canvas for very large heaps). It owns the layout,
// the animation between steps, and the nodes' and arrows' elements; the zoom lives in
// viewport.ts, a node's insides in nodeDraw.ts, the arrows' paths in links.ts. React only hands
// it models and highlights.

import * as d3 from 'd3';
import type { GcPhaseState } from '../../trace/types';
import { objKey, type GLink, type GNode, type GraphModel } from './model';
import { Layout, type SimNode } from './layout';
import { LayeredLayout } from './layered';
import { CanvasRenderer } from './canvas';
import { Viewport, boundsOf, type Box, type Pt } from './viewport';
import { Minimap } from './minimap';
import { GraphKeys, focusStepControls } from './graphKeys';
import { appendArrowMarkers } from './nodeDraw';
import { linkPath } from './links';
import { accessibleName, drawNode, nodeClassFn, setAttr, type NodeMemo } from './nodeDraw';

export interface Highlights {
  selected: number | null;
  whyLinks: Set<string>;
  whyNodes: Set<string>;
  gc: GcPhaseState | null;
  subject: number | null;
  /** the step runs a finalizer: flash its object */
  finalizer: boolean;
}

export interface GraphCallbacks {
  onSelect(id: number | null): void;
}

/** above this many nodes the graph draws on a canvas */
export const CANVAS_OVER = 900;
/**
 * up to this many nodes the layered layout (dagre) places them; above it, the incremental column
 * layout, which places only what is new in well under a millisecond (dagre takes 30 ms and more
 * at 200 nodes, too long for a step's frame budget)
 */
export const LAYERED_MAX = 150;
const MOVE_MS = 420;
/** a step that brings more objects than this shows them at once (no flying in, no fading) */
const BULK = 40;
/** how long one frame may spend drawing new nodes' insides */
const DRAW_BUDGET_MS = 4;

type NodeEl = SVGGElement & { __tf?: string; __css?: string };
type LinkEl = SVGPathElement & { __d?: string };

export class GraphView {
  readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private viewport: d3.Selection<SVGGElement, unknown, null, undefined>;
  private linkLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private nodeLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private weakLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private vp: Viewport;
  private columns = new Layout();
  private layered = new LayeredLayout();
  /** nodes the user dragged: they stay where they were put */
  private pinned = new Map<string, Pt>();
  /** where each node is drawn right now (interpolated while moving) */
  private disp = new Map<string, Pt>();
  private from = new Map<string, Pt>();
  private target = new Map<string, Pt>();
  private anim: d3.Timer | null = null;
  private model: GraphModel | null = null;
  private sizes = new Map<string, { w: number; h: number }>();
  private memo: NodeMemo = { refcount: new Map(), gcRefs: new Map() };
  private canvas: CanvasRenderer;
  private minimap: Minimap;
  private keys: GraphKeys;
  private mode: 'svg' | 'canvas' = 'svg';
  private hl: Highlights | null = null;
  /** the drawn (not freed) nodes and links by key, and the links at each node */
  private nodeEls = new Map<string, NodeEl>();
  private linkEls = new Map<string, LinkEl>();
  private linksAt = new Map<string, GLink[]>();

  constructor(
    private host: HTMLElement,
    private cb: GraphCallbacks,
  ) {
    this.svg = d3
      .select(host)
      .append('svg')
      .attr('class', 'heap-svg')
      .attr('role', 'group')
      .attr('aria-label', 'Heap graph: Tab to reach the objects, arrow keys move between them, Enter opens one in the Inspector');
    appendArrowMarkers(this.svg.append('defs'));
    this.viewport = this.svg.append('g').attr('class', 'viewport');
    this.linkLayer = this.viewport.append('g').attr('class', 'links');
    // (not a tab stop itself: Chromium would make an svg group with key listeners one)
    this.nodeLayer = this.viewport.append('g').attr('class', 'nodes').attr('tabindex', '-1');
    this.weakLayer = this.viewport.append('g').attr('class', 'links weak-links');
    this.canvas = new CanvasRenderer(host, (id) => this.cb.onSelect(id));
    this.vp = new Viewport(host, this.svg, this.viewport, {
      onTransform: () => {
        if (this.mode === 'canvas') this.drawCanvas();
        else if (this.pending.size > 0 && this.drainFrame === null) this.drainFrame = requestAnimationFrame(this.drain);
        this.drawMinimap();
      },
      // the panel changed size (a window resized, presentation mode): fit again
      onResize: () => this.fit(false, true),
    });
    this.minimap = new Minimap(host, (p) => this.vp.centerOn(p));
    this.keys = new GraphKeys(this.nodeLayer.node()!, {
      places: () => this.places(),
      element: (k) => this.nodeEls.get(k),
      select: (k) => {
        const id = this.model?.nodes.find((n) => n.key === k)?.objectId ?? null;
        if (id !== null) this.cb.onSelect(id);
      },
      reveal: (k) => this.reveal(k),
      leave: focusStepControls,
    });
    this.svg.on('click', (e: MouseEvent) => {
      if (e.target === this.svg.node()) this.cb.onSelect(null);
    });
  }

  destroy(): void {
    this.anim?.stop();
    this.vp.destroy();
    if (this.drainFrame !== null) cancelAnimationFrame(this.drainFrame);
    this.pending.clear();
    this.svg.remove();
    this.canvas.destroy();
    this.minimap.destroy();
  }

  /** a new program: forget every position */
  reset(): void {
    this.columns.reset();
    this.layered.reset();
    this.pinned.clear();
    this.disp.clear();
    this.vp.reset();
    this.memo.refcount.clear();
    this.memo.gcRefs.clear();
  }

  get maxScale(): number {
    return this.vp.maxScale;
  }

  set maxScale(v: number) {
    this.vp.maxScale = v;
  }

  /** how much larger each node is drawn (presentation mode). Set it, then reset() and update() */
  get nodeScale(): number {
    return this.vp.nodeScale;
  }

  set nodeScale(v: number) {
    this.vp.nodeScale = v;
  }

  /** the smallest on-screen type size a fit keeps */
  set minTextPx(v: number) {
    this.vp.minTextPx = v;
  }

  /** large heaps are drawn on a canvas, not as SVG nodes */
  get canvasElement(): HTMLCanvasElement | null {
    return this.mode === 'canvas' ? this.canvas.element : null;
  }

  get nodeCount(): number {
    return this.model?.nodes.length ?? 0;
  }

  private *places(): Iterable<[string, Pt, { w: number; h: number }]> {
    for (const [k, p] of this.target) {
      const s = this.sizes.get(k);
      if (s !== undefined) yield [k, p, s];
    }
  }

  /** where each node goes: the layered layout for ordinary heaps, the columns for big ones */
  private placeAll(model: GraphModel, k: number): Map<string, Pt> {
    if (model.nodes.length <= LAYERED_MAX) {
      this.columns.reset();
      return this.layered.run(model, k);
    }
    const sim: SimNode[] = this.columns.run(model, k);
    return new Map(sim.map((s) => [s.key, { x: s.x, y: s.y }]));
  }

  update(model: GraphModel, hl: Highlights): void {
    const first = this.model === null || this.model.nodes.length === 0;
    this.model = model;
    this.hl = hl;
    const k = this.nodeScale;
    const places = this.placeAll(model, k);
    let entering = 0;
    for (const n of model.nodes) if (!this.disp.has(n.key)) entering++;
    const bulk = entering > BULK;
    this.sizes.clear();
    for (const n of model.nodes) this.sizes.set(n.key, { w: n.width * k, h: n.height * k });
    this.from.clear();
    this.target.clear();
    for (const n of model.nodes) {
      const s = this.pinned.get(n.key) ?? places.get(n.key);
      const t = { x: s?.x ?? 0, y: s?.y ?? 0 };
      this.target.set(n.key, t);
      const cur = this.disp.get(n.key);
      if (cur) this.from.set(n.key, { ...cur });
      else if (bulk) {
        this.from.set(n.key, t);
        this.disp.set(n.key, { ...t });
      } else {
        // grow in near the creator
        const p = n.parent !== null ? (this.disp.get(n.parent) ?? this.target.get(n.parent)) : undefined;
        const start = p ? { x: p.x + (this.sizes.get(n.parent!)?.w ?? 80) * 0.5, y: p.y } : t;
        this.from.set(n.key, start);
        this.disp.set(n.key, { ...start });
      }
    }
    this.keys.settle(model.nodes.map((n) => n.key));
    const wantCanvas = model.nodes.length > CANVAS_OVER;
    if (wantCanvas !== (this.mode === 'canvas')) {
      this.mode = wantCanvas ? 'canvas' : 'svg';
      this.canvas.setVisible(wantCanvas);
      this.svg.classed('under-canvas', wantCanvas);
      if (wantCanvas) {
        this.pending.clear();
        this.nodeEls.clear();
        this.linkEls.clear();
        this.linksAt.clear();
        this.nodeLayer.selectAll('*').remove();
        this.linkLayer.selectAll('*').remove();
        this.weakLayer.selectAll('*').remove();
      }
    }
    if (this.mode === 'svg') this.renderSvg(model, hl, bulk);
    else this.canvas.setModel(model, hl);
    // forget freed nodes' positions after their fade
    const alive = new Set(model.nodes.map((n) => n.key));
    for (const key of [...this.disp.keys()]) if (!alive.has(key) && !this.fading.has(key)) this.disp.delete(key);
    // what covers the drawing: on the full page the buttons have a strip of their own above it
    // (the host starts below it), elsewhere they float over its top and its right edge; a
    // collection's banner (44 px below the panel's top, up to about 88 px tall) covers its top
    const strip = this.host.offsetTop;
    this.vp.topCover = Math.max(hl.gc ? 132 - strip : 0, strip > 0 ? 8 : 44);
    this.vp.rightCover = strip > 0 ? 0 : 44;
    this.animate(first || !this.vp.userZoomed);
    this.drawMinimap();
  }

  /** fit the graph to the view (never below a readable size: the minimap shows the rest) */
  fit(animated = true, onlyIfNeeded = false): void {
    this.vp.fit(this.bounds(this.target), this.focusBox(), animated, onlyIfNeeded);
    this.drawMinimap();
  }

  zoomBy(f: number): void {
    this.vp.zoomBy(f);
  }

  /**
   * what to keep in view: the step's object, else the selection; with neither, none (the view
   * then shows the picture from its top-left corner, where the roots are, without cutting its
   * top or left edge)
   */
  private focusBox(): Box | null {
    const id = this.hl?.subject ?? this.hl?.selected ?? null;
    return id !== null && this.target.has(objKey(id)) ? this.boxOf(objKey(id)) : null;
  }

  private boxOf(key: string): Box | null {
    const p = this.target.get(key);
    const sz = this.sizes.get(key);
    if (p === undefined || sz === undefined) return null;
    return { x0: p.x, y0: p.y - 14, x1: p.x + sz.w + 14, y1: p.y + sz.h + 18 };
  }

  /** pan so that a node is in view (keyboard focus moved to it) */
  private reveal(key: string): void {
    const b = this.boxOf(key);
    if (b !== null) this.vp.reveal(b);
  }

  private bounds(pts: Map<string, Pt>): Box | null {
    return boundsOf(pts, this.sizes);
  }

  /** the minimap, shown while part of the heap is out of view */
  private drawMinimap(): void {
    const all = this.bounds(this.target);
    const v = this.vp.viewRect();
    const out = all !== null && (all.x0 < v.x0 - 1 || all.y0 < v.y0 - 1 || all.x1 > v.x1 + 1 || all.y1 > v.y1 + 1);
    const boxes = (function* (self: GraphView) {
      for (const [, p, s] of self.places()) yield [p, s] as [Pt, { w: number; h: number }];
    })(this);
    this.minimap.draw(boxes, all, v, out);
    this.vp.cornerShown = out;
  }

  private animate(refit: boolean): void {
    this.anim?.stop();
    this.anim = null;
    if (refit) this.fit(!this.vp.firstFrame(), !this.vp.firstFrame());
    // only what moves is written each frame (and the arrows at it)
    const moving: string[] = [];
    for (const [k, to] of this.target) {
      const f = this.from.get(k) ?? to;
      if (Math.abs(f.x - to.x) > 0.01 || Math.abs(f.y - to.y) > 0.01) moving.push(k);
    }
    const still = new Set<string>();
    for (const k of this.target.keys()) still.add(k);
    for (const k of moving) still.delete(k);
    // every node and arrow once: settled ones at their places, moving ones at their starts
    this.drawPositions(false, undefined, still);
    if (moving.length === 0) return;
    const ease = d3.easeCubicInOut;
    const step = (elapsed: number) => {
      const t = Math.min(1, elapsed / MOVE_MS);
      const e = ease(t);
      for (const k of moving) {
        const to = this.target.get(k)!;
        const f = this.from.get(k) ?? to;
        const d = this.disp.get(k);
        if (d) ((d.x = f.x + (to.x - f.x) * e), (d.y = f.y + (to.y - f.y) * e));
      }
      this.drawPositions(t >= 1, moving);
      if (t >= 1) {
        this.anim?.stop();
        this.anim = null;
      }
    };
    this.anim = d3.timer(step);
  }

  /**
   * Write node places and arrow paths: of the given nodes (all when none are given). `final`:
   * the place is the node's resting one. Nodes in `settled` are written as resting whatever
   * `final` says.
   */
  private drawPositions(final = true, keys?: Iterable<string>, settled?: Set<string>): void {
    if (this.mode === 'canvas') {
      this.drawCanvas();
      return;
    }
    // write only what changed: an identical attribute write still invalidates the element's
    // layout and paint in the browser, so rewriting every node each frame repaints the whole graph.
    // While moving, a node is placed with the CSS transform property (a change of the transform
    // attribute lays out the node's texts again, the CSS property does not); when it settles, the
    // transform attribute gets the final place (exports and readers see the attribute)
    const sc = this.nodeScale !== 1 ? ` scale(${this.nodeScale})` : '';
    const nodeKeys = keys ?? this.nodeEls.keys();
    let links: Iterable<[string, LinkEl]>;
    if (keys === undefined) links = this.linkEls;
    else {
      const m = new Map<string, LinkEl>();
      for (const k of keys) for (const l of this.linksAt.get(k) ?? []) {
        const el = this.linkEls.get(l.key);
        if (el) m.set(l.key, el);
      }
      links = m;
    }
    for (const key of nodeKeys) {
      const el = this.nodeEls.get(key);
      if (!el) continue;
      const p = this.disp.get(key);
      if (!p) {
        if (el.__tf !== undefined || el.hasAttribute('transform')) el.removeAttribute('transform');
        el.__tf = undefined;
        if (el.__css !== undefined) (el.style.removeProperty('transform'), (el.__css = undefined));
        continue;
      }
      if (final || settled?.has(key)) {
        const v = `translate(${p.x},${p.y})${sc}`;
        if (el.__tf !== v) (el.setAttribute('transform', v), (el.__tf = v));
        if (el.__css !== undefined) (el.style.removeProperty('transform'), (el.__css = undefined));
      } else {
        const v = `translate(${p.x}px,${p.y}px)${sc}`;
        if (el.__css === v) continue;
        if (el.__css === undefined && el.__tf === `translate(${p.x},${p.y})${sc}`) continue;
        el.style.transform = v;
        el.__css = v;
      }
    }
    for (const [, el] of links) {
      const d = (el as unknown as { __data__: GLink }).__data__;
      const v = linkPath(d, this.disp, this.sizes, this.nodeScale);
      if (el.__d === v) continue;
      el.__d = v;
      el.setAttribute('d', v);
    }
  }

  private drawCanvas(): void {
    this.canvas.draw(this.disp, this.vp.transform);
  }

  private fading = new Set<string>();

  private renderSvg(model: GraphModel, hl: Highlights, bulk: boolean): void {
    const gc = hl.gc;
    const self = this;
    const nodeClass = nodeClassFn(hl, (k) => this.pinned.has(k));

    // ---- links ----
    // (many at once, as after a jump: no fading, each fading element is drawn again every frame)
    // (weak references are drawn above the boxes, never hidden behind one)
    this.linkEls.clear();
    this.linksAt.clear();
    for (const [layer, data] of [
      [this.linkLayer, model.links.filter((l) => !l.weak)],
      [this.weakLayer, model.links.filter((l) => l.weak)],
    ] as const) {
    const links = layer.selectAll<SVGPathElement, GLink>('path.link:not(.freed)').data(data, (d) => d.key);
    const lx = links.exit();
    if (lx.size() > BULK) lx.remove();
    else lx.classed('freed', true).transition().duration(700).style('opacity', 0).remove();
    const le = links.enter().append('path').attr('class', 'link');
    if (!bulk) le.style('opacity', 0).transition().delay(150).duration(300).style('opacity', null);
    // (attributes are written only when they change: each write invalidates style and layout)
    le.merge(links).each(function (d) {
      self.linkEls.set(d.key, this);
      for (const k of d.source === d.target ? [d.source] : [d.source, d.target]) {
        let a = self.linksAt.get(k);
        if (a === undefined) self.linksAt.set(k, (a = []));
        a.push(d);
      }
      setAttr(this, 'data-from', d.source);
      setAttr(this, 'data-to', d.target);
      setAttr(this, 'data-label', d.pathLabel);
      const c = ['link'];
      if (d.weak) c.push('weak');
      if (d.transient) c.push('temp');
      if (d.cycle) c.push('cycle');
      if (hl.whyLinks.has(d.key)) c.push('why');
      setAttr(this, 'class', c.join(' '));
      setAttr(
        this,
        'marker-end',
        hl.whyLinks.has(d.key) ? 'url(#arrow-why)' : d.transient ? 'url(#arrow-temp)' : d.cycle ? 'url(#arrow-cycle)' : d.weak ? 'url(#arrow-weak)' : 'url(#arrow)',
      );
    });
    }

    // ---- nodes ----
    const nodes = this.nodeLayer.selectAll<SVGGElement, GNode>('g.node:not(.freed)').data(model.nodes, (d) => d.key);
    const nx = nodes.exit() as d3.Selection<SVGGElement, GNode, SVGGElement, unknown>;
    if (nx.size() > BULK) {
      nx.each((d) => {
        this.pending.delete(d.key);
        if (!this.target.has(d.key)) this.disp.delete(d.key);
      });
      nx.interrupt().remove();
    } else nx.each(function (d) {
      // freed: fade out where it stood
      const g = d3.select(this as SVGGElement);
      if (g.classed('freed')) return;
      self.pending.delete(d.key);
      self.fading.add(d.key);
      g.classed('freed', true).attr('data-object-id', null).attr('data-refcount', '0').attr('tabindex', null).attr('aria-hidden', 'true');
      g.select('.badge-inner text').text('0');
      g.append('text').attr('class', 'freed-label').attr('x', 0).attr('y', -8).text('freed');
      g.transition()
        .duration(900)
        .style('opacity', 0)
        .on('end', () => {
          self.fading.delete(d.key);
          if (!self.target.has(d.key)) self.disp.delete(d.key);
        })
        .remove();
    });
    const sc = this.nodeScale !== 1 ? ` scale(${this.nodeScale})` : '';
    const ne = nodes
      .enter()
      .append('g')
      .attr('class', 'node')
      .each(function (d) {
        const p = self.disp.get(d.key);
        if (!p) return;
        const v = `translate(${p.x},${p.y})${sc}`;
        this.setAttribute('transform', v);
        (this as NodeEl).__tf = v;
      });
    // a few new objects fade in as they fly out of their creator; many just appear
    ne.append('g').attr('class', bulk ? 'grow' : 'grow grow-in').attr('tabindex', '-1');
    ne.on('click', (e: MouseEvent, d) => {
      e.stopPropagation();
      if (d.objectId !== null) this.cb.onSelect(d.objectId);
    });
    ne.call(
      d3
        .drag<SVGGElement, GNode>()
        .on('drag', (e, d) => {
          const p = this.disp.get(d.key);
          if (!p) return;
          p.x += e.dx;
          p.y += e.dy;
          const sn = this.columns.nodes.get(d.key);
          if (sn) ((sn.x = p.x), (sn.y = p.y), (sn.pinned = true));
          this.pinned.set(d.key, { ...p });
          this.target.set(d.key, { ...p });
          d3.select(e.sourceEvent?.target?.closest?.('g.node') ?? null).classed('pinned', true);
          this.drawPositions(true, [d.key]);
        }),
    );
    ne.on('dblclick', (e: MouseEvent, d) => {
      const sn = this.columns.nodes.get(d.key);
      if (sn) sn.pinned = false;
      this.pinned.delete(d.key);
      d3.select(e.currentTarget as SVGGElement).classed('pinned', false);
    });
    const all = ne.merge(nodes);
    this.nodeEls.clear();
    all.each(function (d) {
      self.nodeEls.set(d.key, this);
      setAttr(this, 'data-object-id', d.objectId !== null ? String(d.objectId) : null);
      setAttr(this, 'data-type', d.type);
      setAttr(this, 'data-gen', d.kind === 'object' && d.generation >= 0 ? String(d.generation) : null);
      setAttr(this, 'data-refcount', d.refcount !== null ? String(d.refcount) : null);
      setAttr(this, 'data-generator', d.generator !== undefined ? String(d.generator) : null);
      setAttr(this, 'data-key', d.key);
      setAttr(this, 'class', nodeClass(d));
      setAttr(this, 'role', d.kind === 'atom' ? 'img' : 'button');
      setAttr(this, 'tabindex', d.key === self.keys.current ? '0' : '-1');
      setAttr(this, 'aria-label', accessibleName(d, model));
      const wave = `${Math.min(d.depth, 8) * 140}ms`;
      if (this.style.getPropertyValue('--wave') !== wave) this.style.setProperty('--wave', wave);
    });
    // many new nodes (a jump, a first big picture): their insides are drawn from the next frame
    // on, a few milliseconds' worth a frame and only once in view, so no frame waits for them
    const entered = bulk ? new Set(ne.nodes()) : null;
    all.each(function (d) {
      // (a node still waiting from an earlier step keeps waiting, with this step's contents)
      if (entered?.has(this) || self.pending.has(d.key)) {
        self.pending.set(d.key, { el: this, d });
        return;
      }
      self.pending.delete(d.key);
      drawNode(d3.select(this as SVGGElement), d, gc, self.memo);
    });
    if (this.pending.size > 0 && this.drainFrame === null) this.drainFrame = requestAnimationFrame(this.drain);
  }

  /** nodes whose insides are still to be drawn */
  private pending = new Map<string, { el: SVGGElement; d: GNode }>();
  private drainFrame: number | null = null;

  private drain = (): void => {
    this.drainFrame = null;
    const t0 = performance.now();
    // only what is in view: what is not waits until a pan or zoom brings it in (or an export),
    // as drawing it would cost frames for nothing to see
    const v = this.vp.viewRect();
    let more = false;
    for (const [k, { el, d }] of this.pending) {
      const p = this.target.get(k);
      const sz = this.sizes.get(k);
      const seen = p !== undefined && sz !== undefined && p.x + sz.w >= v.x0 && p.x <= v.x1 && p.y + sz.h >= v.y0 - 20 && p.y - 20 <= v.y1;
      if (!seen && el.isConnected) continue;
      if (performance.now() - t0 > DRAW_BUDGET_MS) {
        more = true;
        break;
      }
      this.pending.delete(k);
      if (el.isConnected) drawNode(d3.select(el), d, this.hl?.gc ?? null, this.memo);
    }
    if (more) this.drainFrame = requestAnimationFrame(this.drain);
  };

  /** the step's picture at rest at once: moves ended, arrows and boxes final (a frame of an animated export) */
  settle(): void {
    this.anim?.stop();
    this.anim = null;
    this.drawPositions(true);
    this.flush();
    this.svg.selectAll<SVGElement, unknown>('.freed').interrupt().remove();
    this.svg.selectAll<SVGElement, unknown>('.link').interrupt().style('opacity', null);
  }

  /** draw whatever is still waiting (before the picture is exported) */
  flush(): void {
    if (this.drainFrame !== null) cancelAnimationFrame(this.drainFrame);
    this.drainFrame = null;
    for (const { el, d } of this.pending.values()) if (el.isConnected) drawNode(d3.select(el), d, this.hl?.gc ?? null, this.memo);
    this.pending.clear();
  }

}
export type { SimNode };
