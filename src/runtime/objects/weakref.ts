// Weak references (Objects/weakrefobject.c): never counted in their referent's count; cleared
// when it dies, their callbacks run then. Plain refs without a callback are shared.

import { profile } from '../versions';
import { PyObject, decref, incref, isHeap, obs } from './object';
import * as BT from './builtinTypes';
import { gcNew } from '../gc/heap';
import { PyType as PyTypeCtor, type PyType } from './typeobject/type';
import { callObject } from '../eval/call';
import { PyError, typeError } from '../eval/errors';
import { writeUnraisable } from '../gc/finalizer';
import { pyRepr } from '../eval/repr';
import { typeOf } from './typeobject/typeOf';

/** ref: weakref.ref; proxy; keyed: WeakValueDictionary's KeyedRef; wkey: a weak container's key */
export type WeakKind = 'ref' | 'proxy' | 'keyed' | 'wkey';

export class PyWeakRef extends PyObject {
  /** the referent; null once cleared (wr_object == Py_None) */
  referent: PyObject | null;
  /** the referent's id, kept for hashing and repr after it dies */
  readonly referentId: number;
  readonly referentTypeName: string;
  /** KeyedRef.key (WeakValueDictionary) */
  key: unknown = undefined;
  hashCache: unknown = undefined;

  constructor(
    referent: PyObject,
    public callback: unknown,
    public kind: WeakKind,
  ) {
    super();
    this.referent = referent;
    this.referentId = referent.id;
    this.referentTypeName = referent.type.name;
  }
  /** a proxy to a callable object is a weakref.CallableProxyType (PyWeakref_NewProxy) */
  callableProxy = false;
  get type(): PyType {
    return this.kind === 'proxy' ? (this.callableProxy ? T_callableproxy : BT.T_weakproxy) : BT.T_weakref;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    if (isHeap(this.callback)) visit(this.callback);
    if (isHeap(this.key)) visit(this.key);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.callback !== null) out('__callback__', this.callback);
    if (this.key !== undefined) out('key', this.key);
  }
  /** gc clears a weakref in the unreachable set: referent detached, callback dropped */
  clear(): void {
    clearRef(this);
    const cb = this.callback;
    this.callback = null;
    decref(cb);
  }
  pyRepr(): string {
    return weakrefRepr(this);
  }
  /** weakref's __callback__ member */
  pyGetAttr(name: string): unknown {
    if (name === '__callback__' && this.kind !== 'proxy') return this.callback === null ? null : incref(this.callback);
    return undefined;
  }
  releaseContents(): void {
    clearRef(this);
    const cb = this.callback;
    const k = this.key;
    this.callback = null;
    this.key = undefined;
    decref(cb);
    decref(k);
  }
}

/** clear_weakref: unlink from the referent's list; the callback is kept */
export function clearRef(wr: PyWeakRef): void {
  const o = wr.referent;
  if (o === null) return;
  wr.referent = null;
  const list = o.weakrefs;
  if (list !== null) {
    const i = list.indexOf(wr);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) o.weakrefs = null;
  }
  if (obs !== null) obs.mutate(wr);
}

export function supportsWeakrefs(o: unknown): o is PyObject {
  if (!isHeap(o)) return false;
  const t = o.type;
  if (t.builtin) return t === BT.T_function || t === BT.T_method || t === BT.T_builtin || t === BT.T_type || t === BT.T_set || t === BT.T_frozenset || t.name === 'WeakValueDictionary' || t.name === 'WeakKeyDictionary' || t.name === 'WeakSet' || t.name === 'finalize' || t.name === 'generator';
  return t.weakrefable;
}

function basicRef(list: PyObject[] | null): PyWeakRef | null {
  if (list === null || list.length === 0) return null;
  const h = list[0] as PyWeakRef;
  return h.kind === 'ref' && h.callback === null && (h as { heapType?: unknown }).heapType === undefined ? h : null;
}

function basicProxy(list: PyObject[] | null): PyWeakRef | null {
  if (list === null) return null;
  const ref = basicRef(list);
  const cand = list[ref === null ? 0 : 1] as PyWeakRef | undefined;
  return cand !== undefined && cand.kind === 'proxy' && cand.callback === null ? cand : null;
}

/** weakref.ref(o, callback) / proxy / KeyedRef: a new reference */
/** weakref.CallableProxyType (_PyWeakref_CallableProxyType) */
export const T_callableproxy = new PyTypeCtor('CallableProxyType', [BT.T_object], true, 'weakref');

function isCallableReferent(o: PyObject): boolean {
  const t = o.type;
  if (t === BT.T_function || t === BT.T_method || t === BT.T_builtin || t === BT.T_type || o instanceof PyTypeCtor) return true;
  return !t.builtin && t.lookup('__call__') !== undefined;
}

export function makeWeakRef(o: unknown, callback: unknown, kind: WeakKind): PyWeakRef {
  if (!supportsWeakrefs(o)) {
    return typeError(`cannot create weak reference to '${typeOf(o).name}' object`);
  }
  const cb = callback === null || callback === undefined ? null : callback;
  if (cb === null && kind === 'ref') {
    const r = basicRef(o.weakrefs);
    if (r !== null) return incref(r);
  }
  if (cb === null && kind === 'proxy') {
    const p = basicProxy(o.weakrefs);
    if (p !== null) return incref(p);
  }
  const wr = gcNew(new PyWeakRef(o, cb === null ? null : incref(cb), kind));
  if (kind === 'proxy' && isCallableReferent(o)) wr.callableProxy = true;
  linkWeakRef(o, wr, cb === null && kind === 'ref');
  return wr;
}

/** insert_head for a basic ref, else insert_after the basic ref/proxy (weakref_new) */
export function linkWeakRef(o: PyObject, wr: PyWeakRef, basic: boolean): void {
  if (o.weakrefs === null) o.weakrefs = [];
  const list = o.weakrefs;
  if (basic) list.unshift(wr);
  else {
    // insert after the basic ref/proxy (insert_after), else at the head
    const ref = basicRef(list);
    const proxy = basicProxy(list);
    const prev = proxy ?? ref;
    if (prev === null) list.unshift(wr);
    else list.splice(list.indexOf(prev) + 1, 0, wr);
  }
  if (obs !== null) obs.mutate(o);
}

/** PyObject_ClearWeakRefs: clear every weakref to o, then run the callbacks in list order */
export function clearWeakrefsOnDealloc(o: PyObject): void {
  const list = o.weakrefs;
  if (list === null) return;
  const pending: [PyWeakRef, unknown][] = [];
  for (const w of list.slice()) {
    const wr = w as PyWeakRef;
    const cb = wr.callback;
    wr.callback = null;
    clearRef(wr);
    if (obs !== null) obs.weakrefCleared(wr, cb !== null);
    if (cb !== null) {
      if (wr.rc > 0) pending.push([incref(wr), cb]);
      else decref(cb);
    }
  }
  o.weakrefs = null;
  for (const [wr, cb] of pending) {
    handleCallback(wr, cb);
    decref(cb);
    decref(wr);
  }
}

/** handle_callback: call it with the weakref; errors are printed, not raised */
export function handleCallback(wr: PyWeakRef, cb: unknown): void {
  try {
    decref(callObject(cb, [incref(wr)], null));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    writeUnraisable(`Exception ignored in: ${pyRepr(cb)}`, e);
  }
}

export function weakrefRepr(wr: PyWeakRef): string {
  const addr = '0x' + (0x7f3a00000000 + wr.id * 0x30).toString(16);
  if (wr.kind === 'proxy') {
    const r = wr.referent;
    // 3.13's proxy_repr reads like weakref's: `; to 'T' at`, `; dead`
    if (profile.weakproxyReprQuoted) {
      return r ? `<weakproxy at ${addr}; to '${r.type.name}' at ${'0x' + (0x7f3a00000000 + r.id * 0x30).toString(16)}>` : `<weakproxy at ${addr}; dead>`;
    }
    return `<weakproxy at ${addr} to ${r ? r.type.name : 'NoneType'} at ${r ? '0x' + (0x7f3a00000000 + r.id * 0x30).toString(16) : '0x0'}>`;
  }
  if (wr.referent === null) return `<weakref at ${addr}; dead>`;
  return `<weakref at ${addr}; to '${wr.referent.type.name}' at ${'0x' + (0x7f3a00000000 + wr.referent.id * 0x30).toString(16)}>`;
}
