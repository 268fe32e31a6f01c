// The arrows' paths: from the port of the slot that holds the reference to the target's left
// edge. Forward arrows are plain curves; an arrow back to the left (a cycle's closing edge) is a
// clear back edge that leaves downwards, runs under both boxes and comes in from the left.

import { HEADER_H, MAX_SLOTS, SLOT_H, type GLink } from './model';
import type { Pt } from './viewport';

export function linkPath(l: GLink, disp: Map<string, Pt>, sizes: Map<string, { w: number; h: number }>, k: number): string {
  const s = disp.get(l.source);
  const t = disp.get(l.target);
  const ss = sizes.get(l.source);
  const ts = sizes.get(l.target);
  if (!s || !t || !ss || !ts) return '';
  const sx = s.x + ss.w - 8 * k;
  const sy = s.y + (HEADER_H + Math.min(l.slot, MAX_SLOTS - 1) * SLOT_H + SLOT_H / 2 + 1) * k;
  if (l.source === l.target) {
    // a self-reference: a loop over the node's top edge
    const tx = s.x + ss.w * 0.55;
    return `M${sx},${sy} C${sx + 70 * k},${sy} ${sx + 40 * k},${s.y - 50 * k} ${tx},${s.y - 1}`;
  }
  const tx = t.x;
  const ty = t.y + Math.min((HEADER_H / 2) * k, ts.h / 2);
  if (tx > sx + 20 * k) {
    const dx = Math.max(30 * k, (tx - sx) * 0.5);
    return `M${sx},${sy} C${sx + dx},${sy} ${tx - dx},${ty} ${tx},${ty}`;
  }
  if (Math.abs(t.x - s.x) < 60 * k && t.y > s.y + ss.h) {
    // straight below in the same column: out to the right, down, in on the target's right side
    const rx = t.x + ts.w;
    const out = Math.max(sx, rx) + 46 * k;
    return `M${sx},${sy} C${out},${sy} ${out},${ty} ${rx + 2},${ty}`;
  }
  // pointing back left (a cycle closing): leave to the right, run under both boxes, come in
  // from the left
  const low = Math.max(s.y + ss.h, t.y + ts.h) + 26 * k;
  const ex = tx - 34 * k;
  return `M${sx},${sy} C${sx + 46 * k},${sy} ${sx + 46 * k},${low} ${sx},${low} L${ex + 20 * k},${low} C${ex},${low} ${ex},${ty} ${tx},${ty}`;
}
