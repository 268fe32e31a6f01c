// Frame objects and tracebacks (Objects/frameobject.c, Python/traceback.c). 3.11 frames are not
// objects until something asks for one; an exception passing through a frame does (its
// traceback points at the frame object). When such a frame returns while its frame object is
// still referenced, the object takes over the locals (take_ownership), so a saved exception
// keeps every local of every frame it passed through alive.

import { makeLocalsHeapSafe } from '../eval/borrow';
import { PyObject, decref, incref, isHeap } from './object';
import * as BT from './builtinTypes';
import { gcNew, gcState } from '../gc/heap';
import { PyType } from './typeobject/type';
import type { Frame } from '../eval/frame';
import { framePart } from '../parts';
import { profile } from '../versions';

const T_frame = new PyType('frame', [BT.T_object], true);
const T_traceback = new PyType('traceback', [BT.T_object], true);

export class PyFrameObject extends PyObject {
  /** locals taken over when the frame finished while this object was still referenced */
  owned: unknown[] | null = null;
  ownedFn: unknown = null;
  /** the f_locals dict taken over with the locals */
  ownedLocalsDict: PyObject | null = null;
  back: PyFrameObject | null = null;
  constructor(public frame: Frame) {
    super();
  }
  get type(): PyType {
    return T_frame;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (this.back !== null) visit(this.back);
    if (this.owned === null) return;
    if (isHeap(this.ownedFn)) visit(this.ownedFn);
    if (this.ownedLocalsDict !== null) visit(this.ownedLocalsDict);
    for (const v of this.owned) if (isHeap(v)) visit(v);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.back !== null) out('f_back', this.back);
    if (this.owned === null) return;
    const names = [...this.frame.code.varnames, ...this.frame.code.freevars];
    this.owned.forEach((v, i) => v !== undefined && out(names[i] ?? `[${i}]`, v));
  }
  /** frame_tp_clear: the locals go, f_back stays until dealloc */
  clear(): void {
    const o = this.owned;
    if (o === null) return;
    this.owned = [];
    for (const v of o) if (v !== undefined) decref(v);
    const ld = this.ownedLocalsDict;
    this.ownedLocalsDict = null;
    decref(ld);
  }
  releaseContents(): void {
    this.clear();
    const fn = this.ownedFn;
    const back = this.back;
    const ld = this.ownedLocalsDict;
    this.ownedFn = null;
    this.back = null;
    this.ownedLocalsDict = null;
    decref(fn);
    decref(ld);
    decref(back);
  }
  pyGetAttr(name: string): unknown {
    return framePart().frameAttr(this, name);
  }
  pyRepr(): string {
    return `<frame at 0x${(0x7f3a00000000 + this.id * 0x30).toString(16)}, file '${this.frame.code.name}', line ${this.frame.line}, code ${this.frame.code.name}>`;
  }
}


export class PyTraceback extends PyObject {
  constructor(public next: PyTraceback | null, public frameObj: PyFrameObject, public line: number) {
    super();
  }
  get type(): PyType {
    return T_traceback;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (this.next !== null) visit(this.next);
    visit(this.frameObj);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.next !== null) out('tb_next', this.next);
    out('tb_frame', this.frameObj);
  }
  clear(): void {
    const n = this.next;
    const f = this.frameObj;
    this.next = null;
    this.frameObj = null as unknown as PyFrameObject;
    decref(n);
    decref(f);
  }
  releaseContents(): void {
    this.clear();
  }
  /** tb_getsetters / tb_memberlist */
  pyGetAttr(name: string): unknown {
    switch (name) {
      case 'tb_next':
        return this.next === null ? null : incref(this.next);
      case 'tb_frame':
        return incref(this.frameObj);
      case 'tb_lineno':
        return this.line;
    }
    return undefined;
  }
}


/** _PyFrame_GetFrameObject: made on first request, held by the executing frame */
export function frameObjectOf(f: Frame): PyFrameObject {
  if (f.obj === null) f.obj = gcNew(new PyFrameObject(f), false);
  return f.obj;
}

/** PyTraceBack_Here: a new traceback entry for frame f in front of the current chain (stolen) */
export function newTraceback(next: PyTraceback | null, f: Frame): PyTraceback {
  return gcNew(new PyTraceback(next, incref(frameObjectOf(f)), f.line));
}

/**
 * The frame is finishing: if its frame object is referenced from elsewhere, the object takes the
 * locals (and a reference to the function, and to the caller's frame object); returns true then.
 */
export function takeOwnership(f: Frame): boolean {
  const fo = f.obj;
  if (fo === null) return false;
  f.obj = null;
  if (fo.rc <= 1) {
    decref(fo);
    return false;
  }
  // the frame object holds the locals strongly (PyStackRef_MakeHeapSafe): none stays borrowed
  if (f.borrowed !== null) makeLocalsHeapSafe(f);
  fo.owned = f.locals.slice();
  f.locals.fill(undefined);
  fo.ownedFn = f.fn === null ? null : incref(f.fn);
  fo.ownedLocalsDict = f.localsDict;
  f.localsDict = null;
  // a generator's frame: 3.11 unlinks its caller before clearing it (genFrameClearedInEval)
  const linked = f.gen === null || profile.genFrameClearedInEval;
  if (linked && f.back !== null && f.back.code.scopeKind !== 'class') fo.back = incref(frameObjectOf(f.back));
  gcState.track(fo);
  decref(fo);
  return true;
}
