// Canvas drawing for heaps too big for SVG: the same boxes, badges and arrows, one draw call
// per frame. Clicking still selects (hit-tested against the laid-out rectangles).

import type * as d3 from 'd3';
import { HEADER_H, type GraphModel } from './model';
import type { Highlights } from './GraphView';

type Pt = { x: number; y: number };

export class CanvasRenderer {
  private el: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D;
  private model: GraphModel | null = null;
  private hl: Highlights | null = null;
  private last: { disp: Map<string, Pt>; t: d3.ZoomTransform } | null = null;

  constructor(
    private host: HTMLElement,
    onSelect: (id: number | null) => void,
  ) {
    this.el = document.createElement('canvas');
    this.el.className = 'heap-canvas';
    this.el.hidden = true;
    this.el.setAttribute('aria-label', 'Heap graph (large heap, drawn on a canvas)');
    host.appendChild(this.el);
    this.ctx = this.el.getContext('2d')!;
    // clicks pass through the svg (it keeps the zoom); hit-test here
    host.addEventListener('click', (e) => {
      if (this.el.hidden || !this.last || !this.model) return;
      const r = this.el.getBoundingClientRect();
      const [gx, gy] = this.last.t.invert([e.clientX - r.left, e.clientY - r.top]);
      for (const n of this.model.nodes) {
        const p = this.last.disp.get(n.key);
        if (p && gx >= p.x && gx <= p.x + n.width && gy >= p.y && gy <= p.y + n.height) {
          if (n.objectId !== null) onSelect(n.objectId);
          return;
        }
      }
    });
  }

  get element(): HTMLCanvasElement {
    return this.el;
  }

  setVisible(v: boolean): void {
    this.el.hidden = !v;
  }

  destroy(): void {
    this.el.remove();
  }

  setModel(model: GraphModel, hl: Highlights): void {
    this.model = model;
    this.hl = hl;
  }

  draw(disp: Map<string, Pt>, t: d3.ZoomTransform): void {
    if (this.el.hidden || !this.model) return;
    this.last = { disp, t };
    const dpr = window.devicePixelRatio || 1;
    const w = this.host.clientWidth;
    const h = this.host.clientHeight;
    if (this.el.width !== Math.round(w * dpr) || this.el.height !== Math.round(h * dpr)) {
      this.el.width = Math.round(w * dpr);
      this.el.height = Math.round(h * dpr);
      this.el.style.width = `${w}px`;
      this.el.style.height = `${h}px`;
    }
    const c = this.ctx;
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    c.clearRect(0, 0, w, h);
    c.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    const sizes = new Map(this.model.nodes.map((n) => [n.key, n]));
    // links
    c.lineWidth = 1 / Math.max(t.k, 0.5);
    c.strokeStyle = 'rgba(70,80,100,0.45)';
    c.beginPath();
    const x0 = -t.x / t.k, y0 = -t.y / t.k, x1 = x0 + w / t.k, y1 = y0 + h / t.k;
    for (const l of this.model.links) {
      const s = disp.get(l.source);
      const d = disp.get(l.target);
      const sn = sizes.get(l.source);
      if (!s || !d || !sn) continue;
      const sx = s.x + sn.width, sy = s.y + Math.min(sn.height, HEADER_H) / 2, tx = d.x, ty = d.y + 12;
      if (Math.max(sx, tx) < x0 || Math.min(sx, tx) > x1 || Math.max(sy, ty) < y0 || Math.min(sy, ty) > y1) continue;
      c.moveTo(sx, sy);
      c.lineTo(tx, ty);
    }
    c.stroke();
    // nodes
    const text = t.k > 0.45;
    c.font = '12px system-ui, sans-serif';
    const cycle = new Set(this.model.facts.inCycle.keys());
    for (const n of this.model.nodes) {
      const p = disp.get(n.key);
      if (!p || p.x > x1 || p.y > y1 || p.x + n.width < x0 || p.y + n.height < y0) continue;
      c.fillStyle = n.kind === 'root' ? '#e8eefc' : n.kind === 'suspended' ? '#eceff3' : n.leaked ? '#fdecec' : '#ffffff';
      c.strokeStyle = n.objectId !== null && n.objectId === this.hl?.selected ? '#1d4ed8' : n.objectId !== null && cycle.has(n.objectId) ? '#d97706' : '#8a94a6';
      c.fillRect(p.x, p.y, n.width, n.height);
      c.strokeRect(p.x, p.y, n.width, n.height);
      if (text) {
        c.fillStyle = '#1f2937';
        c.fillText(n.title, p.x + 6, p.y + 15, n.width - 30);
        if (n.refcount !== null) {
          c.fillStyle = '#334155';
          c.beginPath();
          c.arc(p.x + n.width, p.y, 9, 0, Math.PI * 2);
          c.fill();
          c.fillStyle = '#fff';
          c.fillText(String(n.refcount), p.x + n.width - 4, p.y + 4);
        }
      }
    }
  }
}
