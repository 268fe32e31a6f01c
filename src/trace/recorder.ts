// The recorder: a HeapObserver that turns the engine's events into the dense log. Reference
// count changes and allocations are recorded as they happen; content changes (a slot, an
// item, an attribute, a variable) are diffed against the shadow state at the next step boundary
// (heapDiff.ts), so a busy line costs one diff per object it touched.

import type { HeapObserver, GcPhaseEvent } from '../runtime/observer';
import { PyObject } from '../runtime/objects/object';
import type { Frame } from '../runtime/eval/frame';
import { PyDict } from '../runtime/objects/dict';
import { PyList } from '../runtime/objects/list';
import { PyType } from '../runtime/objects/typeobject/type';
import { PyFunction } from '../runtime/objects/function';
import { PyGenerator } from '../runtime/objects/genobject';
import { EdgeMap } from './edgeMap';
import { Op, Meta } from './log';
import { F_END } from './steps';

import { HeapDiffer } from './heapDiff';
import { Cause, GC_PHASES, GRAIN_LINE, GRAIN_REF, GRAIN_GC, type ShadowRec } from './stepWriter';

export { GRAIN_CODE, GC_PHASES, Cause, type RecorderOptions } from './stepWriter';

export class Recorder extends HeapDiffer implements HeapObserver {

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
    if (o instanceof PyFunction || o instanceof PyType || o instanceof PyGenerator) this.emit(Op.Meta, o.id, Meta.Name, this.strings.id(o instanceof PyType ? o.name : o.qualname));
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
      fr.owner = 0;
      fr.gen = 0;
      fr.vars.clear();
      this.shadow.frames.set(id, fr);
    } else this.shadow.frames.set(id, { name: this.codeLabel(frame), parent, line: 0, owner: 0, vars: new EdgeMap() });
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

  /** a generator's frame stops (made, or at a yield): it leaves the stack, its generator holds it */
  frameSuspend(frame: Frame, owner: PyObject): void {
    this.events++;
    if (frame.traceId === 0) return;
    this.markFrame(frame);
    // the generator's edges are now the frame's variables
    if (owner.traced) this.markDirty(owner);
    this.emit(Op.FrameSuspend, frame.traceId, owner.id, frame.line);
  }

  /** a suspended generator's frame runs again, on top of its caller */
  frameResume(frame: Frame): void {
    this.events++;
    if (frame.traceId === 0) return;
    const parent = frame.back !== null ? frame.back.traceId : 0;
    if (frame.gen !== null && frame.gen.traced) this.markDirty(frame.gen);
    this.emit(Op.FrameResume, frame.traceId, parent, this.curLine);
  }

  local(frame: Frame): void {
    this.events++;
    this.markFrame(frame);
  }

  /** the young list of the collection under way: its survivors change generation, tuples and dicts may be untracked */
  private young: PyObject[] = [];

  gc(e: GcPhaseEvent): void {
    this.events++;
    const phase = GC_PHASES.indexOf(e.phase);
    this.newStep(GRAIN_GC, Cause.Gc, phase);
    if (e.phase === 'start') this.young = e.objects.slice();
    else this.recordGenerations(e.phase === 'done');
    const start = this.gcData.length;
    for (const o of e.objects) this.gcData.push(o.id);
    if (e.gcRefs) for (const o of e.objects) this.gcData.push(e.gcRefs.get(o.id) ?? 0);
    // generations may have changed for everything the collector touched
    for (const o of e.objects) if (o.traced) this.markDirty(o);
    this.emit(Op.Gc, phase, e.generation, start, e.objects.length * (e.gcRefs ? -1 : 1), e.collected ?? -1);
    if (e.phase === 'start') {
      const t = e.trigger;
      const gc = t === undefined ? undefined : { generation: e.generation, reason: t.reason, counts: t.counts, thresholds: t.thresholds };
      this.markers.push({ step: this.stepCount - 1, kind: 'gc', label: `collection of generation ${e.generation}`, gc });
    }
  }

  /** which generation list each object of the young list is in now (-1: untracked), where it changed */
  private recordGenerations(last: boolean): void {
    for (const o of this.young) {
      const r = o.traceRec as ShadowRec | null;
      if (o.traced && r !== null && r.gen !== o.gen) this.emit(Op.Meta, o.id, Meta.Generation, o.gen);
    }
    if (last) this.young = [];
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
}
