
import { PyObject } from '../runtime/objects/object';
import type { Frame } from '../runtime/eval/frame';
import { PyDict } from '../runtime/objects/dict';
import { PyList } from '../runtime/objects/list';
import { PyTuple } from '../runtime/objects/tuple';
import { PySet } from '../runtime/objects/set';
import { PyWeakRef } from '../runtime/objects/weakref';
import { PyInstance } from '../runtime/objects/instance';
import { Op, Meta, Tag, EDGE_WEAK, EDGE_CLASS } from './log';
import { pack, type ObjRec } from './replay';

import { StepWriter, type ShadowRec } from './stepWriter';

export class HeapDiffer extends StepWriter {

  /**
   * str-keyed entries (a dict, or an instance's inline attributes) diffed without building
   * label strings; returns how many edges it matched, or -1 when it had to fall back.
   */
  protected diffStrEntries(d: PyDict, id: number, rec: ObjRec, attr: boolean, seen: number[]): boolean {
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

  protected finishDiff(o: PyObject, rec: ObjRec, seen: number[], truncated: boolean): void {
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

  protected diffFast(o: PyObject, rec: ObjRec): boolean {
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

  /** lists and tuples: edges are [0..n), compared by index without building labels */
  protected diffSequence(o: PyList | PyTuple, rec: ObjRec): void {
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

  // ---------- diffs at step boundaries ----------

  protected flush(): void {
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
    // A JS stack overflow can interrupt a diff (deep recursion reaches the recorder last). An
    // entry is cleared only once diffed, so what was not diffed stays queued for the next
    // boundary; nothing here calls a function on the way out (the stack may have no room).
    for (let i = 0; i < this.dirtyN; i++) {
      const o = dirty[i];
      if (o === null) continue;
      if (o.traced) {
        this.diffObject(o);
        (o.traceRec as ShadowRec).dirty = false;
      }
      dirty[i] = null;
    }
    this.dirtyN = 0;
    const frames = this.dirtyFrames;
    for (let j = 0; j < this.dirtyFramesN; j++) {
      const f = frames[j];
      if (f === null) continue;
      if (f.traceDirty) this.diffFrame(f);
      f.traceDirty = false;
      frames[j] = null;
    }
    this.dirtyFramesN = 0;
  }

  protected diffObject(o: PyObject): void {
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

  protected diffFrame(f: Frame): void {
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

  protected diffSlot(o: PyList, i: number): void {
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

  protected diffKeys(o: PyObject, k: string): void {
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
    // a dict starts being tracked when given a container (MAINTAIN_TRACKING)
    if (rec.gen !== o.gen) this.emit(Op.Meta, o.id, Meta.Generation, o.gen);
  }
  protected codeLabel(frame: Frame): number {
    let l = this.codeLabels.get(frame.code);
    if (l === undefined) {
      l = this.strings.id(frame.code.qualname);
      this.codeLabels.set(frame.code, l);
    }
    return l;
  }
}

function lengthOf(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.used;
  if (o instanceof PySet) return o.used;
  return -1;
}
