
import { PyObject } from '../runtime/objects/object';
import type { Frame } from '../runtime/eval/frame';
import type { Marker } from './types';
import { PyCell } from '../runtime/objects/function';
import { PyList } from '../runtime/objects/list';
import { PyType } from '../runtime/objects/typeobject/type';
import { PyFloat } from '../runtime/objects/float';
import { pyRepr } from '../runtime/eval/repr';
import { typeOf } from '../runtime/objects/typeobject/typeOf';
import { EdgeMap } from './edgeMap';
import { IntLog, NumberLog, Op, Tag, StringTable } from './log';
import { applyOps, cloneState, emptyState, pack, slotKey, type FrameRec, type ObjRec, type ReplayState } from './replay';
import type { Grain } from './types';
import { StepTable, F_START, F_INFO, F_LINE, F_SUBJECT, F_END } from './steps';
import { gcState } from '../runtime/gc/heap';

export interface KeyInfo {
  /** the label of d[k] (string index; -1 until needed) */
  item: number;
  /** the label of .k */
  attr: number;
  /** the key's position in the dict it was last looked up in (a guess, checked before use) */
  at: number;
}

/** the shadow's record of a live object, with the recorder's own mark */
export interface ShadowRec extends ObjRec {
  /** queued in Recorder.dirty for a full diff */
  dirty: boolean;
}

export const GRAIN_CODE: Record<Grain, number> = { line: 0, ref: 1, gc: 2 };
export const GRAIN_LINE = 0;
export const GRAIN_REF = 1;
export const GRAIN_GC = 2;
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
export abstract class StepWriter {
  /** diff what the step changed into the log (heapDiff.ts) */
  protected abstract flush(): void;

  readonly log = new IntLog();
  readonly strings = new StringTable();
  readonly shadow: ReplayState = emptyState();
  readonly steps = new StepTable();
  /** the last step is not a line step: its end is written when the next one starts */
  protected lastOpen = false;
  // checkpoints: step index -> state after that step
  readonly checkpoints: { logPos: number; state: ReplayState }[] = [];
  protected opsSinceCheckpoint = 0;
  protected checkpointEvery = 20000;
  // gc phase data: ids then gc_refs
  gcData = new IntLog();
  stdout = '';
  stderr = '';
  markers: { step: number; kind: string; label: string; gc?: Marker['gc'] }[] = [];
  /** observer events received (for the bytes-per-event figure) */
  events = 0;
  protected freeMarkers = 0;
  /** __main__'s globals dict, seen when the module frame enters */
  globalsId = 0;

  // objects and frames to diff at the next step boundary: plain arrays with the mark on the
  // record (ShadowRec.dirty, Frame.traceDirty). Sets here made V8's young collections slow: a
  // cleared Set's old table, once promoted, kept every object it had held alive until a full
  // collection (and with them everything they referenced).
  // (reused: entries are cleared as they are taken, the arrays never shrink)
  protected dirty: (PyObject | null)[] = [];
  protected dirtyN = 0;
  protected dirtyFrames: (Frame | null)[] = [];
  protected dirtyFramesN = 0;

  protected nextFrame = 1;
  protected curLine = 0;
  protected transientSet = false;
  readonly maxEdges: number;
  readonly refSteps: boolean;
  readonly labelAtomCache = new Map<unknown, number>();

  /** shadow records of freed objects and finished frames, reused (checkpoints hold copies) */
  protected objPool: ShadowRec[] = [];
  protected framePool: FrameRec[] = [];

  // ---------- values ----------

  protected vTag = 0;
  protected vPay = 0;

  /** ints beyond 32 bits, by index (Tag.Num) */
  readonly numbers = new NumberLog();
  protected indexLabels: number[] = [];
  protected typeLabels = new Map<unknown, number>();

  /** per str key: its edge labels (made on first use) and where it was last found in a dict */
  protected keys = new Map<string, KeyInfo>();
  protected classLabel = -1;
  protected iterLabel = -1;

  /** list slots changed by index since the last step */
  protected slotObjs: (PyList | null)[] = [];
  protected slotIdx: number[] = [];
  protected slotCount = 0;

  /** entries changed by key since the last step (pairs; reused arrays, no allocation) */
  protected keyObjs: (PyObject | null)[] = [];
  protected keyNames: string[] = [];
  protected keyCount = 0;

  protected codeLabels = new Map<unknown, number>();
  get stepCount(): number {
    return this.steps.count;
  }

  constructor(opts: RecorderOptions = {}) {
    this.classLabel = this.strings.id('__class__');
    this.iterLabel = this.strings.id('for-loop iterator');
    this.maxEdges = opts.maxEdges ?? 64;
    this.refSteps = opts.refSteps ?? true;
  }

  // ---------- steps ----------

  protected emit(...xs: number[]): void {
    const start = this.log.length;
    this.log.push(...xs);
    applyOps(this.shadow, this.log, start, this.log.length);
    this.opsSinceCheckpoint++;
  }

  protected emitAlloc(id: number, type: number): ShadowRec {
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

  protected emitVar(frame: number, slot: number, name: number, tag: number, payload: number, rec: FrameRec): void {
    this.log.push6(Op.Var, frame, slot, name, tag, payload);
    rec.vars.set(slot, pack(tag, payload, 0));
    const key = slotKey(rec.name, slot);
    if (!this.shadow.slotNames.has(key)) this.shadow.slotNames.set(key, name);
    this.opsSinceCheckpoint++;
  }

  /** mark an object for a full diff at the next step boundary */
  protected markDirty(o: PyObject): void {
    const r = o.traceRec as ShadowRec | null;
    if (r !== null && !r.dirty) {
      r.dirty = true;
      this.dirty[this.dirtyN++] = o;
    }
  }

  protected markFrame(f: Frame): void {
    if (!f.traceDirty) {
      f.traceDirty = true;
      this.dirtyFrames[this.dirtyFramesN++] = f;
    }
  }

  /** the hot path of every event: keep it small enough to inline; rare work is out of line */
  protected newStep(grain: number, cause: Cause, subject: number): void {
    if (this.slotCount !== 0 || this.keyCount !== 0 || this.dirtyN !== 0 || this.dirtyFramesN !== 0) this.flush();
    const steps = this.steps;
    const n = steps.count;
    // the previous step is complete (a line step ended right after its own line op)
    if (this.lastOpen) steps.set(n - 1, F_END, this.log.length);
    if (this.transientSet || this.opsSinceCheckpoint >= this.checkpointEvery) this.stepHousekeeping(n);
    // the collector's counts as the step begins (recorded when they change)
    const c = this.shadow.counts;
    const g = gcState.gens;
    if (g[0].count !== c[0] || g[1].count !== c[1] || g[2].count !== c[2] || g[0].threshold !== c[3] || g[1].threshold !== c[4] || g[2].threshold !== c[5]) this.recordCounts();
    // a line step ends where it starts unless line() adds its frame-line op
    steps.add(this.log.length, grain | (cause << 2), this.curLine, subject, this.log.length);
    this.lastOpen = grain !== GRAIN_LINE;
  }

  /** gcstate->generations[i].count and .threshold: one int when only generation 0's count moved */
  protected recordCounts(): void {
    const c = this.shadow.counts;
    const g = gcState.gens;
    if (c.length === 6 && g[1].count === c[1] && g[2].count === c[2] && g[0].threshold === c[3] && g[1].threshold === c[4] && g[2].threshold === c[5]) {
      this.log.push1(Op.Gen0Count, g[0].count);
      c[0] = g[0].count;
    } else {
      const xs = [g[0].count, g[1].count, g[2].count, g[0].threshold, g[1].threshold, g[2].threshold];
      this.log.push(Op.GcCounts, ...xs);
      for (let i = 0; i < 6; i++) c[i] = xs[i];
    }
    this.opsSinceCheckpoint++;
  }

  protected stepHousekeeping(n: number): void {
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
  /** encode a value into vTag/vPay (no allocation) */
  protected encode(v: unknown): void {
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
  protected typeLabel(o: PyObject): number {
    const t = o.type;
    let l = this.typeLabels.get(t);
    if (l === undefined) {
      l = this.strings.id(t.name);
      this.typeLabels.set(t, l);
    }
    return l;
  }
  protected indexLabel(i: number): number {
    let l = this.indexLabels[i];
    if (l === undefined) {
      l = this.strings.id(`[${i}]`);
      this.indexLabels[i] = l;
    }
    return l;
  }

  protected emitEdge(id: number, label: number, tag: number, payload: number, flags: number, rec: ObjRec): void {
    this.log.push6(Op.Edge, id, label, tag, payload, flags);
    rec.edges.set(label, pack(tag, payload, flags));
    this.opsSinceCheckpoint++;
  }
  protected keyInfo(k: string): KeyInfo {
    let ki = this.keys.get(k);
    if (ki === undefined) {
      ki = { item: -1, attr: -1, at: -1 };
      this.keys.set(k, ki);
    }
    return ki;
  }
  protected keyLabel(k: string, ki = this.keyInfo(k)): number {
    return ki.item >= 0 ? ki.item : (ki.item = this.strings.id(`['${k}']`));
  }
  protected attrLabel(k: string, ki = this.keyInfo(k)): number {
    return ki.attr >= 0 ? ki.attr : (ki.attr = this.strings.id('.' + k));
  }

  /** an atom (or an object outside the traced heap) as "type\u0000repr" */
  protected atom(v: unknown): number {
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


  get bytes(): number {
    let cp = 0;
    for (const c of this.checkpoints) {
      for (const o of c.state.objects.values()) cp += 96 + o.edges.size * 24;
      for (const f of c.state.frames.values()) cp += 64 + f.vars.size * 32;
    }
    return this.log.bytes + this.numbers.bytes + this.gcData.bytes + this.steps.bytes + this.strings.bytes + (this.stdout.length + this.stderr.length) * 2 + cp;
  }
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
