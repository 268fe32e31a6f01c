// Instances of classes deriving from str, int, float or tuple (typeobject.c's subtype_alloc over
// unicode_subtype_new, long_subtype_new, float_subtype_new, tuple_subtype_new). In CPython such
// an instance is a heap object with an identity, its own reference count, the class it holds and
// a __dict__ (unless the class declares __slots__), and the collector tracks it from birth (a
// heap type always has Py_TPFLAGS_HAVE_GC) even where the base's exact instances are untracked
// or atoms. RefScope's str/int/float values are atoms, so a subclass instance is a PyValueSub
// holding the base value; the base type's methods and slots see that value (valueOf), which is
// why `Name("a").upper()` and `Money(5) * 2` return the base type, as in CPython.

import { PyObject, incref } from '../object';
import { PyTuple } from '../tuple';
import { PyFloat } from '../float';
import type { PyDict } from '../dict';
import type { PyType } from './type';
import { baseValueOf, clearHead, edgesHead, initSubHead, visitHead, type SubInstance } from './subInstance';
import { userOverride } from '../../eval/subclassDispatch';
import { gcNew } from '../../gc/heap';

/** an instance of a subclass of str, int or float: the base's value and the subclass head */
export class PyValueSub extends PyObject implements SubInstance {
  declare heapType: PyType;
  declare attrs: PyDict | null;
  declare slotVals: unknown[] | null;
  constructor(public baseValue: string | number | bigint | PyFloat) {
    super();
  }
  get type(): PyType {
    return this.heapType;
  }
  get isGC(): boolean {
    return true;
  }
  traverse(visit: (o: PyObject) => void): void {
    visitHead(this, visit);
  }
  edges(out: (label: string, o: unknown) => void): void {
    edgesHead(this, out);
  }
  clear(): void {
    clearHead(this);
  }
  releaseContents(): void {
    clearHead(this);
  }
  /** the dict/set key it shares with its base value, unless its class hashes or compares its own way */
  get atomKey(): unknown {
    if (userOverride(this, '__hash__') !== undefined || userOverride(this, '__eq__') !== undefined) return undefined;
    return this.baseValue;
  }
}

/** an instance of a subclass of tuple (not a namedtuple class's own instances) */
export class PyTupleSub extends PyTuple implements SubInstance {
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
  }
  releaseContents(): void {
    clearHead(this);
    super.releaseContents();
  }
}

/** the value a base type's slot or method works on: a subclass instance's base value */
export const valueOf = baseValueOf;

/** a new instance of t (a subclass of str/int/float) holding value; the class reference is taken here */
export function newValueSub(t: PyType, value: string | number | bigint | PyFloat): PyValueSub {
  const o = new PyValueSub(value);
  initSubHead(o, t);
  incref(t);
  return gcNew(o);
}

/** a new instance of t (a subclass of tuple) holding items (stolen) */
export function newTupleSub(t: PyType, items: unknown[]): PyTupleSub {
  const o = new PyTupleSub(items);
  initSubHead(o, t);
  incref(t);
  return gcNew(o);
}
