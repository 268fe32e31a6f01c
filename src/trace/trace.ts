// A finished recording, queried by step: seek = nearest checkpoint + replay, so stepping back
// costs what stepping forward costs.

import type { Recorder } from './recorder';
import { GC_PHASES, Cause } from './recorder';
import { Tag, Op, OP_ARGS, EDGE_WEAK, EDGE_CLASS, IntLog } from './log';
import { globalName } from './views/roots';
import { applyOps, cloneState, emptyState, unpackFlags, unpackPayload, unpackTag, type ObjRec, type ReplayState, slotKey } from './replay';
import type { EdgeState, FrameState, Grain, HeapState, Marker, ObjectState, StepInfo, TraceSummary, ValueView, VarState } from './types';

const GRAINS: Grain[] = ['line', 'ref', 'gc'];

export const GC_PHASE_TEXT: Record<string, string> = {
  start: 'the collection starts: the generations to collect are merged into one young list',
  update_refs: 'update_refs: each object\'s gc_refs starts as its reference count',
  subtract_refs: 'subtract_refs: references from inside the young list are subtracted; what is left comes from outside',
  move_unreachable: 'move_unreachable: objects with gc_refs > 0 and all they reach survive; the rest is tentatively unreachable',
  weakrefs: 'weakrefs to unreachable objects are cleared; callbacks of weakrefs that survive run',
  finalize: 'finalizers (__del__) run, once per object (PEP 442)',
  resurrected: 'objects a finalizer made reachable again are spared; the rest is garbage',
  clear: 'tp_clear breaks the cycles; the objects free themselves',
  saveall: 'DEBUG_SAVEALL: the garbage moves into gc.garbage instead of being freed',
  done: 'the collection is done',
};

export interface TraceMeta {
  globalsId: number;
  garbageId: number | null;
  exitCode: number;
  stepLimited: boolean;
  /** the JS stack ran out before CPython's recursion limit (see RunResult) */
  jsStackOverflowed: boolean;
  error: TraceSummary['error'];
}

export function addressOfId(id: number): string {
  return '0x' + (0x7f3a00000000 + id * 0x30).toString(16);
}

export class Trace {
  private cursor: { pos: number; state: ReplayState } | null = null;

  constructor(private rec: Recorder, readonly meta: TraceMeta) {}

  get stepCount(): number {
    return this.rec.stepCount;
  }

  grainOf(step: number): Grain {
    return GRAINS[this.rec.infoOf(step) & 3];
  }

  lineOf(step: number): number {
    return this.rec.lineOf(step);
  }

  /** the steps a user stops at with this grain */
  stopsAt(step: number, grain: Grain): boolean {
    const g = this.grainOf(step);
    if (grain === 'ref') return true;
    if (grain === 'gc') return g === 'line' || g === 'gc';
    return g === 'line';
  }

  /** the next (dir 1) or previous (dir -1) step to stop at, or the same step at the ends */
  move(from: number, grain: Grain, dir: 1 | -1): number {
    for (let s = from + dir; s >= 0 && s < this.stepCount; s += dir) if (this.stopsAt(s, grain)) return s;
    return from;
  }

  info(step: number): StepInfo {
    return { grain: this.grainOf(step), line: this.lineOf(step), caption: '' };
  }

  summary(): TraceSummary {
    const lineSteps: number[] = [];
    const lineStepLines: number[] = [];
    for (let s = 0; s < this.stepCount; s++) {
      if (this.grainOf(s) === 'line') {
        lineSteps.push(s);
        lineStepLines.push(this.lineOf(s));
      }
    }
    return {
      stepCount: this.stepCount,
      lineSteps,
      lineStepLines,
      markers: this.rec.markers.filter((m) => m.step >= 0) as Marker[],
      stdout: this.rec.stdout,
      stderr: this.rec.stderr,
      exitCode: this.meta.exitCode,
      stepLimited: this.meta.stepLimited,
      jsStackOverflowed: this.meta.jsStackOverflowed,
      error: this.meta.error,
      bytes: this.rec.bytes,
    };
  }

  /** the replay state after `step` (internal; mutable copy) */
  private replayTo(step: number): ReplayState {
    const rec = this.rec;
    const cps = rec.checkpoints;
    const end = rec.endOf(step);
    let lo = 0;
    let hi = cps.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cps[mid].logPos <= end) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const cp = best >= 0 ? cps[best] : null;
    const cur = this.cursor;
    if (cur !== null && cur.pos <= end && (cp === null || cur.pos >= cp.logPos)) {
      applyOps(cur.state, rec.log, cur.pos, end);
      cur.pos = end;
      return cur.state;
    }
    const state = cp !== null ? cloneState(cp.state) : emptyState();
    applyOps(state, rec.log, cp !== null ? cp.logPos : 0, end);
    this.cursor = { pos: end, state };
    return state;
  }

  stateAt(step: number): HeapState {
    step = Math.max(0, Math.min(step, this.stepCount - 1));
    const s = this.replayTo(step);
    return this.view(step, s);
  }

  private decode(tag: number, payload: number): ValueView {
    if (tag === Tag.Obj) return { kind: 'obj', id: payload };
    if (tag === Tag.Int) return { kind: 'atom', type: 'int', repr: String(payload) };
    if (tag === Tag.Num) return { kind: 'atom', type: 'int', repr: String(this.rec.numbers.data[payload]) };
    if (tag === Tag.Atom) {
      const [type, repr] = this.rec.strings.get(payload).split('\u0000');
      return { kind: 'atom', type, repr };
    }
    return { kind: 'unbound' };
  }

  private view(step: number, s: ReplayState): HeapState {
    const str = (i: number) => this.rec.strings.get(i);
    const objects: ObjectState[] = [];
    for (const [id, o] of s.objects) {
      const edges: EdgeState[] = [];
      for (const [label, packed] of o.edges) {
        const flags = unpackFlags(packed);
        const e: EdgeState = { label: str(label), to: this.decode(unpackTag(packed), unpackPayload(packed)), weak: (flags & EDGE_WEAK) !== 0 };
        if (flags & EDGE_CLASS) e.isClassRef = true;
        edges.push(e);
      }
      const os: ObjectState = {
        id,
        type: str(o.type),
        address: addressOfId(id),
        refcount: o.rc,
        generation: o.gen,
        finalized: o.finalized,
        edges,
        truncated: o.truncated,
        length: o.length,
      };
      if (o.name >= 0) os.name = str(o.name);
      if (o.referent !== -2) os.referent = o.referent < 0 ? null : o.referent;
      objects.push(os);
    }
    objects.sort((a, b) => a.id - b.id);
    const paused: number[] = [];
    for (const [fid, f] of s.frames) if (f.owner !== 0) paused.push(fid);
    const frames: FrameState[] = [...s.stack, ...paused].map((fid) => {
      const f = s.frames.get(fid)!;
      const vars: VarState[] = [];
      const temps: VarState[] = [];
      const slots = [...f.vars.keys()].sort((a, b) => a - b);
      for (const slot of slots) {
        const packed = f.vars.get(slot)!;
        const name = s.slotNames.get(slotKey(f.name, slot)) ?? this.rec.strings.id('?');
        const v = { name: str(name), value: this.decode(unpackTag(packed), unpackPayload(packed)) };
        (slot < 0 ? temps : vars).push(v);
      }
      const fs: FrameState = { id: fid, name: str(f.name), line: f.line, vars, temps };
      if (f.owner !== 0) {
        fs.suspended = true;
        fs.generator = f.owner;
      } else if (f.gen !== undefined && f.gen !== 0) fs.generator = f.gen;
      return fs;
    });
    // the innermost frame is at the step's line
    if (s.stack.length > 0) frames[s.stack.length - 1].line = this.lineOf(step);
    let gc: HeapState['gc'] = null;
    if (s.gc !== null) {
      const d = this.rec.gcData;
      const n = Math.abs(s.gc.count);
      const at = s.gc.dataStart;
      const ids = Array.from({ length: n }, (_, i) => d.get(at + i));
      const gcRefs: Record<number, number> = {};
      if (s.gc.count < 0) ids.forEach((id, i) => (gcRefs[id] = d.get(at + n + i)));
      gc = { phase: GC_PHASES[s.gc.phase], generation: s.gc.generation, objects: ids, gcRefs };
      if (s.gc.collected >= 0) gc.collected = s.gc.collected;
    }
    const transient = s.transient !== null ? { id: s.transient.id, label: str(s.transient.label) } : null;
    const c = s.counts;
    const generations = c.length === 6 ? { count: [c[0], c[1], c[2]] as [number, number, number], threshold: [c[3], c[4], c[5]] as [number, number, number] } : undefined;
    return {
      step,
      grain: this.grainOf(step),
      line: this.lineOf(step),
      caption: this.caption(step, s, objects),
      subject: this.subjectOf(step, s),
      objects,
      frames,
      globalsId: this.meta.globalsId,
      garbageId: this.meta.garbageId,
      transient,
      stdout: this.rec.stdout.slice(0, s.stdoutLen),
      stderr: this.rec.stderr.slice(0, s.stderrLen),
      gc,
      ...(generations !== undefined ? { generations } : {}),
    };
  }

  private subjectOf(step: number, s: ReplayState): number | null {
    const cause = this.rec.infoOf(step) >> 2;
    if ((cause as Cause) === Cause.Line || (cause as Cause) === Cause.Gc) return null;
    const id = this.rec.subjectOf(step);
    return id >= 0 && s.objects.has(id) ? id : null;
  }

  /** who took the new reference in this step: a variable or a slot whose new value is the subject */
  private newHolder(step: number, subject: number, s: ReplayState): string {
    const rec = this.rec;
    const log = rec.log;
    const d = (i: number) => log.get(p + i);
    const str = (i: number) => rec.strings.get(i);
    let p = rec.startOf(step);
    const end = rec.endOf(step);
    while (p < end) {
      const op = d(0);
      if (op === 0) {
        p = IntLog.nextChunk(p); // a chunk's padding
        continue;
      }
      if (op === Op.Edge && d(3) === Tag.Obj && d(4) === subject) {
        const owner = d(1);
        if (owner === this.meta.globalsId) return ` (global ${globalName(str(d(2)))})`;
        const oo = s.objects.get(owner);
        return ` (${oo ? str(oo.type) : 'object'} #${owner} ${str(d(2))})`;
      }
      if (op === Op.Var && d(4) === Tag.Obj && d(5) === subject) {
        const f = s.frames.get(d(1));
        return ` (local ${str(d(3))}${f ? ' in ' + str(f.name) : ''})`;
      }
      p += 1 + OP_ARGS[op];
    }
    return ' (a temporary on the evaluator\'s stack)';
  }

  private caption(step: number, s: ReplayState, objects: ObjectState[]): string {
    const info = this.rec.infoOf(step);
    const cause = info >> 2;
    const subject = this.rec.subjectOf(step);
    const line = this.lineOf(step);
    const o = s.objects.get(subject);
    const name = o !== undefined ? `${this.rec.strings.get(o.type)} #${subject}` : `object #${subject}`;
    if (line === 0) {
      const where = step > 0 && this.rec.stepCount > 0 && this.seenLine(step) ? 'at exit' : 'at startup';
      if ((cause as Cause) === Cause.Line) return 'the program has finished: the interpreter shuts down (atexit finalizers, a last collection, module globals cleared)';
      return `${where}: ${this.caption2(step, s, cause, subject, name, o)}`;
    }
    if ((cause as Cause) === Cause.Line) return `line ${line} is about to run`;
    return `line ${line}: ${this.caption2(step, s, cause, subject, name, o)}`;
  }

  private seenLine(step: number): boolean {
    for (let i = step; i >= 0; i--) if (this.grainOf(i) === 'line' && this.lineOf(i) > 0) return true;
    return false;
  }

  private caption2(step: number, s: ReplayState, cause: number, subject: number, name: string, o: ObjRec | undefined): string {
    const line = this.lineOf(step);
    switch (cause as Cause) {
      case Cause.Line:
        return `line ${line} is about to run`;
      case Cause.Alloc:
        return `a new ${name} (refcount 1)`;
      case Cause.Incref: {
        if (!o) return 'a reference is added';
        const holder = this.newHolder(step, subject, s);
        return `${name} gains a reference${holder}: refcount ${o.rc - 1} → ${o.rc}`;
      }
      case Cause.Decref:
        return o ? `${name} loses a reference: refcount ${o.rc + 1} → ${o.rc}` : `${name} loses its last reference and is freed`;
      case Cause.GetRefcount:
        return o ? `sys.getrefcount(${name}) reads ${o.rc}: the argument itself is one of them` : 'sys.getrefcount';
      case Cause.Finalizer:
        return `${name}.__del__() runs`;
      case Cause.Gc: {
        const phase = GC_PHASES[subject];
        let t = GC_PHASE_TEXT[phase] ?? phase;
        if (phase === 'done' || phase === 'clear' || phase === 'saveall') {
          const col = s.gc?.collected;
          if (col !== undefined && col >= 0) t += ` (${col} unreachable found)`;
        }
        return `the collector: ${t}`;
      }
      default:
        return '';
    }
  }
}
