// The graph by keyboard: one tab stop (a roving tabindex on the nodes), the arrow keys move to the
// nearest object in that direction, Enter or Space opens it in the Inspector, Escape leaves the
// graph for the step controls. Arrow keys used here never reach the page's step shortcuts.

import type { Pt } from './viewport';

export interface KeysHost {
  /** where each drawn node is (top-left) and its size */
  places(): Iterable<[string, Pt, { w: number; h: number }]>;
  element(key: string): SVGGElement | undefined;
  select(key: string): void;
  /** bring a node into view */
  reveal(key: string): void;
  /** leave the graph for the step controls */
  leave(): void;
}

const DIRS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

export class GraphKeys {
  /** the node that holds the graph's tab stop */
  current: string | null = null;

  constructor(
    layer: SVGGElement,
    private host: KeysHost,
  ) {
    layer.addEventListener('keydown', (e) => this.onKey(e));
    layer.addEventListener('focusin', (e) => {
      const g = (e.target as Element | null)?.closest?.('g.node');
      const key = g?.getAttribute('data-key') ?? null;
      if (key !== null && key !== this.current) this.setCurrent(key);
    });
  }

  /** keep the tab stop on a node that is still drawn (the first root, else the first node) */
  settle(keys: string[]): void {
    if (this.current !== null && keys.includes(this.current)) return;
    this.current = keys[0] ?? null;
  }

  private setCurrent(key: string): void {
    const old = this.current !== null ? this.host.element(this.current) : undefined;
    old?.setAttribute('tabindex', '-1');
    this.current = key;
    this.host.element(key)?.setAttribute('tabindex', '0');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = this.current;
    if (key === null) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.host.leave();
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      this.host.select(key);
      return;
    }
    const dir = DIRS[e.key];
    if (dir === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    const next = this.nearest(key, dir);
    if (next === null) return;
    this.setCurrent(next);
    this.host.reveal(next);
    this.host.element(next)?.focus({ preventScroll: true });
  }

  /** the nearest node whose centre lies in the direction (within a 45° cone, else a wider one) */
  private nearest(from: string, [dx, dy]: [number, number]): string | null {
    let c: Pt | null = null;
    const all: [string, Pt][] = [];
    for (const [k, p, s] of this.host.places()) {
      const m = { x: p.x + s.w / 2, y: p.y + s.h / 2 };
      if (k === from) c = m;
      else all.push([k, m]);
    }
    if (c === null) return null;
    let best: string | null = null;
    let bestScore = Infinity;
    for (const [k, m] of all) {
      const along = (m.x - c.x) * dx + (m.y - c.y) * dy;
      if (along <= 1) continue;
      const across = Math.abs((m.x - c.x) * dy) + Math.abs((m.y - c.y) * dx);
      const score = along + across * 2.5;
      if (score < bestScore) ((bestScore = score), (best = k));
    }
    return best;
  }
}

/** Escape's target: the step controls' first usable button (Step forward when the run can go on) */
export function focusStepControls(): void {
  const bar = document.querySelector('[role="toolbar"][aria-label="Step controls"]');
  const fwd = bar?.querySelector<HTMLButtonElement>('button[aria-label="Step forward"]:not([disabled])');
  (fwd ?? bar?.querySelector<HTMLElement>('button:not([disabled]), select'))?.focus();
}
