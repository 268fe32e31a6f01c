// The typing module, as far as annotations need it: the special forms and generic aliases
// (List, Dict, Optional, Union, Callable, Tuple, ClassVar, Literal, Iterator...) subscript to
// alias objects with CPython 3.11's reprs (`typing.List[int]`, `typing.Optional[str]`,
// `typing.Callable[[int], int]`), Union flattening and de-duplication, TypeVar (`~T`), Any,
// cast and the identity decorators. Subscriptions are cached and kept for the whole run, as
// typing's _tp_cache keeps them: they live outside the traced heap, like module constants.

import * as BT from '../objects/builtinTypes';
import { PyModule, PySingleton } from '../objects/descriptors';
import { PyFunction, builtin } from '../objects/function';
import { PyObject, incref } from '../objects/object';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyType, IMMORTAL_RC } from '../objects/typeobject/type';
import { registerModule } from './registry';
import { parseArgs } from '../eval/args';
import { raise, typeError } from '../eval/errors';
import { pyRepr, strRepr } from '../eval/repr';
import { pyHash } from '../eval/protocols';
import { pyEq } from '../eval/compare';

const T_SpecialForm = new PyType('_SpecialForm', [BT.T_object], true, 'typing');
const T_GenericAlias = new PyType('_GenericAlias', [BT.T_object], true, 'typing');
const T_UnionGenericAlias = new PyType('_UnionGenericAlias', [BT.T_object], true, 'typing');
const T_CallableGenericAlias = new PyType('_CallableGenericAlias', [BT.T_object], true, 'typing');
const T_TypeVar = new PyType('TypeVar', [BT.T_object], true, 'typing');
const T_ForwardRef = new PyType('ForwardRef', [BT.T_object], true, 'typing');
export const T_Any = new PyType('Any', [BT.T_object], true, 'typing');
export const T_Generic = new PyType('Generic', [BT.T_object], true, 'typing');

type Kind = 'special' | 'alias' | 'union' | 'callable' | 'typevar' | 'forward';

/** a typing object: a bare form (args null) or a subscription */
class PyTyping extends PyObject {
  readonly immortal = true;
  constructor(
    readonly kind: Kind,
    /** the name after `typing.` (List, Optional, ...); for a TypeVar its name */
    readonly name: string,
    readonly args: unknown[] | null,
    /** what the alias stands for (list, collections.abc's names as strings) */
    readonly origin: unknown,
    readonly extra: { paramsList?: boolean; variance?: string; forward?: string } = {},
  ) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    switch (this.kind) {
      case 'special': return T_SpecialForm;
      case 'union': return T_UnionGenericAlias;
      case 'callable': return T_CallableGenericAlias;
      case 'typevar': return T_TypeVar;
      case 'forward': return T_ForwardRef;
      default: return T_GenericAlias;
    }
  }
  /** dataclasses asks whether an annotation is ClassVar */
  get typingKind(): string {
    return this.name;
  }
  pyRepr(): string {
    if (this.kind === 'typevar') return (this.extra.variance ?? '~') + this.name;
    if (this.kind === 'forward') return `ForwardRef(${strRepr(this.extra.forward!)})`;
    if (this.args === null) return `typing.${this.name}`;
    if (this.kind === 'union') {
      if (this.args.length === 2 && this.args.includes(BT.T_NoneType)) {
        const other = this.args.find((a) => a !== BT.T_NoneType);
        return `typing.Optional[${typeRepr(other)}]`;
      }
      return `typing.Union[${this.args.map(typeRepr).join(', ')}]`;
    }
    if (this.kind === 'callable') {
      const ret = typeRepr(this.args[this.args.length - 1]);
      if (this.extra.paramsList === false) return `typing.Callable[..., ${ret}]`;
      return `typing.Callable[[${this.args.slice(0, -1).map(typeRepr).join(', ')}], ${ret}]`;
    }
    if (this.args.length === 0) return `typing.${this.name}[()]`;
    return `typing.${this.name}[${this.args.map(typeRepr).join(', ')}]`;
  }
  pyGetItem(k: unknown): unknown {
    return subscript(this, k);
  }
  pyGetAttr(n: string): unknown {
    if (n === '__args__' && this.args !== null) return incref(newImmortalTuple(this.args));
    if (n === '__origin__' && this.args !== null) return incref(this.kind === 'union' ? FORMS.get('Union') : this.origin);
    if (n === '__name__' || n === '_name') return this.name;
    return undefined;
  }
}

function newImmortalTuple(items: unknown[]): PyTuple {
  const t = new PyTuple(items);
  t.rc = IMMORTAL_RC;
  (t as { immortal?: boolean }).immortal = true;
  return t;
}

/** typing._type_repr */
function typeRepr(o: unknown): string {
  if (o instanceof PyType) return o.module === 'builtins' ? o.name : `${o.module}.${o.name}`;
  if (o instanceof PySingleton && o.name === 'Ellipsis') return '...';
  if (o instanceof PyFunction) return o.name;
  return pyRepr(o);
}

/** typing._type_check, enough for annotations: None is NoneType, strings are forward refs */
function typeArg(a: unknown): unknown {
  if (a === null) return BT.T_NoneType;
  if (typeof a === 'string') return cached(`F:${a}`, () => new PyTyping('forward', 'ForwardRef', null, null, { forward: a }));
  return a;
}

const cache = new Map<string, PyTyping>();
function keyOf(v: unknown): string {
  if (v instanceof PyObject) return `#${v.id}`;
  return `${typeof v}:${String(v)}`;
}
function cached(key: string, make: () => PyTyping): PyTyping {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
}

function argsOf(k: unknown): unknown[] {
  return k instanceof PyTuple ? k.items.slice() : [k];
}

const FORMS = new Map<string, PyTyping>();

function subscript(form: PyTyping, k: unknown): unknown {
  if (form.args !== null) {
    return typeError(`${pyRepr(form)} is not a generic class`);
  }
  const name = form.name;
  let args = argsOf(k);
  if (name === 'Union' || name === 'Optional') {
    if (name === 'Optional') {
      if (args.length !== 1) typeError(`typing.Optional requires a single type. Got ${pyRepr(k)}.`);
      args = [args[0], null];
    }
    if (args.length === 0) typeError('Cannot take a Union of no types.');
    const flat: unknown[] = [];
    for (const a0 of args.map(typeArg)) {
      const parts = a0 instanceof PyTyping && a0.kind === 'union' && a0.args !== null ? a0.args : [a0];
      for (const a of parts) if (!flat.some((x) => x === a || (safeEq(x, a)))) flat.push(a);
    }
    if (flat.length === 1) return incref(flat[0]);
    return cached(`U:${flat.map(keyOf).join(',')}`, () => new PyTyping('union', 'Union', flat, null));
  }
  if (name === 'Callable') {
    if (args.length !== 2) typeError('Callable must be used as Callable[[arg, ...], result].');
    const [params, ret] = args;
    if (params instanceof PySingleton && params.name === 'Ellipsis') {
      return cached(`C:...:${keyOf(ret)}`, () => new PyTyping('callable', 'Callable', [params, typeArg(ret)], form.origin, { paramsList: false }));
    }
    if (!(params instanceof PyList)) typeError(`Callable[args, result]: args must be a list. Got ${pyRepr(params)}`);
    const ps = (params as PyList).items.map(typeArg);
    return cached(`C:[${ps.map(keyOf).join(',')}]:${keyOf(ret)}`, () => new PyTyping('callable', 'Callable', [...ps, typeArg(ret)], form.origin));
  }
  if (name === 'Literal') return cached(`L:${args.map(keyOf).join(',')}`, () => new PyTyping('alias', 'Literal', args, null));
  if (name === 'ClassVar' || name === 'Final' || name === 'Type' || name === 'Annotated') {
    const a = name === 'Annotated' ? args : args.map(typeArg);
    return cached(`${name}:${a.map(keyOf).join(',')}`, () => new PyTyping('alias', name, a, form.origin));
  }
  if (name === 'Generic' || name === 'Protocol') {
    return raise(BT.T_NotImplementedError, `typing.${name}[...] is not supported in RefScope`);
  }
  if (name === 'Tuple' && k instanceof PyTuple && k.items.length === 0) {
    return cached('Tuple:()', () => new PyTyping('alias', 'Tuple', [], form.origin));
  }
  const a = args.map((x) => (name === 'Tuple' && x instanceof PySingleton ? x : typeArg(x)));
  return cached(`${name}:${a.map(keyOf).join(',')}`, () => new PyTyping('alias', name, a, form.origin));
}

function safeEq(a: unknown, b: unknown): boolean {
  try {
    pyHash(a);
    pyHash(b);
    return pyEq(a, b);
  } catch {
    return false;
  }
}

const ALIASES: [string, unknown][] = [
  ['List', BT.T_list], ['Dict', BT.T_dict], ['Set', BT.T_set], ['FrozenSet', BT.T_frozenset], ['Tuple', BT.T_tuple],
  ['Type', BT.T_type], ['Callable', 'collections.abc.Callable'], ['Iterator', 'collections.abc.Iterator'],
  ['Iterable', 'collections.abc.Iterable'], ['Generator', 'collections.abc.Generator'], ['Sequence', 'collections.abc.Sequence'],
  ['MutableSequence', 'collections.abc.MutableSequence'], ['Mapping', 'collections.abc.Mapping'],
  ['MutableMapping', 'collections.abc.MutableMapping'], ['AbstractSet', 'collections.abc.Set'],
  ['MutableSet', 'collections.abc.MutableSet'], ['Collection', 'collections.abc.Collection'],
  ['Container', 'collections.abc.Container'], ['Hashable', 'collections.abc.Hashable'], ['Sized', 'collections.abc.Sized'],
  ['Reversible', 'collections.abc.Reversible'], ['KeysView', 'collections.abc.KeysView'],
  ['ValuesView', 'collections.abc.ValuesView'], ['ItemsView', 'collections.abc.ItemsView'],
  ['Deque', 'collections.deque'], ['DefaultDict', 'collections.defaultdict'], ['OrderedDict', 'collections.OrderedDict'],
  ['Counter', 'collections.Counter'], ['ChainMap', 'collections.ChainMap'],
];
const SPECIAL = ['Union', 'Optional', 'ClassVar', 'Final', 'Literal', 'NoReturn', 'Never', 'Self', 'TypeAlias', 'Annotated', 'Protocol'];

for (const [n, origin] of ALIASES) FORMS.set(n, new PyTyping('alias', n, null, origin));
for (const n of SPECIAL) FORMS.set(n, new PyTyping('special', n, null, null));
FORMS.set('Generic', new PyTyping('special', 'Generic', null, null));

T_Any.construct = () => typeError('Any cannot be instantiated');
(T_Any as { pyRepr?: () => string }).pyRepr = () => 'typing.Any';

T_TypeVar.construct = (args, kw) => {
  const [name, ...constraints] = args;
  if (typeof name !== 'string') typeError('TypeVar name must be a string');
  if (constraints.length === 1) typeError('A single constraint is not allowed');
  const get = (k: string) => (kw !== null && kw.has(k) ? kw.get(k) : false);
  const co = get('covariant') === true;
  const contra = get('contravariant') === true;
  if (co && contra) raise(BT.T_ValueError, 'Bivariant types are not supported.');
  return new PyTyping('typevar', name as string, null, null, { variance: co ? '+' : contra ? '-' : '~' });
};

const identity = (name: string) => builtin(name, (args) => incref(args[0]), 'typing');

registerModule('typing', () => {
  const m = new PyModule('typing');
  const a = m.attrs;
  for (const [n, f] of FORMS) a.set(n, f);
  a.set('Any', T_Any);
  a.set('TypeVar', T_TypeVar);
  a.set('ForwardRef', T_ForwardRef);
  a.set('Text', BT.T_str);
  a.set('AnyStr', new PyTyping('typevar', 'AnyStr', null, null));
  a.set('TYPE_CHECKING', false);
  a.set('cast', builtin('cast', (args, kw) => {
    const [, val] = parseArgs('cast', args, kw, ['typ', 'val']);
    return incref(val);
  }, 'typing'));
  for (const n of ['overload', 'final', 'no_type_check', 'runtime_checkable']) a.set(n, identity(n));
  for (const n of ['NamedTuple', 'TypedDict', 'NewType', 'get_type_hints']) {
    a.set(n, builtin(n, () => raise(BT.T_NotImplementedError, `typing.${n} is not supported in RefScope`), 'typing'));
  }
  return m;
});
