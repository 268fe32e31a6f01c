// The heap state as the record rebuilds it: applying the log's operations in order. The
// recorder keeps one of these as its shadow (so what it records is what replay will rebuild);
// seeking clones a checkpoint and applies the operations up to the wanted step.

import { Op, Meta, OP_ARGS, CHUNK_SHIFT, type IntLog } from './log';
import { EdgeMap } from './edgeMap';

/** an edge value packed in one number: payload * 32 + tag * 4 + flags (payload may be negative) */
export function pack(tag: number, payload: number, flags: number): number {
  return payload * 32 + tag * 4 + flags;
}
function low(v: number): number {
  return ((v % 32) + 32) % 32;
}
export function unpackTag(v: number): number {
  return low(v) >> 2;
}
export function unpackFlags(v: number): number {
  return low(v) & 3;
}
export function unpackPayload(v: number): number {
  return (v - low(v)) / 32;
}

export interface ObjRec {
  type: number;
  rc: number;
  gen: number;
  finalized: boolean;
  length: number;
  name: number;
  referent: number;
  truncated: boolean;
  /** label string index -> packed value */
  edges: EdgeMap<number>;
}

export interface FrameRec {
  name: number;
  parent: number;
  line: number;
  /** a suspended generator's frame: the generator's id (0 while the frame runs) */
  owner: number;
  /** a generator's frame: its generator's id, suspended or running (0: not a generator's) */
  gen?: number;
  /** slot -> packed value (the names are in ReplayState.slotNames) */
  vars: EdgeMap<number>;
}

export interface GcRec {
  phase: number;
  generation: number;
  dataStart: number;
  count: number;
  collected: number;
}

export interface ReplayState {
  objects: Map<number, ObjRec>;
  frames: Map<number, FrameRec>;
  /** the frame stack, outermost first */
  stack: number[];
  stdoutLen: number;
  stderrLen: number;
  gc: GcRec | null;
  transient: { id: number; label: number } | null;
  /** a variable's name by (code name, slot): the same for every frame of one code object */
  slotNames: Map<number, number>;
  /** the collector's counts then thresholds, generations 0..2 (gc.get_count(), gc.get_threshold()); empty until recorded */
  counts: number[];
}

export function slotKey(codeName: number, slot: number): number {
  return codeName * 65536 + slot + 1024;
}

export function emptyState(): ReplayState {
  return { objects: new Map(), frames: new Map(), stack: [], stdoutLen: 0, stderrLen: 0, gc: null, transient: null, slotNames: new Map(), counts: [] };
}

export function cloneState(s: ReplayState): ReplayState {
  const objects = new Map<number, ObjRec>();
  for (const [id, o] of s.objects) {
    objects.set(id, { type: o.type, rc: o.rc, gen: o.gen, finalized: o.finalized, length: o.length, name: o.name, referent: o.referent, truncated: o.truncated, edges: o.edges.clone() });
  }
  const frames = new Map<number, FrameRec>();
  for (const [id, f] of s.frames) frames.set(id, { ...f, vars: f.vars.clone() });
  return { objects, frames, stack: s.stack.slice(), stdoutLen: s.stdoutLen, stderrLen: s.stderrLen, gc: s.gc, transient: s.transient, slotNames: new Map(s.slotNames), counts: s.counts.slice() };
}

/** apply the operations in log[from, to), chunk by chunk */
export function applyOps(s: ReplayState, log: IntLog, from: number, to: number): void {
  let pos = from;
  while (pos < to) {
    const c = pos >>> CHUNK_SHIFT;
    const base = c << CHUNK_SHIFT;
    const d = log.chunks[c];
    const stop = Math.min(to - base, d.length);
    let p = pos - base;
    while (p < stop && d[p] !== 0) {
      p += applyOp(s, d, p);
    }
    // done, or at the chunk's padding: the next entry starts the next chunk
    pos = base + p >= to ? to : base + (1 << CHUNK_SHIFT);
  }
}

/** apply the operation at d[p]; returns its length */
function applyOp(s: ReplayState, d: Int32Array, p: number): number {
  const op = d[p];
  switch (op) {
    case Op.Rc: {
      const o = s.objects.get(d[p + 1]);
      if (o !== undefined) o.rc = d[p + 2];
      break;
    }
    case Op.Alloc:
      s.objects.set(d[p + 1], { type: d[p + 2], rc: 1, gen: -1, finalized: false, length: -1, name: -1, referent: -2, truncated: false, edges: new EdgeMap() });
      break;
    case Op.Free:
      s.objects.delete(d[p + 1]);
      if (s.transient !== null && s.transient.id === d[p + 1]) s.transient = null;
      break;
    case Op.Edge: {
      const o = s.objects.get(d[p + 1]);
      if (o !== undefined) o.edges.set(d[p + 2], pack(d[p + 3], d[p + 4], d[p + 5]));
      break;
    }
    case Op.Unedge: {
      const o = s.objects.get(d[p + 1]);
      if (o !== undefined) o.edges.delete(d[p + 2]);
      break;
    }
    case Op.Meta: {
      const o = s.objects.get(d[p + 1]);
      if (o !== undefined) {
        const v = d[p + 3];
        switch (d[p + 2]) {
          case Meta.Generation: o.gen = v; break;
          case Meta.Finalized: o.finalized = v !== 0; break;
          case Meta.Length: o.length = v; break;
          case Meta.Name: o.name = v; break;
          case Meta.Referent: o.referent = v; break;
          case Meta.Truncated: o.truncated = v !== 0; break;
        }
      }
      break;
    }
    case Op.FramePush: {
      // the caller stays at the line that made the call
      const caller = s.frames.get(d[p + 3]);
      if (caller !== undefined) caller.line = d[p + 4];
      s.frames.set(d[p + 1], { name: d[p + 2], parent: d[p + 3], line: 0, owner: 0, vars: new EdgeMap() });
      s.stack.push(d[p + 1]);
      break;
    }
    case Op.FrameSuspend: {
      const f = s.frames.get(d[p + 1]);
      if (f !== undefined) {
        f.owner = d[p + 2];
        f.gen = d[p + 2];
        f.line = d[p + 3];
      }
      const i = s.stack.lastIndexOf(d[p + 1]);
      if (i >= 0) s.stack.splice(i, 1);
      break;
    }
    case Op.FrameResume: {
      const f = s.frames.get(d[p + 1]);
      if (f === undefined) break;
      const caller = s.frames.get(d[p + 2]);
      if (caller !== undefined) caller.line = d[p + 3];
      f.owner = 0;
      f.parent = d[p + 2];
      s.stack.push(d[p + 1]);
      break;
    }
    case Op.FramePop: {
      s.frames.delete(d[p + 1]);
      const i = s.stack.lastIndexOf(d[p + 1]);
      if (i >= 0) s.stack.splice(i, 1);
      break;
    }
    case Op.Var: {
      const f = s.frames.get(d[p + 1]);
      if (f !== undefined) {
        f.vars.set(d[p + 2], pack(d[p + 4], d[p + 5], 0));
        s.slotNames.set(slotKey(f.name, d[p + 2]), d[p + 3]);
      }
      break;
    }
    case Op.Unvar: {
      const f = s.frames.get(d[p + 1]);
      if (f !== undefined) {
        f.vars.delete(d[p + 2]);
      }
      break;
    }
    case Op.FrameLine: {
      const f = s.frames.get(d[p + 1]);
      if (f !== undefined) f.line = d[p + 2];
      s.gc = null; // a line runs: any collection has finished
      break;
    }
    case Op.Out:
      if (d[p + 1] === 0) s.stdoutLen = d[p + 2];
      else s.stderrLen = d[p + 2];
      break;
    case Op.Gc:
      s.gc = { phase: d[p + 1], generation: d[p + 2], dataStart: d[p + 3], count: d[p + 4], collected: d[p + 5] };
      break;
    case Op.Gen0Count:
      s.counts[0] = d[p + 1];
      break;
    case Op.GcCounts:
      for (let i = 0; i < 6; i++) s.counts[i] = d[p + 1 + i];
      break;
    case Op.Transient:
      s.transient = d[p + 1] < 0 ? null : { id: d[p + 1], label: d[p + 2] };
      break;
    default:
      throw new Error(`trace log corrupt: op ${op} at ${p}`);
  }
  return 1 + OP_ARGS[op];
}
