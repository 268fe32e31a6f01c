// From a heap state to what the graph draws: root nodes (module globals, frames, gc.garbage,
// the getrefcount temporary) listing their variables, a node per visible heap object with its
// slots, and a link per reference. Pure: no DOM, no D3.

import type { HeapState, ObjectState, ValueView } from '../../trace/types';
import { displayRepr } from '../../trace/display';
import { globalName, objId } from '../../trace/views/roots';
import type { PathStep } from '../../trace/views/whyAlive';
import { captionSubject, heapFacts, type HeapFacts } from '../../store/derive';

export interface ViewOptions {
  showAtoms: boolean;
  showInternals: boolean;
}

export interface Slot {
  label: string;
  /** inline value text (atoms, hidden machinery) */
  text?: string;
  /** the whole value text, when `text` had to be shortened */
  full?: string;
  /** key of the node this slot points at */
  target?: string;
  weak?: boolean;
  transient?: boolean;
}

/** 'suspended': a paused generator's frame, drawn greyed beside the generator that holds it */
export type NodeKind = 'object' | 'root' | 'atom' | 'transient' | 'suspended';

export interface GNode {
  key: string;
  kind: NodeKind;
  objectId: number | null;
  type: string;
  title: string;
  repr: string;
  /** the whole repr when `repr` is shortened (the node's tooltip and accessible description) */
  full: string;
  refcount: number | null;
  slots: Slot[];
  /** slots not drawn (too many) */
  hiddenSlots: number;
  depth: number;
  /** where a new node grows from: the node that first refers to it */
  parent: string | null;
  leaked: boolean;
  cycle: number | null;
  generation: number;
  finalized: boolean;
  width: number;
  height: number;
  /** a generator's frame (suspended, or running again: 'resumed'): the generator's object id */
  generator?: number;
  resumed?: boolean;
}

export interface GLink {
  key: string;
  source: string;
  target: string;
  slot: number;
  weak: boolean;
  transient: boolean;
  cycle: boolean;
  /** the id of the object holding the reference (null: a root variable) */
  fromObj: number | null;
  /** the label whyAlive uses for this reference */
  pathLabel: string;
}

export interface GraphModel {
  nodes: GNode[];
  links: GLink[];
  facts: HeapFacts;
  subject: number | null;
}

export const MAX_SLOTS = 10;
export const HEADER_H = 40;
export const SLOT_H = 17;
const SHARED_ATOMS = new Set(['int', 'str', 'NoneType', 'bool']);
const CHAR_W = 7.25;
/** the repr line: 12 px monospace, 0.6 em a character */
const REPR_CHAR_W = 7.25;

export const objKey = (id: number) => `o${id}`;

function measure(title: string, repr: string, slots: Slot[], compact: boolean): [number, number] {
  if (compact) return [92, 30];
  let w = Math.max(title.length * 7.2 + 44, Math.min(repr.length, 34) * REPR_CHAR_W + 20);
  for (const s of slots) w = Math.max(w, (Math.min(s.label.length, 18) + Math.min((s.text ?? '').length, 22)) * CHAR_W + 34);
  const rows = Math.min(slots.length, MAX_SLOTS) + (slots.length > MAX_SLOTS ? 1 : 0);
  return [Math.round(Math.min(Math.max(w, 110), 270)), HEADER_H + rows * SLOT_H + (rows > 0 ? 6 : 0)];
}

/** inline text for a value that is not drawn as a node */
function atomText(type: string, repr: string): string {
  const mod = /^<module '([^']*)'/.exec(repr);
  if (mod) return `module ${mod[1]}`;
  const bf = /^<built-in function (\w+)>/.exec(repr);
  if (bf) return `built-in ${bf[1]}`;
  const cls = /^<class '([^']*)'>/.exec(repr);
  if (cls) return `class ${cls[1]}`;
  return type === 'function' ? repr.replace(/ at 0x[0-9a-f]+/, '') : repr;
}

export function short(text: string, n: number): string {
  return text.length > n ? text.slice(0, Math.max(1, n - 1)) + '…' : text;
}

/** characters of 12 px monospace that fit in `px` */
export const charsIn = (px: number) => Math.max(1, Math.floor(px / REPR_CHAR_W));

/** a slot row's label and value, shortened to fit side by side in a box `width` wide */
export function fitSlot(s: Slot, width: number): [string, string] {
  const room = charsIn(width - 18 - (s.target !== undefined ? 12 : 0)) - (s.target !== undefined ? 0 : 2);
  const text = s.target !== undefined ? '' : (s.text ?? '');
  if (s.label.length + text.length <= room) return [s.label, text];
  // the label keeps at least half the row, the value what is left (and the label the rest)
  const label = short(s.label, Math.max(room - text.length, Math.ceil(room / 2)));
  return [label, short(text, room - label.length)];
}

/**
 * The whole repr of a container (its items' reprs as displayRepr gives them), where the box and
 * displayRepr cut it short; other objects as displayRepr has them.
 */
export function wholeRepr(s: HeapState, o: ObjectState, byId: Map<number, ObjectState>): string {
  const item = (v: ValueView) => (v.kind === 'atom' ? v.repr : v.kind === 'obj' ? displayRepr(s, v.id, byId) : '?');
  const edges = o.edges.filter((e) => !e.isClassRef);
  const more = o.truncated ? ', ...' : '';
  switch (o.type) {
    case 'list':
      return `[${edges.map((e) => item(e.to)).join(', ')}${more}]`;
    case 'tuple':
      return edges.length === 1 && !o.truncated ? `(${item(edges[0].to)},)` : `(${edges.map((e) => item(e.to)).join(', ')}${more})`;
    case 'dict':
      return `{${edges.filter((e) => e.label.startsWith('[')).map((e) => `${e.label.slice(1, -1)}: ${item(e.to)}`).join(', ')}${more}}`;
    default:
      return displayRepr(s, o.id, byId);
  }
}

/** the repr line of a box: an instance's default repr is only its address (the title names its class) */
function boxRepr(repr: string): string {
  const m = /^<[\w.]+ object at (0x[0-9a-f]+)>$/.exec(repr);
  return m ? `at ${m[1]}` : repr;
}

/** graphs bigger than this draw compact nodes (no slot rows) */
export const COMPACT_OVER = 400;

export function buildModel(s: HeapState, opts: ViewOptions): GraphModel {
  const facts = heapFacts(s, opts.showInternals);
  const { byId, machinery, interpreterHeld, leaked, inCycle } = facts;
  const visible = (id: number) =>
    byId.has(id) && id !== s.globalsId && (opts.showInternals || (!machinery.has(id) && !interpreterHeld.has(id)));
  const compact = s.objects.length > COMPACT_OVER;
  const nodes = new Map<string, GNode>();
  const links: GLink[] = [];
  const atomNodes = new Map<string, GNode>();

  const slotFor = (label: string, v: ValueView, weak: boolean, transient: boolean): Slot => {
    if (v.kind === 'unbound') return { label, text: '<unbound>' };
    if (v.kind === 'atom') {
      if (opts.showAtoms && SHARED_ATOMS.has(v.type)) {
        const key = `atom:${v.type}:${v.repr}`;
        if (!atomNodes.has(key)) {
          const [w, h] = measure(v.type, v.repr, [], false);
          atomNodes.set(key, {
            key, kind: 'atom', objectId: null, type: v.type, title: v.type, repr: short(v.repr, charsIn(w - 18)), full: v.repr, refcount: null, slots: [], hiddenSlots: 0,
            depth: 1, parent: null, leaked: false, cycle: null, generation: -1, finalized: false, width: w, height: h,
          });
        }
        return { label, target: key, weak, transient };
      }
      const text = atomText(v.type, v.repr);
      return text.length > 24 ? { label, text: short(text, 24), full: text } : { label, text };
    }
    if (!visible(v.id)) {
      const o = byId.get(v.id);
      const text = o === undefined ? '<freed>' : o.type === 'type' ? `class ${o.name ?? '?'}` : o.type === 'function' ? `function ${o.name ?? '?'}` : `${o.type} (internal)`;
      return { label, text };
    }
    return { label, target: objKey(v.id), weak, transient };
  };

  /** objects held in slots past those drawn, by holder: they are placed beside it, with no arrow */
  const hidden = new Map<string, string[]>();
  const addLinks = (node: GNode, fromObj: number | null, pathLabels: string[]) => {
    node.slots.forEach((sl, i) => {
      if (sl.target === undefined) return;
      if (i >= MAX_SLOTS) {
        if (!sl.weak) {
          let h = hidden.get(node.key);
          if (!h) hidden.set(node.key, (h = []));
          h.push(sl.target);
        }
        return;
      }
      const tid = sl.target.startsWith('o') ? Number(sl.target.slice(1)) : null;
      const cyc = fromObj !== null && tid !== null && inCycle.has(fromObj) && inCycle.get(fromObj) === inCycle.get(tid) && !sl.weak;
      links.push({
        key: `${node.key}|${i}`, source: node.key, target: sl.target, slot: i, weak: !!sl.weak, transient: !!sl.transient,
        cycle: cyc, fromObj, pathLabel: pathLabels[i],
      });
    });
  };

  const finishNode = (n: Omit<GNode, 'width' | 'height' | 'hiddenSlots' | 'full'>, whole?: () => string): GNode => {
    // (an object's title is followed by its number, as captions and the Inspector name it)
    const heading = n.kind === 'object' && n.objectId !== null ? `${n.title} #${n.objectId}` : n.title;
    const [w, h] = measure(heading, n.repr, compact && n.kind === 'object' ? [] : n.slots, compact && n.kind === 'object');
    // the repr line is cut to the box; the whole text is the node's tooltip
    const repr = short(n.repr, charsIn(w - 18));
    const full = compact ? n.repr : repr !== n.repr || n.repr.endsWith('...') ? (whole?.() ?? n.repr) : n.repr;
    // (spelled out, not spread: spreading a dozen fields per node was a fifth of the time on big heaps)
    return {
      key: n.key, kind: n.kind, objectId: n.objectId, type: n.type, title: n.title, repr, full, refcount: n.refcount, slots: n.slots,
      hiddenSlots: Math.max(0, n.slots.length - MAX_SLOTS), depth: n.depth, parent: n.parent, leaked: n.leaked, cycle: n.cycle,
      generation: n.generation, finalized: n.finalized, width: w, height: h,
    };
  };

  // ---- roots ----
  const g = byId.get(s.globalsId);
  if (g !== undefined) {
    const slots: Slot[] = [];
    const labels: string[] = [];
    for (const e of g.edges) {
      const name = globalName(e.label);
      if (!opts.showInternals && /^__.*__$/.test(name)) continue;
      slots.push(slotFor(name, e.to, e.weak, false));
      labels.push(name);
    }
    const node = finishNode({
      key: 'globals', kind: 'root', objectId: null, type: 'globals', title: 'globals', repr: 'module __main__', refcount: null, slots,
      depth: 0, parent: null, leaked: false, cycle: null, generation: -1, finalized: false,
    });
    nodes.set(node.key, node);
    addLinks(node, null, labels);
  }
  /** generator object id -> its frame's node (a paused frame: its variables are the generator's references) */
  const genFrames = new Map<number, { key: string; names: Set<string>; suspended: boolean }>();
  for (const f of s.frames) {
    const isModule = f.name === '<module>';
    const slots: Slot[] = [];
    const labels: string[] = [];
    const names = new Set<string>();
    if (!isModule) for (const v of f.vars) {
      slots.push(slotFor(v.name, v.value, false, false));
      labels.push(f.suspended ? v.name : `${f.name}: ${v.name}`);
      names.add(v.name);
    }
    for (const v of f.temps) {
      slots.push(slotFor(v.name, v.value, false, !f.suspended));
      labels.push(f.suspended ? '(for iterator)' : `${f.name}: ${v.name}`);
      names.add('(for iterator)');
    }
    const gen = f.generator !== undefined && byId.has(f.generator) ? f.generator : null;
    if (f.suspended) {
      // not a root: held by its generator, greyed, drawn next to it; its variables' arrows are
      // the generator's references (counted in their targets' badges)
      if (gen === null) continue;
      const node = finishNode({
        key: `frame:${f.id}`, kind: 'suspended', objectId: null, type: 'frame', title: `${f.name}() · suspended`, repr: `paused at line ${f.line}`,
        refcount: null, slots, depth: -1, parent: objKey(gen), leaked: false, cycle: null, generation: -1, finalized: false,
      });
      node.generator = gen;
      nodes.set(node.key, node);
      addLinks(node, gen, labels);
      genFrames.set(gen, { key: node.key, names, suspended: true });
      continue;
    }
    if (isModule && slots.length === 0) continue;
    const node = finishNode({
      key: `frame:${f.id}`, kind: 'root', objectId: null, type: 'frame', title: isModule ? 'module frame' : `${f.name}()`, repr: gen !== null ? `generator frame · running · line ${f.line}` : `frame · line ${f.line}`,
      refcount: null, slots, depth: 0, parent: 'globals', leaked: false, cycle: null, generation: -1, finalized: false,
    });
    if (gen !== null) {
      node.generator = gen;
      node.resumed = true;
      genFrames.set(gen, { key: node.key, names, suspended: false });
    }
    nodes.set(node.key, node);
    addLinks(node, null, labels);
  }
  if (s.transient !== null && byId.has(s.transient.id)) {
    const node = finishNode({
      key: 'transient', kind: 'transient', objectId: null, type: 'temporary', title: 'temporary', repr: s.transient.label, refcount: null,
      slots: [{ label: 'argument', target: objKey(s.transient.id), transient: true }],
      depth: 0, parent: objKey(s.transient.id), leaked: false, cycle: null, generation: -1, finalized: false,
    });
    nodes.set(node.key, node);
    addLinks(node, null, [s.transient.label]);
  }

  // ---- objects ----
  const edgeLabel = (o: ObjectState, label: string) => (o.type === 'cell' && label === '' ? 'cell' : label);
  for (const o of s.objects) {
    if (!visible(o.id)) continue;
    const isGarbage = o.id === s.garbageId;
    if (isGarbage && o.edges.length === 0 && !opts.showInternals) continue;
    const slots: Slot[] = [];
    const labels: string[] = [];
    const gf = genFrames.get(o.id);
    if (gf !== undefined) {
      // a generator: its frame, drawn as a node of its own, instead of the frame's variables
      slots.push({ label: gf.suspended ? 'frame (suspended)' : 'frame (running)', target: gf.key });
      labels.push('gi_frame');
    }
    for (const e of o.edges) {
      if (e.isClassRef && !opts.showInternals) continue;
      if (gf !== undefined && gf.suspended && gf.names.has(e.label)) continue;
      slots.push(slotFor(edgeLabel(o, e.label), e.to, e.weak, false));
      labels.push(e.label);
    }
    if (o.truncated) slots.push({ label: '…', text: 'more not shown' });
    const node = finishNode({
      key: objKey(o.id), kind: isGarbage ? 'root' : 'object', objectId: o.id, type: o.type,
      title: isGarbage ? 'gc.garbage' : o.type, repr: boxRepr(displayRepr(s, o.id, byId)), refcount: o.refcount, slots,
      depth: isGarbage ? 0 : -1, parent: null, leaked: leaked.has(o.id), cycle: inCycle.get(o.id) ?? null,
      generation: o.generation, finalized: o.finalized,
    }, () => wholeRepr(s, o, byId));
    nodes.set(node.key, node);
    addLinks(node, o.id, labels);
  }
  for (const a of atomNodes.values()) nodes.set(a.key, a);
  const kept = links.filter((l) => nodes.has(l.target));

  // ---- depth (layout columns) and the creator each node grows from ----
  const out = new Map<string, GLink[]>();
  for (const l of kept) {
    let a = out.get(l.source);
    if (!a) out.set(l.source, (a = []));
    a.push(l);
  }
  const queue: GNode[] = [...nodes.values()].filter((n) => n.kind === 'root' || n.kind === 'transient');
  for (const n of queue) n.depth = 0;
  const bfs = (from = 0) => {
    for (let i = from; i < queue.length; i++) {
      const n = queue[i];
      for (const l of out.get(n.key) ?? []) {
        if (l.weak) continue;
        const t = nodes.get(l.target)!;
        if (t.depth >= 0 && t.kind !== 'atom') continue;
        if (t.kind === 'atom') {
          t.depth = Math.max(t.depth, n.depth + 1);
          t.parent ??= n.key;
          continue;
        }
        t.depth = n.depth + 1;
        t.parent = n.key;
        queue.push(t);
      }
    }
  };
  bfs();
  // objects reached only through slots not drawn (a list's items past the tenth): the column right
  // of the container that holds them, as if the arrow were there
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    for (const k of hidden.get(n.key) ?? []) {
      const t = nodes.get(k);
      if (t === undefined || t.kind === 'atom' || t.depth >= 0) continue;
      t.depth = n.depth + 1;
      t.parent = n.key;
      const at = queue.length;
      queue.push(t);
      bfs(at);
    }
  }
  // what no root reaches (leaked cycles, weakly held): its own columns, below the rest
  for (const n of nodes.values()) {
    if (n.depth < 0) {
      n.depth = 1;
      queue.length = 0;
      queue.push(n);
      bfs();
    }
  }
  return { nodes: [...nodes.values()], links: kept, facts, subject: captionSubject(s) };
}

/** the links and nodes on a why-alive path, as keys */
export function pathKeys(model: GraphModel, path: PathStep[] | null): { links: Set<string>; nodes: Set<string> } {
  const links = new Set<string>();
  const nodes = new Set<string>();
  if (path === null) return { links, nodes };
  for (const st of path) {
    nodes.add(objKey(st.to));
    const l = model.links.find((k) =>
      st.from === null ? k.fromObj === null && k.target === objKey(st.to) && k.pathLabel === st.label : k.fromObj === st.from && k.target === objKey(st.to) && k.pathLabel === st.label,
    );
    if (l) {
      links.add(l.key);
      nodes.add(l.source);
    }
  }
  return { links, nodes };
}

export { objId };
