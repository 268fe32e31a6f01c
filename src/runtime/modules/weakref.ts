// The weakref module: ref, proxy, the weak containers and finalize (Lib/weakref.py's
// behaviour, built natively on the same weakref objects and callbacks).

import * as BT from '../objects/builtinTypes';
import { PyModule } from '../objects/descriptors';
import { builtin, method, type Kw } from '../objects/function';
import { PyObject, decref, incref, isHeap, obs } from '../objects/object';
import { newList } from '../objects/list';
import { newTuple } from '../objects/tuple';
import { PyDict, newDict } from '../objects/dict';
import { gcNew } from '../gc/heap';
import { PyType } from '../objects/typeobject/type';
import { PyWeakRef, makeWeakRef, T_callableproxy } from '../objects/weakref';
import { newIter, iterToArray, STOP } from '../objects/iter';
import { onModuleExit, onResetModules, registerModule } from './registry';
import { T_WeakMethod, newWeakMethod } from '../objects/weakMethod';
import { argRange, exactArgs, parseArgs } from '../eval/args';
import { keyError, typeError } from '../eval/errors';
import { callObject } from '../eval/call';
import { hexAddr } from '../eval/repr';

export const T_WeakValueDictionary = new PyType('WeakValueDictionary', [BT.T_object], true, 'weakref');
export const T_WeakKeyDictionary = new PyType('WeakKeyDictionary', [BT.T_object], true, 'weakref');
export const T_WeakSet = new PyType('WeakSet', [BT.T_object], true, '_weakrefset');
export const T_finalize = new PyType('finalize', [BT.T_object], true, 'weakref');
BT.T_weakref.name = 'ReferenceType';
BT.T_weakproxy.name = 'ProxyType';

/** the key a weak container files an object under: its identity while alive */
function wkey(o: unknown): string {
  return '\u0000w' + (o as PyObject).id;
}

/** base of the three weak containers: `data` is a real dict on the heap */
abstract class WeakContainer extends PyObject {
  data: PyDict;
  /** the callback every weakref of this container carries (immortal builtin) */
  remove: unknown;
  constructor() {
    super();
    this.data = newDict();
    const self = this;
    this.remove = builtin('remove', (args) => {
      self.onDead(args[0] as PyWeakRef);
      return null;
    });
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    visit(this.data);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('data', this.data);
  }
  releaseContents(): void {
    const d = this.data;
    this.data = null as unknown as PyDict;
    decref(d);
  }
  abstract onDead(wr: PyWeakRef): void;
}

// ---------- WeakValueDictionary: key -> KeyedRef(value) ----------

export class PyWeakValueDict extends WeakContainer {
  get type(): PyType {
    return T_WeakValueDictionary;
  }
  onDead(wr: PyWeakRef): void {
    if (this.data === null) return;
    const i = this.data.find(wr.key);
    if (i >= 0 && this.data.vs[i] === wr) this.data.delete(wr.key);
  }
  lookup(k: unknown): unknown {
    const wr = this.data.get(k) as PyWeakRef | undefined;
    return wr === undefined ? undefined : (wr.referent ?? undefined);
  }
  liveKeys(): unknown[] {
    return this.data.positions().filter((i) => (this.data.vs[i] as PyWeakRef).referent !== null).map((i) => this.data.ks[i]);
  }
  pyGetItem(k: unknown): unknown {
    const v = this.lookup(k);
    if (v === undefined) return keyError(k);
    return incref(v);
  }
  pySetItem(k: unknown, v: unknown): void {
    const wr = makeWeakRef(v, this.remove, 'keyed');
    wr.key = incref(k);
    this.data.setSteal(incref(k), wr);
  }
  pyDelItem(k: unknown): void {
    if (!this.data.delete(k)) keyError(k);
  }
  pyContains(k: unknown): boolean {
    return this.lookup(k) !== undefined;
  }
  pyLen(): number {
    return this.liveKeys().length;
  }
  pyIter(): PyObject {
    const keys = this.liveKeys().map(incref);
    return newIter('generator', keys, (it) => (it.i < it.held.length ? incref(it.held[it.i++]) : STOP));
  }
  pyRepr(): string {
    return `<WeakValueDictionary at ${hexAddr(this)}>`;
  }
}

function wvd(self: unknown): PyWeakValueDict {
  return self as PyWeakValueDict;
}

method(T_WeakValueDictionary, 'get', (self, args) => {
  argRange('get', args, 1, 2);
  const v = wvd(self).lookup(args[0]);
  return v === undefined ? (args.length > 1 ? incref(args[1]) : null) : incref(v);
});
method(T_WeakValueDictionary, 'keys', (self) => wvd(self).pyIter());
method(T_WeakValueDictionary, '__iter__', (self) => wvd(self).pyIter());
method(T_WeakValueDictionary, 'values', (self) => {
  const d = wvd(self);
  const vals = d.liveKeys().map((k) => incref(d.lookup(k)));
  return newIter('generator', vals, (it) => (it.i < it.held.length ? incref(it.held[it.i++]) : STOP));
});
method(T_WeakValueDictionary, 'items', (self) => {
  const d = wvd(self);
  const pairs = d.liveKeys().map((k) => newTuple([incref(k), incref(d.lookup(k))]));
  return newIter('generator', pairs, (it) => (it.i < it.held.length ? incref(it.held[it.i++]) : STOP));
});
method(T_WeakValueDictionary, 'pop', (self, args) => {
  argRange('pop', args, 1, 2);
  const d = wvd(self);
  const v = d.lookup(args[0]);
  if (v === undefined) {
    if (args.length > 1) return incref(args[1]);
    return keyError(args[0]);
  }
  incref(v);
  d.data.delete(args[0]);
  return v;
});
method(T_WeakValueDictionary, 'setdefault', (self, args) => {
  argRange('setdefault', args, 1, 2);
  const d = wvd(self);
  const v = d.lookup(args[0]);
  if (v !== undefined) return incref(v);
  d.pySetItem(args[0], args.length > 1 ? args[1] : null);
  return incref(args.length > 1 ? args[1] : null);
});
method(T_WeakValueDictionary, 'clear', (self) => {
  wvd(self).data.clear();
  return null;
});
method(T_WeakValueDictionary, '__getitem__', (self, args) => wvd(self).pyGetItem(args[0]));
method(T_WeakValueDictionary, '__len__', (self) => wvd(self).pyLen());
method(T_WeakValueDictionary, 'update', (self, args, kw) => {
  const d = wvd(self);
  if (args.length > 0 && args[0] instanceof PyDict) for (const i of args[0].positions()) d.pySetItem(args[0].ks[i], args[0].vs[i]);
  if (kw !== null) for (const [k, v] of kw) d.pySetItem(k, v);
  return null;
});

method(T_WeakValueDictionary, 'copy', (self) => {
  const d = wvd(self);
  const c = gcNew(new PyWeakValueDict());
  for (const k of d.liveKeys()) c.pySetItem(k, d.lookup(k));
  return c;
});
method(T_WeakValueDictionary, '__contains__', (self, args) => (exactArgs('__contains__', args, 1), wvd(self).lookup(args[0]) !== undefined));
method(T_WeakValueDictionary, 'valuerefs', (self) => {
  const d = wvd(self);
  return newList(d.data.positions().filter((i) => (d.data.vs[i] as PyWeakRef).referent !== null).map((i) => incref(d.data.vs[i])));
});

T_WeakValueDictionary.construct = (args, kw) => {
  const d = gcNew(new PyWeakValueDict());
  if (args.length > 0 && args[0] instanceof PyDict) for (const i of args[0].positions()) d.pySetItem(args[0].ks[i], args[0].vs[i]);
  if (kw !== null) for (const [k, v] of kw) d.pySetItem(k, v);
  return d;
};

// ---------- WeakKeyDictionary: ref(key) -> value ----------

export class PyWeakKeyDict extends WeakContainer {
  get type(): PyType {
    return T_WeakKeyDictionary;
  }
  onDead(wr: PyWeakRef): void {
    if (this.data === null) return;
    this.data.delete(wr);
  }
  private entry(k: unknown): number {
    return this.data.findNorm(wkey(k));
  }
  livePositions(): number[] {
    return this.data.positions().filter((i) => (this.data.ks[i] as PyWeakRef).referent !== null);
  }
  pyGetItem(k: unknown): unknown {
    const i = isHeap(k) ? this.entry(k) : -1;
    if (i < 0) return keyError(k);
    return incref(this.data.vs[i]);
  }
  pySetItem(k: unknown, v: unknown): void {
    const i = isHeap(k) ? this.entry(k) : -1;
    if (i >= 0) {
      const old = this.data.vs[i];
      this.data.vs[i] = incref(v);
      decref(old);
      return;
    }
    const wr = makeWeakRef(k, this.remove, 'wkey');
    this.data.setSteal(wr, incref(v));
  }
  pyDelItem(k: unknown): void {
    const i = isHeap(k) ? this.entry(k) : -1;
    if (i < 0) keyError(k);
    const [kk, vv] = this.data.takeAt(i);
    decref(vv);
    decref(kk);
  }
  pyContains(k: unknown): boolean {
    return isHeap(k) && this.entry(k) >= 0;
  }
  pyLen(): number {
    return this.livePositions().length;
  }
  items(what: 'keys' | 'values' | 'items'): PyObject {
    const d = this.data;
    const pos = this.livePositions();
    const held = [incref(d)];
    return newIter('generator', held, (it) => {
      while (it.i < pos.length) {
        const i = pos[it.i++];
        if (!d.isLive(i)) continue;
        const r = (d.ks[i] as PyWeakRef).referent;
        if (r === null) continue;
        if (what === 'keys') return incref(r);
        if (what === 'values') return incref(d.vs[i]);
        return newTuple([incref(r), incref(d.vs[i])]);
      }
      return STOP;
    });
  }
  pyIter(): PyObject {
    return this.items('keys');
  }
  pyRepr(): string {
    return `<WeakKeyDictionary at ${hexAddr(this)}>`;
  }
}

const wkd = (self: unknown) => self as PyWeakKeyDict;
method(T_WeakKeyDictionary, 'keys', (self) => wkd(self).items('keys'));
method(T_WeakKeyDictionary, 'values', (self) => wkd(self).items('values'));
method(T_WeakKeyDictionary, 'items', (self) => wkd(self).items('items'));
method(T_WeakKeyDictionary, '__iter__', (self) => wkd(self).items('keys'));
method(T_WeakKeyDictionary, '__getitem__', (self, args) => wkd(self).pyGetItem(args[0]));
method(T_WeakKeyDictionary, 'get', (self, args) => {
  argRange('get', args, 1, 2);
  const d = wkd(self);
  if (d.pyContains(args[0])) return d.pyGetItem(args[0]);
  return args.length > 1 ? incref(args[1]) : null;
});
method(T_WeakKeyDictionary, 'pop', (self, args) => {
  argRange('pop', args, 1, 2);
  const d = wkd(self);
  if (!d.pyContains(args[0])) return args.length > 1 ? incref(args[1]) : keyError(args[0]);
  const v = d.pyGetItem(args[0]);
  d.pyDelItem(args[0]);
  return v;
});
method(T_WeakKeyDictionary, 'setdefault', (self, args) => {
  argRange('setdefault', args, 1, 2);
  const d = wkd(self);
  if (!d.pyContains(args[0])) d.pySetItem(args[0], args.length > 1 ? args[1] : null);
  return d.pyGetItem(args[0]);
});
method(T_WeakKeyDictionary, 'clear', (self) => {
  wkd(self).data.clear();
  return null;
});
method(T_WeakKeyDictionary, 'update', (self, args, kw) => {
  wkdUpdate(wkd(self), args, kw);
  return null;
});
method(T_WeakKeyDictionary, 'copy', (self) => {
  const d = wkd(self);
  const c = gcNew(new PyWeakKeyDict());
  for (const i of d.livePositions()) c.pySetItem((d.data.ks[i] as PyWeakRef).referent, d.data.vs[i]);
  return c;
});
method(T_WeakKeyDictionary, '__contains__', (self, args) => (exactArgs('__contains__', args, 1), wkd(self).pyContains(args[0])));
method(T_WeakKeyDictionary, 'keyrefs', (self) => {
  const d = wkd(self);
  return newList(d.livePositions().map((i) => incref(d.data.ks[i])));
});
function wkdUpdate(d: PyWeakKeyDict, args: unknown[], kw: Kw): void {
  if (args.length > 0) {
    const src = args[0];
    if (src instanceof PyDict) for (const i of src.positions()) d.pySetItem(src.ks[i], src.vs[i]);
    else if (src instanceof PyWeakKeyDict) for (const i of src.livePositions()) d.pySetItem((src.data.ks[i] as PyWeakRef).referent, src.data.vs[i]);
    else typeError('WeakKeyDictionary.update() takes a dict in RefScope');
  }
  if (kw !== null && kw.size > 0) typeError('cannot create weak reference to \'str\' object');
}
T_WeakKeyDictionary.construct = (args, kw) => {
  const d = gcNew(new PyWeakKeyDict());
  wkdUpdate(d, args, kw);
  return d;
};

// ---------- WeakSet ----------

export class PyWeakSet extends WeakContainer {
  get type(): PyType {
    return T_WeakSet;
  }
  onDead(wr: PyWeakRef): void {
    if (this.data === null) return;
    this.data.delete(wr);
  }
  live(): PyObject[] {
    return this.data.positions().map((i) => (this.data.ks[i] as PyWeakRef).referent).filter((r): r is PyObject => r !== null);
  }
  add(o: unknown): void {
    if (isHeap(o) && this.data.findNorm(wkey(o)) >= 0) return;
    this.data.setSteal(makeWeakRef(o, this.remove, 'wkey'), null);
  }
  discard(o: unknown): boolean {
    const i = isHeap(o) ? this.data.findNorm(wkey(o)) : -1;
    if (i < 0) return false;
    const [k, v] = this.data.takeAt(i);
    decref(v);
    decref(k);
    return true;
  }
  pyContains(o: unknown): boolean {
    return isHeap(o) && this.data.findNorm(wkey(o)) >= 0;
  }
  pyLen(): number {
    return this.live().length;
  }
  pyIter(): PyObject {
    const items = this.live().map(incref);
    return newIter('generator', items, (it) => (it.i < it.held.length ? incref(it.held[it.i++]) : STOP));
  }
  pyRepr(): string {
    return `<_weakrefset.WeakSet object at ${hexAddr(this)}>`;
  }
}

const ws = (self: unknown) => self as PyWeakSet;
method(T_WeakSet, 'add', (self, args) => {
  exactArgs('add', args, 1);
  ws(self).add(args[0]);
  return null;
});
method(T_WeakSet, 'discard', (self, args) => {
  exactArgs('discard', args, 1);
  ws(self).discard(args[0]);
  return null;
});
method(T_WeakSet, 'remove', (self, args) => {
  exactArgs('remove', args, 1);
  if (!ws(self).discard(args[0])) keyError(args[0]);
  return null;
});
method(T_WeakSet, 'clear', (self) => {
  ws(self).data.clear();
  return null;
});
method(T_WeakSet, '__iter__', (self) => ws(self).pyIter());
method(T_WeakSet, '__len__', (self) => ws(self).pyLen());
method(T_WeakSet, '__contains__', (self, args) => (exactArgs('__contains__', args, 1), ws(self).pyContains(args[0])));
method(T_WeakSet, 'copy', (self) => {
  const c = gcNew(new PyWeakSet());
  for (const x of ws(self).live()) c.add(x);
  return c;
});
T_WeakSet.construct = (args) => {
  const s = gcNew(new PyWeakSet());
  if (args.length > 0) for (const x of iterToArray(args[0])) {
    s.add(x);
    decref(x);
  }
  return s;
};

// ---------- finalize ----------

let finalizeCounter = 0;
/** finalize._registry: the alive finalizers, holding them (and so func and args) strongly */
export const finalizeRegistry = new Set<PyFinalize>();

export class PyFinalize extends PyObject {
  wr: PyWeakRef | null = null;
  atexit = true;
  readonly index = finalizeCounter++;
  constructor(public func: unknown, public args: unknown, public kwargs: unknown) {
    super();
  }
  get type(): PyType {
    return T_finalize;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const x of [this.func, this.args, this.kwargs, this.wr]) if (isHeap(x)) visit(x);
  }
  edges(out: (label: string, o: unknown) => void): void {
    if (this.func !== null) out('func', this.func);
    if (this.args !== null) out('args', this.args);
    if (this.kwargs !== null) out('kwargs', this.kwargs);
  }
  releaseContents(): void {
    this.dropInfo();
  }
  /** the registry's _Info (weakref, func, args, kwargs) goes once the finalizer is detached */
  private dropInfo(): void {
    const xs = [this.func, this.args, this.kwargs, this.wr];
    this.func = this.args = this.kwargs = null;
    this.wr = null;
    if (obs !== null) obs.mutate(this);
    for (const x of xs) decref(x);
  }
  get alive(): boolean {
    return finalizeRegistry.has(this);
  }
  /** leave the registry; the registry's reference is the caller's to drop */
  private detachInfo(): [unknown, unknown, unknown, unknown] | null {
    if (!this.alive) return null;
    finalizeRegistry.delete(this);
    return [this.wr?.referent ?? null, this.func, this.args, this.kwargs];
  }
  /** __call__: run once, if still alive */
  fire(): unknown {
    const info = this.detachInfo();
    if (info === null) return null;
    if (finalizeShutdown) {
      decref(this); // the registry's reference
      return null;
    }
    const [, func, args, kwargs] = info;
    incref(this);
    decref(this); // the registry's reference (we still hold the one from incref)
    try {
      const posArgs = (args as { items: unknown[] }).items.map(incref);
      let kw: Kw = null;
      if (kwargs instanceof PyDict && kwargs.used > 0) {
        kw = new Map();
        for (const i of kwargs.positions()) kw.set(kwargs.ks[i] as string, incref(kwargs.vs[i]));
      }
      return callObject(func, posArgs, kw);
    } finally {
      this.dropInfo();
      decref(this);
    }
  }
  detach(peek: boolean): unknown {
    if (!this.alive) return null;
    const obj = this.wr?.referent ?? null;
    if (obj === null) return null;
    const kwargs = this.kwargs instanceof PyDict ? incref(this.kwargs) : newDict();
    const t = newTuple([incref(obj), incref(this.func), incref(this.args), kwargs]);
    if (!peek) {
      finalizeRegistry.delete(this);
      incref(this);
      decref(this); // the registry's reference
      this.dropInfo();
      decref(this);
    }
    return t;
  }
  pyRepr(): string {
    const r = this.wr?.referent;
    return `<finalize object at ${hexAddr(this)}; ${r ? `for '${r.type.name}' at ${hexAddr(r)}` : 'dead'}>`;
  }
  pySetAttr(name: string, v: unknown): boolean {
    if (name !== 'atexit') return false;
    this.atexit = v === true || (v !== false && v !== null && v !== 0);
    return true;
  }
  pyGetAttr(name: string): unknown {
    if (name === 'alive') return this.alive;
    if (name === 'atexit') return this.atexit;
    return undefined;
  }
}

method(T_finalize, 'detach', (self: PyFinalize) => self.detach(false));
method(T_finalize, 'peek', (self: PyFinalize) => self.detach(true));
method(T_finalize, '__call__', (self: PyFinalize) => self.fire());

T_finalize.construct = (args, kw) => {
  if (args.length < 2) typeError(`finalize.__init__() missing ${2 - args.length} required positional argument${args.length === 1 ? '' : 's'}`);
  const [obj, func, ...rest] = args;
  let kwargs: unknown = null;
  if (kw !== null && kw.size > 0) {
    const d = newDict();
    for (const [k, v] of kw) d.set(k, v);
    kwargs = d;
  }
  const f = gcNew(new PyFinalize(incref(func), newTuple(rest.map(incref)), kwargs));
  f.wr = makeWeakRef(obj, f, 'ref');
  finalizeRegistry.add(incref(f));
  return f;
};

/** at exit: the pending finalizers marked atexit, newest first (weakref._exitfunc) */
function runExitFinalizers(): void {
  const pending = [...finalizeRegistry].filter((f) => f.atexit).sort((a, b) => a.index - b.index);
  while (pending.length > 0) {
    const f = pending.pop()!;
    decref(f.fire());
  }
  finalizeShutdown = true; // finalize._shutdown: a finalizer left behind never runs now
}

/** the weakref module torn down at exit: finalize._registry lets go of what is left in it */
function releaseFinalizeRegistry(): boolean {
  if (finalizeRegistry.size === 0) return false;
  const left = [...finalizeRegistry];
  finalizeRegistry.clear();
  for (const f of left) decref(f);
  return true;
}
let finalizeShutdown = false;

function resetFinalizers(): void {
  finalizeRegistry.clear();
  finalizeCounter = 0;
  finalizeShutdown = false;
}
onResetModules(resetFinalizers);
onModuleExit({ atExit: runExitFinalizers, finalize: releaseFinalizeRegistry });

registerModule('weakref', () => {
  const m = new PyModule('weakref');
  const a = m.attrs;
  a.set('ref', BT.T_weakref);
  a.set('ReferenceType', BT.T_weakref);
  a.set('ProxyType', BT.T_weakproxy);
  a.set('CallableProxyType', T_callableproxy);
  a.set('proxy', builtin('proxy', (args) => {
    argRange('proxy', args, 1, 2);
    return makeWeakRef(args[0], args.length > 1 ? args[1] : null, 'proxy');
  }, 'weakref'));
  a.set('getweakrefcount', builtin('getweakrefcount', (args) => {
    exactArgs('getweakrefcount', args, 1);
    const o = args[0];
    return isHeap(o) && o.weakrefs !== null ? o.weakrefs.length : 0;
  }, 'weakref'));
  a.set('getweakrefs', builtin('getweakrefs', (args) => {
    exactArgs('getweakrefs', args, 1);
    const o = args[0];
    return newList(isHeap(o) && o.weakrefs !== null ? o.weakrefs.map(incref) : []);
  }, 'weakref'));
  a.set('WeakValueDictionary', T_WeakValueDictionary);
  a.set('WeakKeyDictionary', T_WeakKeyDictionary);
  a.set('WeakSet', T_WeakSet);
  a.set('finalize', T_finalize);
  a.set('WeakMethod', T_WeakMethod);
  a.set('ReferenceError', BT.T_ReferenceError);
  return m;
});

T_WeakMethod.construct = (args) => newWeakMethod(args);

BT.T_weakref.construct = (args, kw) => {
  const [obj, cb] = parseArgs('ref', args, kw, ['object', 'callback?'], { maxPos: 2 });
  return makeWeakRef(obj, cb ?? null, 'ref');
};

