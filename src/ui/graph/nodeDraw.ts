// Drawing one node's insides (box, header, slots, tags, refcount badge, gc_refs chip), its CSS
// classes, and its accessible name. Written only when what it shows changed.

import type * as d3 from 'd3';
import type { GcPhaseState } from '../../trace/types';
import { HEADER_H, MAX_SLOTS, SLOT_H, fitSlot, type GNode, type GraphModel } from './model';
import type { Highlights } from './GraphView';

/** what a node showed last time, to animate the change */
export interface NodeMemo {
  refcount: Map<string, number>;
  gcRefs: Map<string, number>;
}

export function drawNode(g: d3.Selection<SVGGElement, unknown, null, undefined>, d: GNode, gc: GcPhaseState | null, memo: NodeMemo): void {
  const inner = g.select<SVGGElement>('g.grow');
  const compact = d.kind === 'object' && d.height <= 30;
  const sig = JSON.stringify([d.title, d.repr, d.full, d.slots, d.width, d.height, d.leaked, d.cycle !== null, compact, d.generation]);
  const el = inner.node() as (SVGGElement & { __sig?: string }) | null;
  if (el && el.__sig !== sig) {
    el.__sig = sig;
    inner.selectAll('*').remove();
    // what the box had to shorten, whole: a tooltip, and (a title child of the node, which has an
    // aria-label) its accessible description
    const tip = nodeTip(d);
    const node = g.node();
    let t = node?.querySelector(':scope > title') ?? null;
    if (tip === null) t?.remove();
    else if (node) {
      if (t === null) t = node.insertBefore(document.createElementNS('http://www.w3.org/2000/svg', 'title'), node.firstChild);
      if (t.textContent !== tip) t.textContent = tip;
    }
    inner.append('rect').attr('class', 'body').attr('width', d.width).attr('height', d.height).attr('rx', 7);
    inner
      .append('path')
      .attr('class', 'header')
      .attr('d', `M0,7 a7,7 0 0 1 7,-7 h${d.width - 14} a7,7 0 0 1 7,7 v${(compact ? d.height : HEADER_H) - 7} h${-d.width} z`);
    const title = inner.append('text').attr('class', 'title').attr('x', 9).attr('y', compact ? 19 : 16).text(compact ? `${d.type}` : d.title);
    // the object's number, as the caption and the Inspector name it ("dict #41")
    if (!compact && d.kind === 'object' && d.objectId !== null) title.append('tspan').attr('class', 'oid').text(` #${d.objectId}`);
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
        const [label, text] = fitSlot(s, d.width);
        inner.append('text').attr('class', 'slot-label').attr('x', 9).attr('y', y + SLOT_H - 2).text(label);
        if (s.target !== undefined) {
          inner.append('circle').attr('class', s.weak ? 'port weak' : s.transient ? 'port temp' : 'port').attr('cx', d.width - 8).attr('cy', y + SLOT_H / 2 + 1).attr('r', 3.5);
        } else inner.append('text').attr('class', 'slot-value').attr('x', d.width - 9).attr('y', y + SLOT_H - 2).attr('text-anchor', 'end').text(text);
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
    const prev = memo.refcount.get(d.key);
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
    memo.refcount.set(d.key, d.refcount);
  }
  // gc_refs chip during a collection
  let chip = inner.select<SVGGElement>('g.gcrefs');
  const v = gc !== null && d.objectId !== null ? gc.gcRefs[d.objectId] : undefined;
  if (v === undefined) {
    if (!chip.empty()) chip.remove();
  } else if (chip.empty()) chip = inner.append('g').attr('class', 'gcrefs').attr('transform', 'translate(0,-11)');
  else chip.selectAll('*').remove();
  if (v !== undefined) {
    const prev = memo.gcRefs.get(d.key);
    const t = `gc_refs ${v}`;
    chip.append('rect').attr('x', 0).attr('y', -9).attr('width', t.length * 7.3 + 10).attr('height', 16).attr('rx', 8).attr('class', v === 0 ? 'zero' : '');
    chip.append('text').attr('x', 5).attr('y', 3).text(t);
    if (prev !== undefined && prev !== v) chip.classed('dropped', false).classed('dropped', true);
    memo.gcRefs.set(d.key, v);
  } else memo.gcRefs.delete(d.key);
}

/** a node's CSS classes for this step's highlights */
export function nodeClassFn(hl: Highlights, pinned: (key: string) => boolean): (d: GNode) => string {
  const gc = hl.gc;
  const gcSet = new Set(gc?.objects ?? []);
  const unreachPhase = gc !== null && !['start', 'update_refs', 'subtract_refs', 'done'].includes(gc.phase);
  const reachPhase = gc !== null && gc.phase === 'move_unreachable';
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
    if (pinned(d.key)) c.push('pinned');
    if (d.finalized) c.push('finalized');
    if (d.resumed) c.push('resumed');
    return c.join(' ');
  };
}

/** the node's texts that the box shows shortened, whole (null: nothing is shortened) */
export function nodeTip(d: GNode): string | null {
  const lines: string[] = [];
  if (d.full !== d.repr) lines.push(d.full);
  for (const s of d.slots.slice(0, MAX_SLOTS)) {
    const [label, text] = fitSlot(s, d.width);
    const whole = s.full ?? s.text ?? '';
    if (label !== s.label || text !== whole) lines.push(s.target !== undefined ? s.label : `${s.label}: ${whole}`);
  }
  return lines.length === 0 ? null : lines.join('\n');
}

/**
 * What a screen reader says for a node: "list #12, 3 references, held by x, y". Roots list
 * their variables instead.
 */
export function accessibleName(d: GNode, model: GraphModel): string {
  if (d.kind === 'root' || d.kind === 'transient' || d.kind === 'suspended') {
    const names = d.slots.map((s) => s.label);
    const what = d.title === 'globals' ? 'global variables' : d.kind === 'suspended' ? `${d.title}, held by generator #${d.generator}` : d.title;
    return `${what}: ${names.length === 0 ? 'none' : names.slice(0, 12).join(', ') + (names.length > 12 ? `, and ${names.length - 12} more` : '')}`;
  }
  if (d.kind === 'atom') return `${d.type} ${d.repr}`;
  const parts = [`${d.type} #${d.objectId}`];
  if (d.refcount !== null) parts.push(`${d.refcount} reference${d.refcount === 1 ? '' : 's'}`);
  const holders: string[] = [];
  for (const l of model.links) {
    if (l.target !== d.key || l.weak) continue;
    const src = model.nodes.find((n) => n.key === l.source);
    if (src === undefined) continue;
    const label = src.slots[l.slot]?.label ?? l.pathLabel;
    holders.push(src.kind === 'root' || src.kind === 'suspended' ? (src.title === 'globals' ? label : `${label} in ${src.title}`) : `${src.type} #${src.objectId} ${label}`);
  }
  if (holders.length > 0) parts.push(`held by ${holders.slice(0, 6).join(', ')}${holders.length > 6 ? ` and ${holders.length - 6} more` : ''}`);
  if (d.leaked) parts.push('leaked until collected');
  else if (d.cycle !== null) parts.push('in a reference cycle');
  return parts.join(', ');
}

/** set (or remove, for null) an attribute only if it differs */
export function setAttr(el: Element, name: string, v: string | null): void {
  if (v === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== v) el.setAttribute(name, v);
}

/** the arrowheads every kind of edge ends in (reference, weak, cycle, why-alive path, temporary) */
export function appendArrowMarkers(defs: d3.Selection<SVGDefsElement, unknown, null, undefined>): void {
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
}
