// The collector's bookkeeping: three generations as intrusive doubly linked lists in
// allocation order (PyGC_Head), their counts and thresholds (struct gc_generation).

import { profile } from '../versions';
import { GcState, type PyObject } from '../objects/object';

/** A list head; objects link through the same two fields. */
export interface GcNode {
  gcNext: GcNode | null;
  gcPrev: GcNode | null;
}

export class GcList implements GcNode {
  gcNext: GcNode;
  gcPrev: GcNode;
  constructor() {
    this.gcNext = this;
    this.gcPrev = this;
  }
  isEmpty(): boolean {
    return this.gcNext === this;
  }
  append(o: GcNode): void {
    const last = this.gcPrev;
    last.gcNext = o;
    o.gcPrev = last;
    o.gcNext = this;
    this.gcPrev = o;
  }
  /** gc_list_merge(this, to): move every node of this list to the end of `to` */
  mergeInto(to: GcList): void {
    if (this.isEmpty()) return;
    const first = this.gcNext;
    const last = this.gcPrev;
    const toLast = to.gcPrev;
    toLast.gcNext = first;
    first.gcPrev = toLast;
    last.gcNext = to;
    to.gcPrev = last;
    this.gcNext = this;
    this.gcPrev = this;
  }
  size(): number {
    let n = 0;
    for (let g = this.gcNext; g !== this; g = g.gcNext!) n++;
    return n;
  }
  toArray(): PyObject[] {
    const out: PyObject[] = [];
    for (let g = this.gcNext; g !== this; g = g.gcNext!) out.push(g as PyObject);
    return out;
  }
}

export function unlink(o: GcNode): void {
  const p = o.gcPrev!;
  const n = o.gcNext!;
  p.gcNext = n;
  n.gcPrev = p;
  o.gcNext = null;
  o.gcPrev = null;
}

/** gc_list_move */
export function moveTo(o: GcNode, list: GcList): void {
  unlink(o);
  list.append(o);
}

export class Generation {
  head = new GcList();
  count = 0;
  constructor(public threshold: number) {}
}

export const NUM_GENERATIONS = 3;

/** struct _gc_runtime_state */
export class GcRuntime {
  gens = profile.gcThresholds.map((t) => new Generation(t));
  /** the permanent generation (gc.freeze) */
  permanent = new GcList();
  enabled = true;
  collecting = false;
  /** 3.12+: a collection _Py_ScheduleGC asked for, run at the next eval-breaker check */
  scheduled = false;
  debug = 0;
  longLivedTotal = 0;
  longLivedPending = 0;
  /** struct gc_generation_stats, per generation (gc.get_stats()) */
  stats = profile.startupGcStats.map(([collections, collected]) => ({ collections, collected, uncollectable: 0 }));

  constructor() {
    profile.startupGcCount.forEach((n, i) => (this.gens[i].count = n));
  }

  /** _PyObject_GC_TRACK: link into the youngest generation */
  track(o: PyObject): void {
    if (o.gcState !== GcState.Untracked) return;
    o.gen = 0;
    o.gcState = GcState.Tracked;
    this.gens[0].head.append(o);
  }

  /** _PyObject_GC_UNTRACK */
  untrack(o: PyObject): void {
    if (o.gcState === GcState.Untracked) return;
    unlink(o);
    o.gen = -1;
    o.gcState = GcState.Untracked;
  }

  isTracked(o: PyObject): boolean {
    return o.gcState !== GcState.Untracked;
  }
}
