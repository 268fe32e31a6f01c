// The recorder: a HeapObserver that turns the engine's events into the dense log. Reference
// count changes and allocations are recorded as they happen; content changes (a slot, an
// item, an attribute, a variable) are diffed against the shadow state at the next step boundary,
// so a busy line costs one diff per object it touched.

import type { HeapObserver, GcPhaseEvent } from '../runtime/observer';
import { PyObject } from '../runtime/objects/object';
import type { Frame } from '../runtime/eval/frame';
import { PyCell } from '../runtime/objects/function';
import { PyDict } from '../runtime/objects/dict';
import { PyList } from '../runtime/objects/list';
import { PyTuple } from '../runtime/objects/tuple';
import { PySet } from '../runtime/objects/set';
import { PyType } from '../runtime/objects/type';
import { PyFunction } from '../runtime/objects/function';
import { PyWeakRef } from '../runtime/objects/weakref';
import { PyInstance } from '../runtime/objects/instance';
import { PyFloat } from '../runtime/objects/float';
import { pyRepr } from '../runtime/eval/repr';
import { typeOf } from '../runtime/objects/typeOf';
import { EdgeMap } from './edgeMap';
import { IntLog, NumberLog, Op, Meta, Tag, StringTable, EDGE_WEAK, EDGE_CLASS } from './log';
import { applyOps, cloneState, emptyState, pack, slotKey, type FrameRec, type ObjRec, type ReplayState } from './replay';
import type { Grain } from './types';
import { StepTable, F_START, F_INFO, F_LINE, F_SUBJECT, F_END } from './steps';

interface KeyInfo {
  /** the label of d[k] (string index; -1 until needed) */
  item: number;
  /** the label of .k */
  attr: number;
  /** the key's position in the dict it was last looked up in (a guess, checked before use) */
  at: number;
}

/** the shadow's record of a live object, with the recorder's own mark */
interface ShadowRec extends ObjRec {
  /** queued in Recorder.dirty for a full diff */
  dirty: boolean;
}

export const GRAIN_CODE: Record<Grain, number> = { line: 0, ref: 1, gc: 2 };
const GRAIN_LINE = 0;
const GRAIN_REF = 1;
const GRAIN_GC = 2;
export const GC_PHASES = ['start', 'update_refs', 'subtract_refs', 'move_unreachable', 'weakrefs', 'finalize', 'resurrected', 'clear', 'saveall', 'done'];

export interface RecorderOptions {
  /** edges kept per object (the rest is summarised) */
  maxEdges?: number;
  /** record each reference-count change as a step of its own (the 'ref' grain) */
  refSteps?: boolean;
}

/** the step kinds that can start a caption */
export const enum Cause {
  Line = 0,
  Incref = 1,
  Decref = 2,
  Alloc = 3,
  Gc = 4,
  GetRefcount = 5,
  Finalizer = 6,
  WeakrefCleared = 7,
  Free = 8,
}

export class Recorder implements HeapObserver {
  readonly log = new IntLog();
  readonly strings = new StringTable();
  readonly shadow: ReplayState = emptyState();
  readonly steps = new StepTable();
  /** the last step is not a line step: its end is written when the next one starts */
  private lastOpen = false;
  get stepCount(): number {
    return this.steps.count;
  }
  // checkpoints: step index -> state after that step
  readonly checkpoints: { logPos: number; state: ReplayState }[] = [];
  private opsSinceCheckpoint = 0;
  private checkpointEvery = 20000;
  // gc phase data: ids then gc_refs
  gcData = new IntLog();
  stdout = '';
  stderr = '';
  markers: { step: number; kind: string; label: string }[] = [];
  /** observer events received (for the bytes-per-event figure) */
  events = 0;
  private freeMarkers = 0;
  /** __main__'s globals dict, seen when the module frame enters */
  globalsId = 0;

  // objects and frames to diff at the next step boundary: plain arrays with the mark on the
  // record (ShadowRec.dirty, Frame.traceDirty). Sets here made V8's young collections slow: a
  // cleared Set's old table, once promoted, kept every object it had held alive until a full
  // collection (and with them everything they referenced).
  // (reused: entries are cleared as they are taken, the arrays never shrink)
  private dirty: (PyObject | null)[] = [];
  private dirtyN = 0;
  private dirtyFrames: (Frame | null)[] = [];
  private dirtyFramesN = 0;

  private nextFrame = 1;
  private curLine = 0;
  private transientSet = false;
  readonly maxEdges: number;
  readonly refSteps: boolean;
  readonly labelAtomCache = new Map<unknown, number>();

  constructor(opts: RecorderOptions = {}) {
    this.classLabel = this.strings.id('__class__');
    this.iterLabel = this.strings.id('for-loop iterator');
    this.maxEdges = opts.maxEdges ?? 64;
    this.refSteps = opts.refSteps ?? true;
  }

  // ---------- steps ----------

  private emit(...xs: number[]): void {
    const start = this.log.length;
    this.log.push(...xs);
    applyOps(this.shadow, this.log, start, this.log.length);
    this.opsSinceCheckpoint++;
  }

  /** shadow records of freed objects and finished frames, reused (checkpoints hold copies) */
  private objPool: ShadowRec[] = [];
  private framePool: FrameRec[] = [];

  private emitAlloc(id: number, type: number): ShadowRec {
    this.log.push2(Op.Alloc, id, type);
    const r = this.objPool.pop();
    if (r !== undefined) {
      r.dirty = false;
      r.type = type;
      r.rc = 1;
      r.gen = -1;
      r.finalized = false;
      r.length = -1;
      r.name = -1;
      r.referent = -2;
      r.truncated = false;
      r.edges.clear();
      this.shadow.objects.set(id, r);
      this.opsSinceCheckpoint++;
      return r;
    }
    const rec: ShadowRec = { type, rc: 1, gen: -1, finalized: false, length: -1, name: -1, referent: -2, truncated: false, edges: new EdgeMap(), dirty: false };
    this.shadow.objects.set(id, rec);
    this.opsSinceCheckpoint++;
    return rec;
  }

  private emitVar(frame: number, slot: number, name: number, tag: number, payload: number, rec: FrameRec): void {
    this.log.push6(Op.Var, frame, slot, name, tag, payload);
    rec.vars.set(slot, pack(tag, payload, 0));
    const key = slotKey(rec.name, slot);
    if (!this.shadow.slotNames.has(key)) this.shadow.slotNames.set(key, name);
    this.opsSinceCheckpoint++;
  }

  /** mark an object for a full diff at the next step boundary */
  private markDirty(o: PyObject): void {
    const r = o.traceRec as ShadowRec | null;
    if (r !== null && !r.dirty) {
      r.dirty = true;
      this.dirty[this.dirtyN++] = o;
    }
  }

  private markFrame(f: Frame): void {
    if (!f.traceDirty) {
      f.traceDirty = true;
      this.dirtyFrames[this.dirtyFramesN++] = f;
    }
  }

  /** the hot path of every event: keep it small enough to inline; rare work is out of line */
  private newStep(grain: number, cause: Cause, subject: number): void {
    if (this.slotCount !== 0 || this.keyCount !== 0 || this.dirtyN !== 0 || this.dirtyFramesN !== 0) this.flush();
    const steps = this.steps;
    const n = steps.count;
    // the previous step is complete (a line step ended right after its own line op)
    if (this.lastOpen) steps.set(n - 1, F_END, this.log.length);
    if (this.transientSet || this.opsSinceCheckpoint >= this.checkpointEvery) this.stepHousekeeping(n);
    // a line step ends where it starts unless line() adds its frame-line op
    steps.add(this.log.length, grain | (cause << 2), this.curLine, subject, this.log.length);
    this.lastOpen = grain !== GRAIN_LINE;
  }

  private stepHousekeeping(n: number): void {
    if (this.transientSet) {
      this.emit(Op.Transient, -1, 0);
      this.transientSet = false;
    }
    // maybe keep a checkpoint of the state here
    if (n > 0 && this.opsSinceCheckpoint >= this.checkpointEvery) {
      this.checkpoints.push({ logPos: this.log.length, state: cloneState(this.shadow) });
      this.opsSinceCheckpoint = 0;
      this.checkpointEvery = Math.max(20000, (this.shadow.objects.size + this.shadow.frames.size) * 8);
    }
  }

  startOf(k: number): number {
    return k >= this.stepCount ? this.log.length : this.steps.get(k, F_START);
  }
  infoOf(k: number): number {
    return this.steps.get(k, F_INFO);
  }
  lineOf(k: number): number {
    return this.steps.get(k, F_LINE);
  }
  subjectOf(k: number): number {
    return this.steps.get(k, F_SUBJECT);
  }
  endOf(k: number): number {
    return this.steps.get(k, F_END);
  }

  /** close the record: the final diffs, and the end offset of the last step */
  finish(): void {
    this.flush();
    const n = this.stepCount;
    if (this.lastOpen) this.steps.set(n - 1, F_END, this.log.length);
  }

  // ---------- values ----------

  private vTag = 0;
  private vPay = 0;
  /** encode a value into vTag/vPay (no allocation) */
  private encode(v: unknown): void {
    if (typeof v === 'number') {
      if ((v | 0) === v) {
        this.vTag = Tag.Int;
        this.vPay = v;
      } else {
        this.vTag = Tag.Num;
        this.vPay = this.numbers.length;
        this.numbers.push(v);
      }
    } else if (v === undefined) {
      this.vTag = Tag.Unbound;
      this.vPay = 0;
    } else if (v instanceof PyObject && v.traced) {
      this.vTag = Tag.Obj;
      this.vPay = v.id;
    } else {
      this.vTag = Tag.Atom;
      this.vPay = this.atom(v);
    }
  }

  /** ints beyond 32 bits, by index (Tag.Num) */
  readonly numbers = new NumberLog();
  private indexLabels: number[] = [];
  private typeLabels = new Map<unknown, number>();
  private typeLabel(o: PyObject): number {
    const t = o.type;
    let l = this.typeLabels.get(t);
    if (l === undefined) {
      l = this.strings.id(t.name);
      this.typeLabels.set(t, l);
    }
    return l;
  }
  private indexLabel(i: number): number {
    let l = this.indexLabels[i];
    if (l === undefined) {
      l = this.strings.id(`[${i}]`);
      this.indexLabels[i] = l;
    }
    return l;
  }

  private emitEdge(id: number, label: number, tag: number, payload: number, flags: number, rec: ObjRec): void {
    this.log.push6(Op.Edge, id, label, tag, payload, flags);
    rec.edges.set(label, pack(tag, payload, flags));
    this.opsSinceCheckpoint++;
  }

  /** per str key: its edge labels (made on first use) and where it was last found in a dict */
  private keys = new Map<string, KeyInfo>();
  private keyInfo(k: string): KeyInfo {
    let ki = this.keys.get(k);
    if (ki === undefined) {
      ki = { item: -1, attr: -1, at: -1 };
      this.keys.set(k, ki);
    }
    return ki;
  }
  private keyLabel(k: string, ki = this.keyInfo(k)): number {
    return ki.item >= 0 ? ki.item : (ki.item = this.strings.id(`['${k}']`));
  }
  private attrLabel(k: string, ki = this.keyInfo(k)): number {
    return ki.attr >= 0 ? ki.attr : (ki.attr = this.strings.id('.' + k));
  }

  /**
   * str-keyed entries (a dict, or an instance's inline attributes) diffed without building
   * label strings; returns how many edges it matched, or -1 when it had to fall back.
   */
  private diffStrEntries(d: PyDict, id: number, rec: ObjRec, attr: boolean, seen: number[]): boolean {
    const ks = d.ks;
    const vs = d.vs;
    let count = seen.length;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (PyDict.isHole(k)) continue;
      if (typeof k !== 'string') return false;
      if (count >= this.maxEdges) break;
      count++;
      const l = attr ? this.attrLabel(k) : this.keyLabel(k);
      seen.push(l);
      this.encode(vs[i]);
      const packed = pack(this.vTag, this.vPay, 0);
      if (rec.edges.get(l) !== packed) this.emitEdge(id, l, this.vTag, this.vPay, 0, rec);
    }
    return true;
  }

  private finishDiff(o: PyObject, rec: ObjRec, seen: number[], truncated: boolean): void {
    if (rec.edges.size !== seen.length) {
      const keep = new Set(seen);
      for (const l of rec.edges.keys()) if (!keep.has(l)) this.emit(Op.Unedge, o.id, l);
    }
    if (rec.truncated !== truncated) this.emit(Op.Meta, o.id, Meta.Truncated, truncated ? 1 : 0);
    const len = lengthOf(o);
    if (rec.length !== len) this.emit(Op.Meta, o.id, Meta.Length, len);
    if (rec.gen !== o.gen) this.emit(Op.Meta, o.id, Meta.Generation, o.gen);
    if (rec.finalized !== o.finalized) this.emit(Op.Meta, o.id, Meta.Finalized, o.finalized ? 1 : 0);
  }

  private diffFast(o: PyObject, rec: ObjRec): boolean {
    const seen: number[] = [];
    if (o instanceof PyDict && !o.inline) {
      if (!this.diffStrEntries(o, o.id, rec, false, seen)) return false;
      this.finishDiff(o, rec, seen, o.used > seen.length);
      return true;
    }
    if (o instanceof PyInstance && o.slotVals === null && o.excArgs === null && o.tb === null && o.attrs !== null && o.attrs.inline) {
      if (!this.diffStrEntries(o.attrs, o.id, rec, true, seen)) return false;
      if (!o.cls.builtin) {
        const l = this.classLabel;
        seen.push(l);
        const packed = pack(Tag.Obj, o.cls.id, EDGE_CLASS);
        if (rec.edges.get(l) !== packed) this.emitEdge(o.id, l, Tag.Obj, o.cls.id, EDGE_CLASS, rec);
      }
      this.finishDiff(o, rec, seen, false);
      return true;
    }
    return false;
  }
  private classLabel = -1;
  private iterLabel = -1;

  /** lists and tuples: edges are [0..n), compared by index without building labels */
  private diffSequence(o: PyList | PyTuple, rec: ObjRec): void {
    const items = o.items;
    const n = Math.min(items.length, this.maxEdges);
    for (let i = 0; i < n; i++) {
      this.encode(items[i]);
      const l = this.indexLabel(i);
      const packed = pack(this.vTag, this.vPay, 0);
      if (rec.edges.get(l) !== packed) this.emitEdge(o.id, l, this.vTag, this.vPay, 0, rec);
    }
    const prev = rec.edges.size;
    for (let i = n; i < prev; i++) {
      const l = this.indexLabel(i);
      if (rec.edges.has(l)) this.emit(Op.Unedge, o.id, l);
    }
    const truncated = items.length > n;
    if (rec.truncated !== truncated) this.emit(Op.Meta, o.id, Meta.Truncated, truncated ? 1 : 0);
    if (rec.length !== items.length) this.emit(Op.Meta, o.id, Meta.Length, items.length);
    if (rec.gen !== o.gen) this.emit(Op.Meta, o.id, Meta.Generation, o.gen);
  }

  /** an atom (or an object outside the traced heap) as "type\u0000repr" */
  private atom(v: unknown): number {
    const cacheable = typeof v !== 'object' || v instanceof PyFloat;
    const key = v instanceof PyFloat ? v.v : v;
    const cached = cacheable ? this.labelAtomCache.get(typeof key === 'number' && v instanceof PyFloat ? 'f' + key : key) : undefined;
    if (cached !== undefined) return cached;
    let type: string;
    let repr: string;
    if (v instanceof PyFloat) {
      type = 'float';
      repr = pyRepr(v);
    } else if (v instanceof PyType) {
      type = 'type';
      repr = `<class '${v.name}'>`;
    } else if (v instanceof PyObject) {
      type = v.type.name;
      repr = safeRepr(v);
    } else {
      type = typeOf(v).name;
      repr = pyRepr(v);
      if (repr.length > 200) repr = repr.slice(0, 197) + '...';
    }
    const id = this.strings.id(type + '\u0000' + repr);
    if (cacheable && this.labelAtomCache.size < 1_000_000) this.labelAtomCache.set(v instanceof PyFloat ? 'f' + key : key, id);
    return id;
  }

  // ---------- diffs at step boundaries ----------

  private flush(): void {
    const sn = this.slotCount;
    if (sn > 0) {
      const so = this.slotObjs;
      const si = this.slotIdx;
      this.slotCount = 0;
      for (let i = 0; i < sn; i++) {
        const o = so[i]!;
        so[i] = null; // no stale references from this long-lived array
        if (o.traced && !(o.traceRec as ShadowRec).dirty) this.diffSlot(o, si[i]);
      }
    }
    const kc = this.keyCount;
    if (kc > 0) {
      const ko = this.keyObjs;
      const kn = this.keyNames;
      this.keyCount = 0;
      for (let i = 0; i < kc; i++) {
        const o = ko[i]!;
        ko[i] = null;
        if (o.traced && !(o.traceRec as ShadowRec).dirty) this.diffKeys(o, kn[i]);
      }
    }
    const dirty = this.dirty;
    if (this.dirtyN > 0) {
      for (let i = 0; i < this.dirtyN; i++) {
        const o = dirty[i]!;
        dirty[i] = null;
        if (!o.traced) continue;
        (o.traceRec as ShadowRec).dirty = false;
        this.diffObject(o);
      }
      this.dirtyN = 0;
    }
    const frames = this.dirtyFrames;
    if (this.dirtyFramesN > 0) {
      for (let i = 0; i < this.dirtyFramesN; i++) {
        const f = frames[i]!;
        frames[i] = null;
        if (!f.traceDirty) continue;
        f.traceDirty = false;
        this.diffFrame(f);
      }
      this.dirtyFramesN = 0;
    }
  }

  private diffObject(o: PyObject): void {
    const rec = o.traceRec as ShadowRec | null;
    if (rec === null) return;
    if (o instanceof PyList || o instanceof PyTuple) return this.diffSequence(o, rec);
    if (this.diffFast(o, rec)) return;
    const seen = new Set<number>();
    let count = 0;
    let truncated = false;
    const max = this.maxEdges;
    const visit = (label: string, v: unknown, flags: number) => {
      if (count >= max) {
        truncated = true;
        return;
      }
      count++;
      const l = this.strings.id(label);
      seen.add(l);
      this.encode(v);
      const packed = pack(this.vTag, this.vPay, flags);
      if (rec.edges.get(l) !== packed) this.emitEdge(o.id, l, this.vTag, this.vPay, flags, rec);
    };
    o.edges((label, v) => visit(label, v, label === '__class__' && o instanceof PyInstance ? EDGE_CLASS : 0));
    if (o instanceof PyWeakRef) {
      const r = o.referent;
      const rid = r !== null && r.traced ? r.id : -1;
      if (rec.referent !== rid) this.emit(Op.Meta, o.id, Meta.Referent, rid);
      if (r !== null) visit('referent', r, EDGE_WEAK);
    }
    for (const l of rec.edges.keys()) if (!seen.has(l)) this.emit(Op.Unedge, o.id, l);
    if (rec.truncated !== truncated) this.emit(Op.Meta, o.id, Meta.Truncated, truncated ? 1 : 0);
    const len = lengthOf(o);
    if (rec.length !== len) this.emit(Op.Meta, o.id, Meta.Length, len);
    if (rec.gen !== o.gen) this.emit(Op.Meta, o.id, Meta.Generation, o.gen);
    if (rec.finalized !== o.finalized) this.emit(Op.Meta, o.id, Meta.Finalized, o.finalized ? 1 : 0);
  }

  private diffFrame(f: Frame): void {
    if (f.locals.length === 0 && f.iters.length === 0) {
      const r = f.traceId === 0 ? undefined : this.shadow.frames.get(f.traceId);
      if (r === undefined || r.vars.size === 0) return;
    }
    const id = f.traceId;
    if (id === 0) return;
    const rec = this.shadow.frames.get(id);
    if (rec === undefined) return;
    const names = f.code.varnames;
    const frees = f.code.freevars;
    const L = f.locals;
    let live = 0;
    const n = names.length + frees.length;
    for (let i = 0; i < n; i++) {
      const v = L[i];
      if (v === undefined) continue;
      live++;
      this.encode(v);
      const old = rec.vars.get(i);
      if (old === undefined || old !== pack(this.vTag, this.vPay, 0)) {
        this.emitVar(id, i, this.strings.id(i < names.length ? names[i] : frees[i - names.length]), this.vTag, this.vPay, rec);
      }
    }
    const iters = f.iters;
    for (let j = 0; j < iters.length; j++) {
      const slot = -1 - j;
      live++;
      this.encode(iters[j]);
      const old = rec.vars.get(slot);
      if (old === undefined || old !== pack(this.vTag, this.vPay, 0)) this.emitVar(id, slot, this.iterLabel, this.vTag, this.vPay, rec);
    }
    if (rec.vars.size !== live) {
      for (const slot of rec.vars.keys()) {
        const gone = slot >= 0 ? slot >= n || L[slot] === undefined : -1 - slot >= iters.length;
        if (gone) this.emit(Op.Unvar, id, slot);
      }
    }
  }

  // ---------- HeapObserver ----------

  line(frame: Frame, line: number): void {
    this.events++;
    this.curLine = line;
    this.newStep(GRAIN_LINE, Cause.Line, -1);
    // the frame's line is the step's line (replay reads it from the step); a line ends any
    // collection that was on show
    if (this.shadow.gc !== null) {
      this.emit(Op.FrameLine, frame.traceId, line);
      this.steps.set(this.stepCount - 1, F_END, this.log.length);
    }
  }

  alloc(o: PyObject): void {
    this.events++;
    o.traced = true;
    if (this.refSteps) this.newStep(GRAIN_REF, Cause.Alloc, o.id);
    const rec = this.emitAlloc(o.id, this.typeLabel(o));
    o.traceRec = rec;
    if (o instanceof PyFunction || o instanceof PyType) this.emit(Op.Meta, o.id, Meta.Name, this.strings.id(o instanceof PyType ? o.name : o.qualname));
    rec.dirty = true;
    this.dirty[this.dirtyN++] = o;
  }

  free(o: PyObject): void {
    this.events++;
    if (!o.traced) return;
    o.traced = false;
    const freed = o.traceRec as ShadowRec | null;
    o.traceRec = null;
    this.log.push1(Op.Free, o.id);
    if (freed !== null) {
      // (a dirty entry for o stays queued; the flush skips untraced objects)
      freed.dirty = false;
      this.shadow.objects.delete(o.id);
      if (this.objPool.length < 4096) this.objPool.push(freed);
    }
    if (this.shadow.transient !== null && this.shadow.transient.id === o.id) this.shadow.transient = null;
    this.opsSinceCheckpoint++;
    if (this.freeMarkers++ < 2000) this.markers.push({ step: this.stepCount - 1, kind: 'free', label: `${o.type.name} freed` });
  }

  rc(o: PyObject, delta: number): void {
    this.events++;
    if (!o.traced) return;
    if (this.refSteps && delta !== 0) this.newStep(GRAIN_REF, delta > 0 ? Cause.Incref : Cause.Decref, o.id);
    this.log.push2(Op.Rc, o.id, o.rc);
    (o.traceRec as ShadowRec).rc = o.rc;
    this.opsSinceCheckpoint++;
  }

  mutate(o: PyObject, key?: unknown): void {
    this.events++;
    if (o instanceof PyDict) {
      const target = o.inline ? o.owner : o;
      if (target === null || !target.traced) return;
      // one str key changed in a small dict: diff that entry alone at the step's end
      if (typeof key === 'string' && o.ks.length <= this.maxEdges) {
        const n = this.keyCount++;
        this.keyObjs[n] = target;
        this.keyNames[n] = key;
        return;
      }
      this.markDirty(target);
      return;
    }
    if (o.traced) {
      if (typeof key === 'number' && o instanceof PyList && !(o.traceRec as ShadowRec).dirty) {
        const n = this.slotCount++;
        this.slotObjs[n] = o;
        this.slotIdx[n] = key;
        return;
      }
      this.markDirty(o);
    }
  }

  /** list slots changed by index since the last step */
  private slotObjs: (PyList | null)[] = [];
  private slotIdx: number[] = [];
  private slotCount = 0;

  private diffSlot(o: PyList, i: number): void {
    const rec = o.traceRec as ShadowRec | null;
    if (rec === null) return;
    const items = o.items;
    // past the edges kept (maxEdges) only the length changes
    if (i < items.length && i < this.maxEdges) {
      this.encode(items[i]);
      const l = this.indexLabel(i);
      const packed = pack(this.vTag, this.vPay, 0);
      if (rec.edges.get(l) !== packed) this.emitEdge(o.id, l, this.vTag, this.vPay, 0, rec);
    }
    if (rec.length !== items.length) {
      this.emit(Op.Meta, o.id, Meta.Length, items.length);
      const truncated = items.length > this.maxEdges;
      if (rec.truncated !== truncated) this.emit(Op.Meta, o.id, Meta.Truncated, truncated ? 1 : 0);
    }
  }

  /** entries changed by key since the last step (pairs; reused arrays, no allocation) */
  private keyObjs: (PyObject | null)[] = [];
  private keyNames: string[] = [];
  private keyCount = 0;

  private diffKeys(o: PyObject, k: string): void {
    const rec = o.traceRec as ShadowRec | null;
    if (rec === null) return;
    const isAttr = o instanceof PyInstance;
    const d = isAttr ? (o as PyInstance).attrs : (o as PyDict);
    if (d === null || (isAttr && !d.inline)) return this.diffObject(o);
    const ki = this.keyInfo(k);
    const l = isAttr ? this.attrLabel(k, ki) : this.keyLabel(k, ki);
    // a key usually sits where it sat last time (in this dict, or in others of the same shape:
    // every Box's .v): check there before the dict's own lookup
    let v: unknown;
    const at = ki.at;
    if (at >= 0 && at < d.ks.length && d.ks[at] === k) v = d.vs[at];
    else {
      const i = d.idx.get(k);
      if (typeof i === 'number') {
        ki.at = i;
        v = d.vs[i];
      } else v = undefined;
    }
    if (v === undefined) {
      if (rec.edges.has(l)) this.emit(Op.Unedge, o.id, l);
    } else {
      this.encode(v);
      const packed = pack(this.vTag, this.vPay, 0);
      if (rec.edges.get(l) !== packed) this.emitEdge(o.id, l, this.vTag, this.vPay, 0, rec);
    }
    if (!isAttr && rec.length !== d.used) this.emit(Op.Meta, o.id, Meta.Length, d.used);
  }

  frameEnter(frame: Frame): void {
    this.events++;
    const id = this.nextFrame++;
    frame.traceId = id;
    if (frame.back === null && this.globalsId === 0) this.globalsId = frame.globals.id;
    const parent = frame.back !== null ? frame.back.traceId : 0;
    this.log.push5(Op.FramePush, id, this.codeLabel(frame), parent, this.curLine);
    const caller = this.shadow.frames.get(parent);
    if (caller !== undefined) caller.line = this.curLine;
    const fr = this.framePool.pop();
    if (fr !== undefined) {
      fr.name = this.codeLabel(frame);
      fr.parent = parent;
      fr.line = 0;
      fr.vars.clear();
      this.shadow.frames.set(id, fr);
    } else this.shadow.frames.set(id, { name: this.codeLabel(frame), parent, line: 0, vars: new EdgeMap() });
    this.shadow.stack.push(id);
    this.opsSinceCheckpoint++;
    this.markFrame(frame);
  }

  frameExit(frame: Frame): void {
    this.events++;
    const id = frame.traceId;
    if (id === 0) return;
    this.flush();
    this.log.push1(Op.FramePop, id);
    const sh = this.shadow;
    const done = sh.frames.get(id);
    sh.frames.delete(id);
    if (done !== undefined && this.framePool.length < 1024) this.framePool.push(done);
    const st = sh.stack;
    if (st.length > 0 && st[st.length - 1] === id) st.pop();
    else {
      const i = st.lastIndexOf(id);
      if (i >= 0) st.splice(i, 1);
    }
    this.opsSinceCheckpoint++;
    frame.traceDirty = false;
  }

  private codeLabels = new Map<unknown, number>();
  private codeLabel(frame: Frame): number {
    let l = this.codeLabels.get(frame.code);
    if (l === undefined) {
      l = this.strings.id(frame.code.qualname);
      this.codeLabels.set(frame.code, l);
    }
    return l;
  }

  local(frame: Frame): void {
    this.events++;
    this.markFrame(frame);
  }

  gc(e: GcPhaseEvent): void {
    this.events++;
    const phase = GC_PHASES.indexOf(e.phase);
    this.newStep(GRAIN_GC, Cause.Gc, phase);
    const start = this.gcData.length;
    for (const o of e.objects) this.gcData.push(o.id);
    if (e.gcRefs) for (const o of e.objects) this.gcData.push(e.gcRefs.get(o.id) ?? 0);
    // generations may have changed for everything the collector touched
    for (const o of e.objects) if (o.traced) this.markDirty(o);
    this.emit(Op.Gc, phase, e.generation, start, e.objects.length * (e.gcRefs ? -1 : 1), e.collected ?? -1);
    if (e.phase === 'start') this.markers.push({ step: this.stepCount - 1, kind: 'gc', label: `collection of generation ${e.generation}` });
  }

  getrefcount(o: PyObject, count: number): void {
    if (!o.traced) return;
    this.newStep(GRAIN_REF, Cause.GetRefcount, o.id);
    this.emit(Op.Transient, o.id, this.strings.id(`sys.getrefcount(...) argument: reads ${count}`));
    this.transientSet = true;
  }

  finalizer(o: PyObject): void {
    this.newStep(GRAIN_REF, Cause.Finalizer, o.traced ? o.id : -1);
    this.markers.push({ step: this.stepCount - 1, kind: 'finalizer', label: `${o.type.name}.__del__ runs` });
  }

  weakrefCleared(ref: PyObject, callback: boolean): void {
    if (ref.traced) this.markDirty(ref);
    if (callback) this.markers.push({ step: this.stepCount - 1, kind: 'weakref', label: 'weakref cleared; its callback will run' });
  }

  write(): void {
    // output reaches the recorder through output() (run's onWrite), which sees every stream
  }

  output(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stdout') {
      this.stdout += text;
      this.emit(Op.Out, 0, this.stdout.length);
    } else {
      this.stderr += text;
      this.emit(Op.Out, 1, this.stderr.length);
    }
  }

  exception(): void {}


  get bytes(): number {
    let cp = 0;
    for (const c of this.checkpoints) {
      for (const o of c.state.objects.values()) cp += 96 + o.edges.size * 24;
      for (const f of c.state.frames.values()) cp += 64 + f.vars.size * 32;
    }
    return this.log.bytes + this.numbers.bytes + this.gcData.bytes + this.steps.bytes + this.strings.bytes + (this.stdout.length + this.stderr.length) * 2 + cp;
  }
}

function lengthOf(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.used;
  if (o instanceof PySet) return o.used;
  return -1;
}

function safeRepr(o: PyObject): string {
  if (o instanceof PyCell) return '<cell>';
  try {
    const r = pyRepr(o);
    return r.length > 200 ? r.slice(0, 197) + '...' : r;
  } catch {
    return `<${o.type.name} object>`;
  }
}
