// The heap graph's renderer: D3 over SVG (and canvas for very large heaps). It owns the layout,
// the zoom, the animation between steps; React only hands it models and highlights.

import * as d3 from 'd3';
import type { GcPhaseState } from '../../trace/types';
import { HEADER_H, MAX_SLOTS, SLOT_H, objKey, type GLink, type GNode, type GraphModel } from './model';
import { Layout, type SimNode } from './layout';
import { CanvasRenderer } from './canvas';

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

type Pt = { x: number; y: number };

/** above this many nodes the graph draws on a canvas */
export const CANVAS_OVER = 900;
const MOVE_MS = 420;
/** a step that brings more objects than this shows them at once (no flying in, no fading) */
const BULK = 40;
/** below this zoom the texts are too small to read and are not drawn (boxes and arrows are) */
const TEXT_MIN_SCALE = 0.4;
/** the smallest zoom (times the node scale) that stepping uses by itself: type about 9 px */
const READABLE_K = 0.75;
/** how long one frame may spend drawing new nodes' insides */
const DRAW_BUDGET_MS = 4;

type NodeEl = SVGGElement & { __tf?: string; __css?: string };
type LinkEl = SVGPathElement & { __d?: string };

export class GraphView {
  readonly svg: d3.Selection<SVGSVGElement, unknown, null, undefined>;
  private viewport: d3.Selection<SVGGElement, unknown, null, undefined>;
  private linkLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private nodeLayer: d3.Selection<SVGGElement, unknown, null, undefined>;
  private zoom: d3.ZoomBehavior<SVGSVGElement, unknown>;
  private layout = new Layout();
  /** where each node is drawn right now (interpolated while moving) */
  private disp = new Map<string, Pt>();
  private from = new Map<string, Pt>();
  private target = new Map<string, Pt>();
  private anim: d3.Timer | null = null;
  private model: GraphModel | null = null;
  private sizes = new Map<string, { w: number; h: number }>();
  private userZoomed = false;
  private lastRefcount = new Map<string, number>();
  private lastGcRefs = new Map<string, number>();
  private canvas: CanvasRenderer;
  private mode: 'svg' | 'canvas' = 'svg';
  private transform = d3.zoomIdentity;
  private hl: Highlights | null = null;
  /** the drawn (not freed) nodes and links by key, and the links at each node */
  private nodeEls = new Map<string, NodeEl>();
  private linkEls = new Map<string, LinkEl>();
  private linksAt = new Map<string, GLink[]>();
  /** the host's size, kept by a ResizeObserver (reading it from the DOM forces a layout) */
  private hostSize: { width: number; height: number } | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** the largest zoom a fit may choose (presentation mode draws bigger) */
  maxScale = 1.5;
  /**
   * how much larger each node is drawn than the layout's column spacing assumes (presentation
   * mode: bigger boxes and type at the same overall width). Set it, then reset() and update().
   */
  nodeScale = 1;

  constructor(
    private host: HTMLElement,
    private cb: GraphCallbacks,
  ) {
    this.svg = d3.select(host).append('svg').attr('class', 'heap-svg').attr('role', 'img').attr('aria-label', 'Heap graph');
    const defs = this.svg.append('defs');
    for (const [id, cls] of [
      ['arrow', 'arrow'],
      ['arrow-weak', 'arrow weak'],
      ['arrow-cycle', 'arrow cycle'],
      ['arrow-why', 'arrow why'],
      ['arrow-temp', 'arrow temp'],
    ]) {
      defs
        .append('marker')
        .attr('id', id)
        .attr('viewBox', '0 0 10 10')
        .attr('refX', 9)
        .attr('refY', 5)
        .attr('markerWidth', 7)
        .attr('markerHeight', 7)
        .attr('orient', 'auto-start-reverse')
        .append('path')
        .attr('d', 'M0,0 L10,5 L0,10 z')
        .attr('class', cls);
    }
    this.viewport = this.svg.append('g').attr('class', 'viewport');
    this.linkLayer = this.viewport.append('g').attr('class', 'links');
    this.nodeLayer = this.viewport.append('g').attr('class', 'nodes');
    this.canvas = new CanvasRenderer(host, (id) => this.cb.onSelect(id));
    this.zoom = d3
      .zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.03, 4])
      // (d3's default reads the svg's size from the DOM, which forces a style and layout pass)
      .extent(() => {
        const { width, height } = this.size();
        return [
          [0, 0],
          [width, height],
        ];
      })
      .on('zoom', (e: d3.D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (e.sourceEvent) {
          this.userZoomed = true;
          this.stopGlide();
        }
        this.transform = e.transform;
        this.viewport.attr('transform', e.transform.toString());
        const far = e.transform.k * this.nodeScale < TEXT_MIN_SCALE;
        if (far !== this.svg.classed('text-hidden')) this.svg.classed('text-hidden', far);
        if (this.mode === 'canvas') this.drawCanvas();
        else if (this.pending.size > 0 && this.drainFrame === null) this.drainFrame = requestAnimationFrame(this.drain);
      });
    this.svg.call(this.zoom).on('dblclick.zoom', null);
    this.svg.on('click', (e: MouseEvent) => {
      if (e.target === this.svg.node()) this.cb.onSelect(null);
    });
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const r = entries[entries.length - 1]?.contentRect;
        if (r) this.hostSize = { width: r.width, height: r.height };
      });
      this.resizeObserver.observe(host);
    }
  }

  destroy(): void {
    this.anim?.stop();
    this.stopGlide();
    this.resizeObserver?.disconnect();
    if (this.drainFrame !== null) cancelAnimationFrame(this.drainFrame);
    this.pending.clear();
    this.svg.remove();
    this.canvas.destroy();
  }

  /** a new program: forget every position */
  reset(): void {
    this.layout.reset();
    this.disp.clear();
    this.userZoomed = false;
    this.lastRefcount.clear();
    this.lastGcRefs.clear();
  }

  /** large heaps are drawn on a canvas, not as SVG nodes */
  get canvasElement(): HTMLCanvasElement | null {
    return this.mode === 'canvas' ? this.canvas.element : null;
  }

  get nodeCount(): number {
    return this.model?.nodes.length ?? 0;
  }

  update(model: GraphModel, hl: Highlights): void {
    const first = this.model === null || this.model.nodes.length === 0;
    this.model = model;
    this.hl = hl;
    const k = this.nodeScale;
    const sim = this.layout.run(model, k);
    let entering = 0;
    for (const n of model.nodes) if (!this.disp.has(n.key)) entering++;
    const bulk = entering > BULK;
    this.sizes.clear();
    for (const n of model.nodes) this.sizes.set(n.key, { w: n.width * k, h: n.height * k });
    const byKey = new Map(sim.map((s) => [s.key, s]));
    this.from.clear();
    this.target.clear();
    for (const n of model.nodes) {
      const s = byKey.get(n.key)!;
      const t = { x: s.x ?? 0, y: s.y ?? 0 };
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
      }
    }
    if (this.mode === 'svg') this.renderSvg(model, hl, bulk);
    else this.canvas.setModel(model, hl);
    // forget freed nodes' positions after their fade
    const alive = new Set(model.nodes.map((n) => n.key));
    for (const k of [...this.disp.keys()]) if (!alive.has(k) && !this.fading.has(k)) this.disp.delete(k);
    this.animate(first || !this.userZoomed);
  }

  fit(animated = true, onlyIfNeeded = false): void {
    this.userZoomed = false;
    const b = this.bounds(this.target);
    if (b === null) return;
    const { width, height } = this.size();
    if (width === 0 || height === 0) return;
    const pad = 36;
    const fitK = Math.min((width - pad * 2) / Math.max(1, b.x1 - b.x0), (height - pad * 2 - 30) / Math.max(1, b.y1 - b.y0));
    let k = Math.min(this.maxScale, fitK);
    // stepping never zooms out so far that the text cannot be read: a picture too large for the
    // view is shown at a readable size and panned to what the step is about (Fit to view shows all)
    const readable = READABLE_K / this.nodeScale;
    if (onlyIfNeeded && k < readable) return this.follow(b, readable, animated);
    if (onlyIfNeeded) {
      // leave the view alone while everything is visible at about the right scale (a still
      // picture reads better, and repainting a moving view is costly)
      const c = this.transform;
      const v = this.viewRect(30);
      const inside = b.x0 >= v.x0 && b.y0 >= v.y0 && b.x1 <= v.x1 && b.y1 <= v.y1;
      if (inside && k / c.k < 1.35) return;
      // a new zoom makes the browser lay out every text in the graph again: when the picture
      // still fits at the present zoom, only pan; when it must shrink, leave room to grow
      if (c.k <= k && k / c.k < 1.35) k = c.k;
      else if (k < c.k) k = Math.min(this.maxScale, fitK * 0.9);
    }
    const tx = (width - (b.x1 - b.x0) * k) / 2 - b.x0 * k;
    const ty = 30 + (height - 30 - (b.y1 - b.y0) * k) / 2 - b.y0 * k;
    const t = d3.zoomIdentity.translate(tx, ty).scale(k);
    if (animated && this.mode === 'svg') this.glideTo(t);
    else {
      this.stopGlide();
      this.svg.call(this.zoom.transform, t);
    }
  }

  /**
   * show a picture larger than the view at a readable zoom: keep the present view when the step's
   * subject (or the selection, or else the globals) is in it, else pan just enough to bring it
   * in; on a fresh zoom, start from the top left, where the roots are.
   */
  private follow(b: { x0: number; y0: number; x1: number; y1: number }, readable: number, animated: boolean): void {
    const { width, height } = this.size();
    const pad = 36;
    const c = this.transform;
    // (the present zoom stays if it is about the readable one: zooming lays out every text again)
    const keep = c.k >= readable && c.k <= readable * 1.35 && !this.firstFrame();
    const k = keep ? c.k : readable;
    let tx = keep ? c.x : pad - b.x0 * k;
    // (a collection's banner covers the top of the view)
    const top0 = this.hl?.gc ? 90 : 30;
    let ty = keep ? c.y : top0 + pad - b.y0 * k;
    // what to keep in view: the step's object, else the selection, else the globals
    const id = this.hl?.subject ?? this.hl?.selected ?? null;
    const key = id !== null && this.target.has(objKey(id)) ? objKey(id) : 'globals';
    const p = this.target.get(key);
    const sz = this.sizes.get(key);
    if (p !== undefined && sz !== undefined) {
      // the node's box (with its badge and tag) on screen, moved inside the view if it is not
      // (its right and bottom first, then its left and top win when it is larger than the view)
      const right = (p.x + sz.w + 14) * k + tx;
      if (right > width - pad) tx -= right - (width - pad);
      const left = p.x * k + tx;
      if (left < pad) tx += pad - left;
      const bottom = (p.y + sz.h + 18) * k + ty;
      if (bottom > height - pad) ty -= bottom - (height - pad);
      const top = (p.y - 14) * k + ty;
      if (top < top0 + pad) ty += top0 + pad - top;
    }
    if (keep && Math.abs(tx - c.x) < 0.5 && Math.abs(ty - c.y) < 0.5) return;
    const t = d3.zoomIdentity.translate(tx, ty).scale(k);
    if (animated && this.mode === 'svg') this.glideTo(t);
    else {
      this.stopGlide();
      this.svg.call(this.zoom.transform, t);
    }
  }

  /** the part of the graph in view (graph coordinates), below `top` screen pixels */
  private viewRect(top = 0): { x0: number; y0: number; x1: number; y1: number } {
    const { width, height } = this.size();
    const [x0, y0] = this.transform.invert([0, top]);
    const [x1, y1] = this.transform.invert([width, height]);
    return { x0, y0, x1, y1 };
  }

  private size(): { width: number; height: number } {
    if (this.hostSize === null) {
      const r = this.host.getBoundingClientRect();
      this.hostSize = { width: r.width, height: r.height };
    }
    return this.hostSize;
  }

  private glide: d3.Timer | null = null;

  private stopGlide(): void {
    if (this.glide === null) return;
    this.glide.stop();
    this.glide = null;
    const el = this.svg.node()!;
    el.style.removeProperty('transform');
    // (overflow stays visible: toggling it lays the whole svg out again; the panel clips anyway.
    // The svg keeps its own compositor layer (will-change in the stylesheet): were it made and
    // dropped for each glide, the whole graph would be painted and rasterized again twice)
  }

  /**
   * an animated fit. Changing the SVG's own zoom every frame makes the browser lay out every
   * text in the graph again each frame (SVG text depends on its on-screen scale), so the zoom
   * jumps to its end at once and the svg element, an HTML box, is moved with a CSS transform
   * from where the picture was to there (the compositor scales it; nothing is laid out again).
   */
  private glideTo(t: d3.ZoomTransform): void {
    this.stopGlide();
    const t0 = this.transform;
    this.svg.call(this.zoom.transform, t);
    const el = this.svg.node()!;
    const ease = d3.easeCubicInOut;
    const place = (e: number) => {
      // the picture at the transform between t0 and t, relative to t (now applied inside)
      const k = t0.k + (t.k - t0.k) * e;
      const x = t0.x + (t.x - t0.x) * e;
      const y = t0.y + (t.y - t0.y) * e;
      const r = k / t.k;
      el.style.transform = `matrix(${r},0,0,${r},${x - t.x * r},${y - t.y * r})`;
    };
    el.style.overflow = 'visible';
    place(0);
    this.glide = d3.timer((elapsed) => {
      const u = Math.min(1, elapsed / MOVE_MS);
      if (u >= 1) this.stopGlide();
      else place(ease(u));
    });
  }

  zoomBy(f: number): void {
    this.userZoomed = true;
    this.svg.transition().duration(200).call(this.zoom.scaleBy, f);
  }

  private bounds(pts: Map<string, Pt>): { x0: number; y0: number; x1: number; y1: number } | null {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const [k, p] of pts) {
      const s = this.sizes.get(k);
      if (!s) continue;
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y - 14);
      x1 = Math.max(x1, p.x + s.w + 14);
      y1 = Math.max(y1, p.y + s.h + 18);
    }
    return x0 === Infinity ? null : { x0, y0, x1, y1 };
  }

  private animate(refit: boolean): void {
    this.anim?.stop();
    this.anim = null;
    if (refit) this.fit(!this.firstFrame(), !this.firstFrame());
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

  private firstFrame(): boolean {
    return this.transform.k === 1 && this.transform.x === 0 && this.transform.y === 0;
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
      const v = this.linkPath(d);
      if (el.__d === v) continue;
      el.__d = v;
      el.setAttribute('d', v);
    }
  }

  private drawCanvas(): void {
    this.canvas.draw(this.disp, this.transform);
  }

  linkPath(l: GLink): string {
    const s = this.disp.get(l.source);
    const t = this.disp.get(l.target);
    const ss = this.sizes.get(l.source);
    const ts = this.sizes.get(l.target);
    if (!s || !t || !ss || !ts) return '';
    const k = this.nodeScale;
    const sx = s.x + ss.w - 8 * k;
    const sy = s.y + (HEADER_H + Math.min(l.slot, MAX_SLOTS - 1) * SLOT_H + SLOT_H / 2 + 1) * k;
    if (l.source === l.target) {
      // a self-reference: a loop over the node's top edge
      const tx = s.x + ss.w * 0.55;
      return `M${sx},${sy} C${sx + 70},${sy} ${sx + 40},${s.y - 50} ${tx},${s.y - 1}`;
    }
    const tx = t.x;
    const ty = t.y + Math.min((HEADER_H / 2) * k, ts.h / 2);
    if (Math.abs(t.x - s.x) < 60 && tx <= sx + 20) {
      // same column: swing out to the right and come back in on the target's right side
      const rx = t.x + ts.w;
      const out = Math.max(sx, rx) + 46;
      return `M${sx},${sy} C${out},${sy} ${out},${ty} ${rx + 2},${ty}`;
    }
    if (tx > sx + 20) {
      const dx = Math.max(30, (tx - sx) * 0.5);
      return `M${sx},${sy} C${sx + dx},${sy} ${tx - dx},${ty} ${tx},${ty}`;
    }
    // pointing back left: dip below both nodes and come in from the left
    const low = Math.max(s.y + ss.h, t.y + ts.h) + 30;
    return `M${sx},${sy} C${sx + 70},${sy} ${sx + 70},${low} ${(sx + tx) / 2},${low} S${tx - 60},${ty} ${tx},${ty}`;
  }

  private fading = new Set<string>();

  private renderSvg(model: GraphModel, hl: Highlights, bulk: boolean): void {
    const gc = hl.gc;
    const gcSet = new Set(gc?.objects ?? []);
    const unreachPhase = gc !== null && !['start', 'update_refs', 'subtract_refs', 'done'].includes(gc.phase);
    const reachPhase = gc !== null && gc.phase === 'move_unreachable';
    const self = this;
    const nodeClass = this.nodeClassFn(hl, gcSet, unreachPhase, reachPhase);

    // ---- links ----
    // (many at once, as after a jump: no fading, each fading element is drawn again every frame)
    const links = this.linkLayer.selectAll<SVGPathElement, GLink>('path.link:not(.freed)').data(model.links, (d) => d.key);
    const lx = links.exit();
    if (lx.size() > BULK) lx.remove();
    else lx.classed('freed', true).transition().duration(700).style('opacity', 0).remove();
    const le = links.enter().append('path').attr('class', 'link');
    if (!bulk) le.style('opacity', 0).transition().delay(150).duration(300).style('opacity', null);
    this.linkEls.clear();
    this.linksAt.clear();
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
      g.classed('freed', true).attr('data-object-id', null).attr('data-refcount', '0');
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
    ne.append('g').attr('class', bulk ? 'grow' : 'grow grow-in');
    ne.on('click', (e: MouseEvent, d) => {
      e.stopPropagation();
      if (d.objectId !== null) this.cb.onSelect(d.objectId);
    });
    ne.call(
      d3
        .drag<SVGGElement, GNode>()
        .on('drag', (e, d) => {
          const sn = this.layout.nodes.get(d.key);
          const p = this.disp.get(d.key);
          if (!sn || !p) return;
          p.x += e.dx;
          p.y += e.dy;
          sn.x = p.x;
          sn.y = p.y;
          sn.pinned = true;
          this.target.set(d.key, { ...p });
          d3.select(e.sourceEvent?.target?.closest?.('g.node') ?? null).classed('pinned', true);
          this.drawPositions(true, [d.key]);
        }),
    );
    ne.on('dblclick', (e: MouseEvent, d) => {
      const sn = this.layout.nodes.get(d.key);
      if (sn) sn.pinned = false;
      d3.select(e.currentTarget as SVGGElement).classed('pinned', false);
    });
    const all = ne.merge(nodes);
    this.nodeEls.clear();
    all.each(function (d) {
      self.nodeEls.set(d.key, this);
      setAttr(this, 'data-object-id', d.objectId !== null ? String(d.objectId) : null);
      setAttr(this, 'data-type', d.type);
      setAttr(this, 'data-refcount', d.refcount !== null ? String(d.refcount) : null);
      setAttr(this, 'data-key', d.key);
      setAttr(this, 'class', nodeClass(d));
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
      self.drawNode(d3.select(this as SVGGElement), d, gc);
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
    const v = this.viewRect();
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
      if (el.isConnected) this.drawNode(d3.select(el), d, this.hl?.gc ?? null);
    }
    if (more) this.drainFrame = requestAnimationFrame(this.drain);
  };

  /** draw whatever is still waiting (before the picture is exported) */
  flush(): void {
    if (this.drainFrame !== null) cancelAnimationFrame(this.drainFrame);
    this.drainFrame = null;
    for (const { el, d } of this.pending.values()) if (el.isConnected) this.drawNode(d3.select(el), d, this.hl?.gc ?? null);
    this.pending.clear();
  }

  private nodeClassFn(hl: Highlights, gcSet: Set<number>, unreachPhase: boolean, reachPhase: boolean): (d: GNode) => string {
    return (d) => {
      const c = ['node', `kind-${d.kind}`];
      if (d.leaked) c.push('leaked');
      if (d.cycle !== null) c.push('in-cycle');
      if (d.objectId !== null && d.objectId === hl.selected) c.push('selected');
      if (hl.whyNodes.has(d.key)) c.push('why');
      if (d.objectId !== null && d.objectId === hl.subject) c.push('subject');
      if (d.objectId !== null && gcSet.has(d.objectId)) c.push(unreachPhase ? 'gc-unreachable' : 'gc-young');
      if (reachPhase && d.objectId !== null && d.generation >= 0 && !gcSet.has(d.objectId)) c.push('gc-reachable');
      if (hl.finalizer && d.objectId !== null && d.objectId === hl.subject) c.push('flash');
      if (this.layout.nodes.get(d.key)?.pinned) c.push('pinned');
      if (d.finalized) c.push('finalized');
      return c.join(' ');
    };
  }

  private drawNode(g: d3.Selection<SVGGElement, unknown, null, undefined>, d: GNode, gc: GcPhaseState | null): void {
    const inner = g.select<SVGGElement>('g.grow');
    const compact = d.kind === 'object' && d.height <= 30;
    const sig = JSON.stringify([d.title, d.repr, d.slots, d.width, d.height, d.leaked, d.cycle !== null, compact, d.generation]);
    const el = inner.node() as (SVGGElement & { __sig?: string }) | null;
    if (el && el.__sig !== sig) {
      el.__sig = sig;
      inner.selectAll('*').remove();
      inner.append('rect').attr('class', 'body').attr('width', d.width).attr('height', d.height).attr('rx', 7);
      inner
        .append('path')
        .attr('class', 'header')
        .attr('d', `M0,7 a7,7 0 0 1 7,-7 h${d.width - 14} a7,7 0 0 1 7,7 v${(compact ? d.height : HEADER_H) - 7} h${-d.width} z`);
      inner.append('text').attr('class', 'title').attr('x', 9).attr('y', compact ? 19 : 16).text(compact ? `${d.type}` : d.title);
      if (!compact) {
        inner.append('text').attr('class', 'repr').attr('x', 9).attr('y', 33).text(d.repr);
        // (as few elements as will do: every element costs style, layout and memory)
        const rows = d.slots.slice(0, MAX_SLOTS);
        if (rows.length > 1)
          inner
            .append('path')
            .attr('class', 'slot-sep')
            .attr('d', rows.slice(1).map((_, i) => `M6,${HEADER_H + (i + 1) * SLOT_H + 2}H${d.width - 6}`).join(''));
        rows.forEach((s, i) => {
          const y = HEADER_H + i * SLOT_H;
          inner.append('text').attr('class', 'slot-label').attr('x', 9).attr('y', y + SLOT_H - 2).text(s.label);
          if (s.target !== undefined) {
            inner.append('circle').attr('class', s.weak ? 'port weak' : s.transient ? 'port temp' : 'port').attr('cx', d.width - 8).attr('cy', y + SLOT_H / 2 + 1).attr('r', 3.5);
          } else inner.append('text').attr('class', 'slot-value').attr('x', d.width - 9).attr('y', y + SLOT_H - 2).attr('text-anchor', 'end').text(s.text ?? '');
        });
        if (d.hiddenSlots > 0)
          inner
            .append('text')
            .attr('class', 'slot-more')
            .attr('x', 9)
            .attr('y', HEADER_H + MAX_SLOTS * SLOT_H + SLOT_H - 4)
            .text(`… ${d.hiddenSlots} more`);
      }
      if (d.leaked) inner.append('text').attr('class', 'tag leaked-tag').attr('x', 0).attr('y', d.height + 13).text('leaked until collected');
      else if (d.cycle !== null) inner.append('text').attr('class', 'tag cycle-tag').attr('x', 0).attr('y', d.height + 13).text('in a reference cycle');
      if (d.refcount !== null) {
        const b = inner.append('g').attr('class', 'badge').attr('transform', `translate(${d.width},0)`);
        b.append('title').text('reference count');
        const bi = b.append('g').attr('class', 'badge-inner');
        bi.append('circle').attr('r', 12);
        bi.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      }
    }
    // refcount badge: animate when it changes
    if (d.refcount !== null) {
      const prev = this.lastRefcount.get(d.key);
      const bi = inner.select<SVGGElement>('.badge-inner');
      const bt = bi.select<SVGTextElement>('text').node();
      if (bt && bt.textContent !== String(d.refcount)) bt.textContent = String(d.refcount);
      if (prev !== undefined && prev !== d.refcount) {
        const node = bi.node();
        if (node) {
          // restart the bump: a new animation name starts it again (alt flips between two copies
          // of the keyframes), with no forced style and layout of the whole graph
          const alt = !node.classList.contains('alt');
          node.classList.remove('up', 'down');
          node.classList.add(d.refcount > prev ? 'up' : 'down');
          node.classList.toggle('alt', alt);
        }
      }
      this.lastRefcount.set(d.key, d.refcount);
    }
    // gc_refs chip during a collection
    let chip = inner.select<SVGGElement>('g.gcrefs');
    const v = gc !== null && d.objectId !== null ? gc.gcRefs[d.objectId] : undefined;
    if (v === undefined) {
      if (!chip.empty()) chip.remove();
    } else if (chip.empty()) chip = inner.append('g').attr('class', 'gcrefs').attr('transform', 'translate(0,-11)');
    else chip.selectAll('*').remove();
    if (v !== undefined) {
      const prev = this.lastGcRefs.get(d.key);
      const t = `gc_refs ${v}`;
      chip.append('rect').attr('x', 0).attr('y', -9).attr('width', t.length * 6.4 + 10).attr('height', 16).attr('rx', 8).attr('class', v === 0 ? 'zero' : '');
      chip.append('text').attr('x', 5).attr('y', 3).text(t);
      if (prev !== undefined && prev !== v) chip.classed('dropped', false).classed('dropped', true);
      this.lastGcRefs.set(d.key, v);
    } else this.lastGcRefs.delete(d.key);
  }
}

/** set (or remove, for null) an attribute only if it differs */
function setAttr(el: Element, name: string, v: string | null): void {
  if (v === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== v) el.setAttribute(name, v);
}

export type { SimNode };
