// The minimap: the whole heap in miniature, with the part in view outlined, shown beside a
// readable view whenever the heap is larger than the view. A click (or Enter on a focused
// minimap, which centres the globals) moves the view there.

import type { Box, Pt } from './viewport';

const W = 150;
const H = 100;

export class Minimap {
  readonly el: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D | null;
  /** graph coordinates -> minimap pixels */
  private map: { k: number; x0: number; y0: number } | null = null;

  constructor(host: HTMLElement, onPick: (p: Pt) => void) {
    this.el = document.createElement('canvas');
    this.el.className = 'minimap';
    this.el.width = W * 2;
    this.el.height = H * 2;
    this.el.hidden = true;
    this.el.setAttribute('role', 'img');
    this.el.setAttribute('aria-label', 'Minimap of the whole heap: the outlined part is in view');
    this.el.dataset.testid = 'minimap';
    host.appendChild(this.el);
    this.ctx = this.el.getContext('2d');
    this.el.addEventListener('click', (e) => {
      if (this.map === null) return;
      const r = this.el.getBoundingClientRect();
      const m = this.map;
      onPick({ x: (e.clientX - r.left) / m.k + m.x0, y: (e.clientY - r.top) / m.k + m.y0 });
      e.stopPropagation();
    });
  }

  destroy(): void {
    this.el.remove();
  }

  /** draw the boxes and the view's outline; hidden when the whole picture is in view */
  draw(boxes: Iterable<[Pt, { w: number; h: number }]>, all: Box | null, view: Box, show: boolean): void {
    if (!show || all === null || this.ctx === null) {
      if (!this.el.hidden) this.el.hidden = true;
      this.map = null;
      return;
    }
    if (this.el.hidden) this.el.hidden = false;
    const ctx = this.ctx;
    const pad = 4;
    const k = Math.min((W - pad * 2) / Math.max(1, all.x1 - all.x0), (H - pad * 2) / Math.max(1, all.y1 - all.y0));
    const x0 = all.x0 - pad / k;
    const y0 = all.y0 - pad / k;
    this.map = { k, x0, y0 };
    ctx.setTransform(2, 0, 0, 2, 0, 0);
    ctx.clearRect(0, 0, W, H);
    const dark = document.documentElement.dataset.theme === 'dark';
    ctx.fillStyle = dark ? '#64748b' : '#94a3b8';
    for (const [p, s] of boxes) ctx.fillRect((p.x - x0) * k, (p.y - y0) * k, Math.max(1.5, s.w * k), Math.max(1.5, s.h * k));
    ctx.strokeStyle = dark ? '#fbbf24' : '#1d4ed8';
    ctx.lineWidth = 1.5;
    ctx.strokeRect((view.x0 - x0) * k, (view.y0 - y0) * k, (view.x1 - view.x0) * k, (view.y1 - view.y0) * k);
  }
}
