// dataclasses' data: the MISSING and <factory> sentinels, Field objects (Lib/dataclasses.py's
// Field, a __slots__ class: GC-tracked, holding its default, factory and type) and the
// _DataclassParams object a decorated class keeps in __dataclass_params__.

import * as BT from '../../objects/builtinTypes';
import { PyObject, decref, isHeap } from '../../objects/object';
import { PyType, IMMORTAL_RC } from '../../objects/typeobject/type';
import { gcNew } from '../../gc/heap';
import { pyRepr, hexAddr } from '../../eval/repr';

export const T_MISSING_TYPE = new PyType('_MISSING_TYPE', [BT.T_object], true, 'dataclasses');
export const T_HAS_DEFAULT_FACTORY = new PyType('_HAS_DEFAULT_FACTORY_CLASS', [BT.T_object], true, 'dataclasses');
export const T_Field = new PyType('Field', [BT.T_object], true, 'dataclasses');
export const T_DataclassParams = new PyType('_DataclassParams', [BT.T_object], true, 'dataclasses');
export const T_FrozenInstanceError = new PyType('FrozenInstanceError', [BT.T_AttributeError], true, 'dataclasses');

class Sentinel extends PyObject {
  readonly immortal = true;
  constructor(private t: PyType, private r: string) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return this.t;
  }
  pyRepr(): string {
    return this.r === '' ? `<dataclasses._MISSING_TYPE object at ${hexAddr(this)}>` : this.r;
  }
}

export const MISSING = new Sentinel(T_MISSING_TYPE, '');
export const HAS_DEFAULT_FACTORY = new Sentinel(T_HAS_DEFAULT_FACTORY, '<factory>');

export type FieldKind = '_FIELD' | '_FIELD_CLASSVAR' | '_FIELD_INITVAR';

/** a Field: its values are owned references (MISSING when absent) */
export class PyField extends PyObject {
  name: unknown = null;
  ftype: unknown = null;
  kind: FieldKind = '_FIELD';
  constructor(
    public dflt: unknown,
    public factory: unknown,
    public init: boolean,
    public repr: boolean,
    public hash: unknown,
    public compare: boolean,
    public metadata: unknown,
    public kwOnly: unknown,
  ) {
    super();
  }
  get type(): PyType {
    return T_Field;
  }
  get isGC(): boolean {
    return true;
  }
  private refs(): unknown[] {
    return [this.name, this.ftype, this.dflt, this.factory, this.hash, this.metadata, this.kwOnly];
  }
  traverse(visit: (o: PyObject) => void): void {
    for (const v of this.refs()) if (isHeap(v)) visit(v);
  }
  edges(out: (label: string, o: unknown) => void): void {
    out('.name', this.name);
    out('.type', this.ftype);
    if (this.dflt !== MISSING) out('.default', this.dflt);
    if (this.factory !== MISSING) out('.default_factory', this.factory);
  }
  releaseContents(): void {
    const r = this.refs();
    this.name = this.ftype = this.dflt = this.factory = this.hash = this.metadata = this.kwOnly = null;
    for (const v of r) decref(v);
  }
  pyRepr(): string {
    const b = (v: boolean) => (v ? 'True' : 'False');
    return `Field(name=${pyRepr(this.name)},type=${pyRepr(this.ftype)},default=${pyRepr(this.dflt)},` +
      `default_factory=${pyRepr(this.factory)},init=${b(this.init)},repr=${b(this.repr)},hash=${pyRepr(this.hash)},` +
      `compare=${b(this.compare)},metadata=mappingproxy({}),kw_only=${pyRepr(this.kwOnly)},_field_type=${this.kind})`;
  }
  pyGetAttr(n: string): unknown {
    switch (n) {
      case 'name': return incr(this.name);
      case 'type': return incr(this.ftype);
      case 'default': return incr(this.dflt);
      case 'default_factory': return incr(this.factory);
      case 'init': return this.init;
      case 'repr': return this.repr;
      case 'hash': return incr(this.hash);
      case 'compare': return this.compare;
      case 'kw_only': return incr(this.kwOnly);
    }
    return undefined;
  }
}

function incr(v: unknown): unknown {
  if (isHeap(v)) v.rc++;
  return v;
}

export function newField(dflt: unknown, factory: unknown, init: boolean, repr: boolean, hash: unknown, compare: boolean, kwOnly: unknown): PyField {
  return gcNew(new PyField(dflt, factory, init, repr, hash, compare, null, kwOnly));
}

export interface Params {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  unsafeHash: boolean;
  frozen: boolean;
  matchArgs: boolean;
  kwOnly: boolean;
  slots: boolean;
}

/** _DataclassParams: a __slots__ instance of booleans, tracked by the collector */
export class PyDataclassParams extends PyObject {
  constructor(public p: Params) {
    super();
  }
  get type(): PyType {
    return T_DataclassParams;
  }
  get isGC(): boolean {
    return true;
  }
  pyRepr(): string {
    const b = (v: boolean) => (v ? 'True' : 'False');
    const p = this.p;
    return `_DataclassParams(init=${b(p.init)},repr=${b(p.repr)},eq=${b(p.eq)},order=${b(p.order)},unsafe_hash=${b(p.unsafeHash)},frozen=${b(p.frozen)})`;
  }
  pyGetAttr(n: string): unknown {
    const p = this.p;
    const map: Record<string, boolean> = { init: p.init, repr: p.repr, eq: p.eq, order: p.order, unsafe_hash: p.unsafeHash, frozen: p.frozen };
    return n in map ? map[n] : undefined;
  }
}
