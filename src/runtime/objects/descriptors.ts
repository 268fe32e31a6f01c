// property, staticmethod, classmethod: the descriptors a class body makes with decorators.

import { PyObject, decref, incref, isHeap } from './object';
import * as BT from './builtinTypes';
import { gcNew, plainNew } from '../gc/heap';
import { newTuple } from './tuple';
import { pyRepr } from '../eval/repr';
import { IMMORTAL_RC, type PyType } from './typeobject/type';

export class PyProperty extends PyObject {
  constructor(public fget: unknown, public fset: unknown, public fdel: unknown) {
    super();
  }
  get type(): PyType {
    return BT.T_property;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const f of [this.fget, this.fset, this.fdel]) if (isHeap(f)) visit(f);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.fget !== null) out('fget', this.fget);
    if (this.fset !== null) out('fset', this.fset);
    if (this.fdel !== null) out('fdel', this.fdel);
  }
  releaseContents(): void {
    const a = [this.fget, this.fset, this.fdel];
    this.fget = this.fset = this.fdel = null;
    for (const f of a) decref(f);
  }
}

export function newProperty(fget: unknown, fset: unknown, fdel: unknown): PyProperty {
  return gcNew(new PyProperty(fget, fset, fdel));
}

/** staticmethod / classmethod wrappers around a function */
export class PyMethodWrapper extends PyObject {
  constructor(public func: unknown, public isClassMethod: boolean) {
    super();
  }
  get type(): PyType {
    return this.isClassMethod ? BT.T_classmethod : BT.T_staticmethod;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.func)) visit(this.func);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('__func__', this.func);
  }
  /** sm_repr / cm_repr (3.10+): the wrapped callable's repr inside */
  pyRepr(): string {
    return `<${this.isClassMethod ? 'classmethod' : 'staticmethod'}(${pyRepr(this.func)})>`;
  }
  releaseContents(): void {
    const f = this.func;
    this.func = null;
    decref(f);
  }
}

/** steals func */
export function newMethodWrapper(func: unknown, isClassMethod: boolean): PyMethodWrapper {
  return gcNew(new PyMethodWrapper(func, isClassMethod));
}

/** the NotImplemented and Ellipsis singletons */
export class PySingleton extends PyObject {
  readonly immortal = true;
  constructor(public name: string, private t: PyType) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return this.t;
  }
  pyRepr(): string {
    return this.name;
  }
}

/** range(start, stop, step): immutable, holds only ints */
export class PyRange extends PyObject {
  constructor(public start: number, public stop: number, public step: number) {
    super();
  }
  get type(): PyType {
    return BT.T_range;
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
  pyRepr(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

export function newRange(start: number, stop: number, step: number): PyRange {
  return plainNew(new PyRange(start, stop, step));
}

/**
 * A slice object (Objects/sliceobject.c): made by BUILD_SLICE for every `x[a:b]` in 3.11 and by
 * slice(); it holds its start, stop and step and the collector tracks it. PySlice_New reuses the
 * interpreter's one cached slice (the 'slice' free list of one, filled at start-up and emptied by a
 * full collection), so only a second live slice counts in generation 0.
 */
export class PySlice extends PyObject {
  constructor(public start: unknown, public stop: unknown, public step: unknown) {
    super();
  }
  get type(): PyType {
    return BT.T_slice;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const v of [this.start, this.stop, this.step]) if (isHeap(v)) visit(v as PyObject);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('start', this.start);
    out('stop', this.stop);
    out('step', this.step);
  }
  /** slice_dealloc: step, start, stop */
  releaseContents(): void {
    const { start, stop, step } = this;
    this.start = this.stop = this.step = null;
    decref(step);
    decref(start);
    decref(stop);
  }
  pyRepr(): string {
    return `slice(${pyRepr(this.start)}, ${pyRepr(this.stop)}, ${pyRepr(this.step)})`;
  }
  /** slice_richcompare: two slices compare as the tuples (start, stop, step) */
  pyRichCompare(other: unknown, op: '<' | '<=' | '==' | '!=' | '>' | '>='): unknown {
    if (!(other instanceof PySlice)) return sliceHooks.notImplemented();
    if (this === other && (op === '==' || op === '!=')) return op === '==';
    const t1 = newTuple([incref(this.start), incref(this.stop), incref(this.step)]);
    const t2 = newTuple([incref(other.start), incref(other.stop), incref(other.step)]);
    try {
      return sliceHooks.richCompare(t1, t2, op);
    } finally {
      decref(t1);
      decref(t2);
    }
  }
  pyGetAttr(name: string): unknown {
    if (name === 'start') return incref(this.start);
    if (name === 'stop') return incref(this.stop);
    if (name === 'step') return incref(this.step);
    return undefined;
  }
}

/** what slice_richcompare needs from the evaluator (set by eval/compare.ts, avoiding an import cycle) */
export const sliceHooks = {
  notImplemented: (): unknown => null,
  richCompare: (_a: unknown, _b: unknown, _op: string): unknown => null,
};

/** PySlice_New: steals start, stop and step (null for None) */
export function newSlice(start: unknown, stop: unknown, step: unknown): PySlice {
  return gcNew(new PySlice(start, stop, step), true, 'slice');
}

export class PyModule extends PyObject {
  readonly immortal = true;
  attrs = new Map<string, unknown>();
  constructor(public name: string) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return BT.T_module;
  }
  pyRepr(): string {
    return `<module '${this.name}' (built-in)>`;
  }
}
