// Subclassing collections' dict types (class Tree(defaultdict), class LRU(OrderedDict),
// class Tally(Counter)): subtype_alloc over defdict / odict / Counter's dict, as typeobject.c
// lays out any heap subclass: one object holding the base's contents, its class, and 3.11's
// __dict__ made on first use. The base's __init__ (defdict_init, odict's and Counter's
// __init__) is what super().__init__ reaches; reprs name the subclass as CPython's do.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, incref } from '../../objects/object';
import type { PyType } from '../../objects/typeobject/type';
import type { PyDict } from '../../objects/dict';
import { method } from '../../objects/function';
import { initSubHead, nativeSubclassAlloc, type SubInstance } from '../../objects/typeobject/subInstance';
import { clearHead, edgesHead, visitHead } from '../../objects/typeobject/subclass';
import { raise, typeError } from '../../eval/errors';
import { PyDefaultDict, PyOrderedDict, T_OrderedDict, T_defaultdict, allocDictSubclass, dictUpdate } from './dictTypes';
import { PyCounter, T_Counter, countIn } from './counter';
import { callable } from './util';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DictCtor = new (...args: any[]) => PyDict;

/** the subclass head over a native dict type (visit order: attributes, class, then the base's) */
function subclassOf<C extends DictCtor>(Base: C) {
  return class extends Base implements SubInstance {
    declare heapType: PyType;
    declare attrs: PyDict | null;
    declare slotVals: unknown[] | null;
    get type(): PyType {
      return this.heapType;
    }
    traverse(visit: (o: PyObject) => void): void {
      visitHead(this, visit);
      super.traverse(visit);
    }
    edges(out: (label: string, o: unknown) => void): void {
      edgesHead(this, out);
      super.edges(out);
    }
    clear(): void {
      clearHead(this);
      super.clear();
    }
    releaseContents(): void {
      clearHead(this);
      super.releaseContents();
    }
  };
}

const PyDefaultDictSub = subclassOf(PyDefaultDict);
const PyOrderedDictSub = subclassOf(PyOrderedDict);
const PyCounterSub = subclassOf(PyCounter);

for (const [base, Sub] of [
  [T_defaultdict, PyDefaultDictSub],
  [T_OrderedDict, PyOrderedDictSub],
  [T_Counter, PyCounterSub],
] as const) {
  nativeSubclassAlloc.set(base, (cls) => {
    const d = new Sub();
    initSubHead(d, cls);
    return allocDictSubclass(d);
  });
}

/** defdict_init: defaultdict.__init__(self, default_factory=None, *args, **kw) */
method(T_defaultdict, '__init__', (self: PyDefaultDict, args, kw) => {
  const f = args.length > 0 ? args[0] : null;
  if (f !== null && !callable(f)) typeError('first argument must be callable or None');
  const old = self.factory;
  self.factory = incref(f);
  decref(old);
  dictUpdate(self, args.slice(1), kw, 'defaultdict');
  return null;
});

/** OrderedDict.__init__(self, other=(), /, **kwds) */
method(T_OrderedDict, '__init__', (self: PyOrderedDict, args, kw) => {
  if (args.length > 1) typeError(`expected at most 1 arguments, got ${args.length}`);
  dictUpdate(self, args, kw, 'OrderedDict');
  return null;
});

/** Counter.__init__(self, iterable=None, /, **kwds) */
method(T_Counter, '__init__', (self: PyCounter, args, kw) => {
  if (args.length > 1) typeError(`expected at most 1 arguments, got ${args.length}`);
  countIn(self, args.filter((a) => a !== null), kw, 1, 'update');
  return null;
});



// copy() of a subclass instance calls the subclass (self.__class__(self)): not modelled yet
for (const t of [T_defaultdict, T_OrderedDict, T_Counter]) {
  for (const name of ['copy', '__copy__']) {
    const base = t.methods.get(name) as { fn: (s: unknown, a: unknown[], k: unknown) => unknown };
    method(t, name, (self: PyObject, args, kw) => {
      if (self.type !== t) return raise(BT.T_NotImplementedError, `${name}() of an instance of '${self.type.name}' (a subclass of ${t.name}) is not supported in RefScope`);
      return base.fn(self, args, kw);
    });
  }
}
