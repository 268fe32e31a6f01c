// The graph's zoom and pan: d3-zoom on the svg, fits that never shrink the type below a readable
// size, the animated glide between views, and a refit when the panel changes size.

import * as d3 from 'd3';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Pt = { x: number; y: number };

/** the type size the graph's text is set in (CSS), at zoom 1 and node scale 1 */
export const BASE_TEXT_PX = 12;
const MOVE_MS = 420;
/** below this zoom (times the node scale) a user who zoomed out by hand sees boxes only */
const TEXT_MIN_SCALE = 0.4;

export interface ViewportHost {
  /** the transform changed (a pan, a zoom, a fit) */
  onTransform(t: d3.ZoomTransform, byUser: boolean): void;
  /** the panel changed size */
  onResize(): void;
}

export class Viewport {
  readonly zoom: d3.ZoomBehavior<SVGSVGElement, unknown>;
  transform = d3.zoomIdentity;
  userZoomed = false;
  /** the largest zoom a fit may choose (presentation mode draws bigger) */
  maxScale = 1.5;
  /** how much larger than usual nodes are drawn (presentation mode) */
  nodeScale = 1;
  /** the smallest on-screen type size stepping and fitting keep (presentation: larger) */
  minTextPx = 11.5;
  /** the top of the view a banner covers (the view switch and export buttons; a collection's banner) */
  topCover = 44;
  /** the right edge the zoom buttons cover (a column 34 px wide, 8 px from the edge) */
  rightCover = 44;
  /** the minimap's corner at the bottom right (width, height from the corner; it is 150x100 at
   * 8 px from the right, above the legend), and whether the minimap shows now */
  cornerCover = { w: 166, h: 150 };
  cornerShown = false;
  private hostSize: { width: number; height: number } | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private glide: d3.Timer | null = null;

  constructor(
    private host: HTMLElement,
    private svg: d3.Selection<SVGSVGElement, unknown, null, undefined>,
    private viewport: d3.Selection<SVGGElement, unknown, null, undefined>,
    private cb: ViewportHost,
  ) {
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
        const byUser = e.sourceEvent !== null && e.sourceEvent !== undefined;
        if (byUser) {
          this.userZoomed = true;
          this.stopGlide();
        }
        this.transform = e.transform;
        this.viewport.attr('transform', e.transform.toString());
        const far = e.transform.k * this.nodeScale < TEXT_MIN_SCALE;
        if (far !== this.svg.classed('text-hidden')) this.svg.classed('text-hidden', far);
        this.cb.onTransform(e.transform, byUser);
      });
    this.svg.call(this.zoom).on('dblclick.zoom', null);
    if (typeof ResizeObserver !== 'undefined') {
      let first = true;
      this.resizeObserver = new ResizeObserver((entries) => {
        const r = entries[entries.length - 1]?.contentRect;
        if (!r) return;
        const old = this.hostSize;
        this.hostSize = { width: r.width, height: r.height };
        if (first) return void (first = false);
        if (old !== null && (Math.abs(old.width - r.width) > 1 || Math.abs(old.height - r.height) > 1)) this.cb.onResize();
      });
      this.resizeObserver.observe(host);
    }
  }

  destroy(): void {
    this.stopGlide();
    this.resizeObserver?.disconnect();
  }

  reset(): void {
    this.userZoomed = false;
  }

  size(): { width: number; height: number } {
    if (this.hostSize === null) {
      const r = this.host.getBoundingClientRect();
      this.hostSize = { width: r.width, height: r.height };
    }
    return this.hostSize;
  }

  /** the zoom at which the graph's smallest type is minTextPx on screen */
  get readableK(): number {
    return this.minTextPx / (BASE_TEXT_PX * this.nodeScale);
  }

  /** the part of the graph in view (graph coordinates), below `top` screen pixels */
  viewRect(top = 0): Box {
    const { width, height } = this.size();
    const [x0, y0] = this.transform.invert([0, top]);
    const [x1, y1] = this.transform.invert([width, height]);
    return { x0, y0, x1, y1 };
  }

  firstFrame(): boolean {
    return this.transform.k === 1 && this.transform.x === 0 && this.transform.y === 0;
  }

  /**
   * Fit the picture in the view. It never zooms out so far that the type cannot be read: a
   * picture too large for the view is shown at a readable size, panned to `focus` (the step's
   * object, else the selection), else from its top-left corner; the minimap shows the rest. onlyIfNeeded: a step's
   * own refit, which leaves a view that still shows everything alone.
   */
  fit(b: Box | null, focus: Box | null, animated: boolean, onlyIfNeeded: boolean): void {
    this.userZoomed = false;
    if (b === null) return;
    const { width, height } = this.size();
    if (width === 0 || height === 0) return;
    const pad = 24;
    const top = this.topCover;
    const right = this.rightCover;
    const fitK = Math.min((width - pad * 2 - right) / Math.max(1, b.x1 - b.x0), (height - pad * 2 - top) / Math.max(1, b.y1 - b.y0));
    let k = Math.min(this.maxScale, fitK);
    const readable = this.readableK;
    if (k < readable) return this.follow(b, focus, readable, animated, onlyIfNeeded);
    if (onlyIfNeeded) {
      // leave the view alone while everything is visible at about the right scale (a still
      // picture reads better, and repainting a moving view is costly)
      const c = this.transform;
      const v = this.viewRect(top);
      const inside = b.x0 >= v.x0 && b.y0 >= v.y0 && b.x1 <= v.x1 && b.y1 <= v.y1;
      if (inside && k / c.k < 1.35 && c.k >= readable) return;
      // a new zoom makes the browser lay out every text in the graph again: when the picture
      // still fits at the present zoom, only pan; when it must shrink, leave room to grow
      if (c.k <= k && k / c.k < 1.35 && c.k >= readable) k = c.k;
      else if (k < c.k) k = Math.max(readable, Math.min(this.maxScale, fitK * 0.9));
    }
    const tx = (width - right - (b.x1 - b.x0) * k) / 2 - b.x0 * k;
    const ty = top + (height - top - (b.y1 - b.y0) * k) / 2 - b.y0 * k;
    this.go(d3.zoomIdentity.translate(tx, ty).scale(k), animated);
  }

  /** keep the present view when `focus` is in it, else pan just enough to bring it in */
  private follow(b: Box, focus: Box | null, readable: number, animated: boolean, keepIfNear: boolean): void {
    const { height } = this.size();
    // (the zoom buttons' column at the right edge is not a place to put the focus)
    const width = this.size().width - this.rightCover;
    const pad = 24;
    const c = this.transform;
    // (the present zoom stays if it is about the readable one: zooming lays out every text again)
    const keep = keepIfNear && c.k >= readable && c.k <= readable * 1.35 && !this.firstFrame();
    const k = keep ? c.k : readable;
    const top0 = this.topCover;
    let tx = keep ? c.x : pad - b.x0 * k;
    let ty = keep ? c.y : top0 + pad - b.y0 * k;
    // no view edge left empty while the picture is cut at the opposite edge: pan the cut part in
    // (a half box at the top with empty space below it reads as a fault)
    const [px0, py0, px1, py1] = [b.x0 * k + tx, b.y0 * k + ty, b.x1 * k + tx, b.y1 * k + ty];
    if (py0 < top0 + pad && py1 < height - pad) ty += Math.min(top0 + pad - py0, height - pad - py1);
    else if (py1 > height - pad && py0 > top0 + pad) ty -= Math.min(py1 - (height - pad), py0 - (top0 + pad));
    if (px0 < pad && px1 < width - pad) tx += Math.min(pad - px0, width - pad - px1);
    else if (px1 > width - pad && px0 > pad) tx -= Math.min(px1 - (width - pad), px0 - pad);
    if (focus !== null) {
      // the focus box on screen, moved inside the view if it is not (its right and bottom
      // first, then its left and top win when it is larger than the view)
      const right = focus.x1 * k + tx;
      if (right > width - pad) tx -= right - (width - pad);
      const left = focus.x0 * k + tx;
      if (left < pad) tx += pad - left;
      const bottom = focus.y1 * k + ty;
      if (bottom > height - pad) ty -= bottom - (height - pad);
      const top = focus.y0 * k + ty;
      if (top < top0 + pad) ty += top0 + pad - top;
      const [cx, cy] = this.clearCorner(focus.x0 * k + tx, focus.y0 * k + ty, focus.x1 * k + tx, focus.y1 * k + ty, top0 + pad);
      tx += cx;
      ty += cy;
    }
    // a picture cut at its top (or left) edge reads as a fault, one cut at the bottom (right) as
    // "more below": show the top and left edges, as far as the focus (if any) stays in view
    const roomDown = focus === null ? Infinity : height - pad - (focus.y1 * k + ty);
    const roomRight = focus === null ? Infinity : width - pad - (focus.x1 * k + tx);
    ty += Math.max(0, Math.min(top0 + pad - (b.y0 * k + ty), roomDown));
    tx += Math.max(0, Math.min(pad - (b.x0 * k + tx), roomRight));
    if (focus !== null) {
      const [cx, cy] = this.clearCorner(focus.x0 * k + tx, focus.y0 * k + ty, focus.x1 * k + tx, focus.y1 * k + ty, top0 + pad);
      tx += cx;
      ty += cy;
    }
    if (keep && Math.abs(tx - c.x) < 0.5 && Math.abs(ty - c.y) < 0.5) return;
    this.go(d3.zoomIdentity.translate(tx, ty).scale(k), animated);
  }

  /**
   * a pan that moves a box (screen coordinates) out from under the minimap's corner: up or left,
   * whichever is shorter and keeps its top (left) edge in view; none when neither does
   */
  private clearCorner(l: number, t: number, r: number, b: number, minTop: number): [number, number] {
    const { width, height } = this.size();
    const cw = this.cornerCover.w;
    const ch = this.cornerCover.h;
    if (cw === 0 || r <= width - cw || b <= height - ch) return [0, 0];
    const left = width - cw - r;
    const up = height - ch - b;
    const canLeft = l + left >= 8;
    const canUp = t + up >= minTop;
    if (canUp && (!canLeft || -up <= -left)) return [0, up];
    if (canLeft) return [left, 0];
    return [0, 0];
  }

  /** centre the view on a graph point (the minimap's click) */
  centerOn(p: Pt): void {
    const { width, height } = this.size();
    const k = this.transform.k;
    this.userZoomed = true;
    this.go(d3.zoomIdentity.translate(width / 2 - p.x * k, (height + this.topCover) / 2 - p.y * k).scale(k), false);
  }

  zoomBy(f: number): void {
    this.userZoomed = true;
    this.svg.transition().duration(200).call(this.zoom.scaleBy, f);
  }

  /** pan just enough to bring a box (graph coordinates) into view (keyboard focus moved to it) */
  reveal(b: Box): void {
    const t = this.transform;
    const { width, height } = this.size();
    const pad = 24;
    let dx = 0;
    let dy = 0;
    const l = b.x0 * t.k + t.x, r = b.x1 * t.k + t.x, tp = b.y0 * t.k + t.y, bt = b.y1 * t.k + t.y;
    if (r > width - pad) dx = width - pad - r;
    if (l + dx < pad) dx = pad - l;
    if (bt > height - pad) dy = height - pad - bt;
    if (tp + dy < this.topCover + pad) dy = this.topCover + pad - tp;
    const [cx, cy] = this.cornerShown ? this.clearCorner(l + dx, tp + dy, r + dx, bt + dy, this.topCover + pad) : [0, 0];
    dx += cx;
    dy += cy;
    if (dx !== 0 || dy !== 0) this.go(d3.zoomIdentity.translate(t.x + dx, t.y + dy).scale(t.k), true);
  }

  private go(t: d3.ZoomTransform, animated: boolean): void {
    if (animated && !this.svg.classed('under-canvas')) this.glideTo(t);
    else {
      this.stopGlide();
      this.svg.call(this.zoom.transform, t);
    }
  }

  stopGlide(): void {
    if (this.glide === null) return;
    this.glide.stop();
    this.glide = null;
    this.svg.node()!.style.removeProperty('transform');
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
}

/** the box around placed nodes, with room for their badges above and tags below */
export function boundsOf(pts: Map<string, Pt>, sizes: Map<string, { w: number; h: number }>): Box | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [k, p] of pts) {
    const s = sizes.get(k);
    if (!s) continue;
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y - 14);
    x1 = Math.max(x1, p.x + s.w + 14);
    y1 = Math.max(y1, p.y + s.h + 18);
  }
  return x0 === Infinity ? null : { x0, y0, x1, y1 };
}
