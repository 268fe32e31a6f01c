// repr() and str() exactly as CPython prints them, including recursive containers
// (Py_ReprEnter: `[...]`, `{...}`) and default object reprs.

import { WHERE_REPR, WHERE_STR, enterRecursiveCall, leaveRecursiveCall } from './ceval/recursion';
import * as BT from '../objects/builtinTypes';
import { PyFloat } from '../objects/float';
import { PyObject } from '../objects/object';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';
import { PyInstance } from '../objects/instance';
import { PyType } from '../objects/typeobject/type';
import { PyBoundMethod, PyBuiltin, PyBuiltinBound, PyCell, PyFunction, BuiltinMethodDescr } from '../objects/function';
import { addressOf } from '../objects/hash';
import { typeOf } from '../objects/typeobject/typeOf';
import { callSpecial, lookupSpecial, OBJECT_REPR, OBJECT_STR } from './special';
import { typeError, raise } from './errors';
import { hiddenAlloc } from '../gc/heap';
import { isSubInstance, isValueSub } from '../objects/typeobject/subInstance';
import { userOverride } from './subclassDispatch';
import { PySet } from '../objects/set';
import { PyWeakRef } from '../objects/weakref';
import { proxyTarget } from './protocols';
import { codecsPart } from '../parts';

const reprStack = new Set<PyObject>();

export function hexAddr(o: unknown): string {
  return '0x' + (o instanceof PyObject ? addressOf(o) : idOf(o)).toString(16);
}

export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = v.toExponential().split('e');
  const exp = parseInt(expStr, 10);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp >= -5 + 1 && exp < 16) {
    // positional notation, as repr does for 1e-4 <= |v| < 1e16
    if (exp >= 0) {
      const intPart = digits.length > exp + 1 ? digits.slice(0, exp + 1) : digits.padEnd(exp + 1, '0');
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : '0';
      out = intPart + '.' + frac;
    } else {
      out = '0.' + '0'.repeat(-exp - 1) + digits;
    }
  } else {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    out = m + 'e' + (exp < 0 ? '-' : '+') + (e < 10 ? '0' + e : String(e));
  }
  return neg ? '-' + out : out;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

export function intRepr(v: number | bigint): string {
  const s = String(v);
  // CPython 3.11's default limit on int -> str conversion (sys.get_int_max_str_digits())
  if (typeof v === 'bigint' && s.length > 4300 + (v < 0n ? 1 : 0)) {
    raise(BT.T_ValueError, 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit');
  }
  return s;
}

/** repr(v) as a JS string */
export function pyRepr(v: unknown): string {
  switch (typeof v) {
    case 'number':
      return String(v);
    case 'bigint':
      return intRepr(v);
    case 'string':
      return strRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'object':
      if (v === null) return 'None';
      if (v instanceof PyFloat) return floatRepr(v.v);
      // a plain instance by a small function (recursion through __repr__ must fit the page's stack)
      if (isPlainInstance(v)) return instanceRepr(v);
      return objectRepr(v as PyObject);
  }
  return String(v);
}

/** ascii() / the !a conversion: repr() with each non-ASCII character escaped (\xhh, \uhhhh, \Uhhhhhhhh) */
export function pyAscii(v: unknown): string {
  let out = '';
  for (const ch of pyRepr(v)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** an instance of a class statement's class (not a builtin's subclass, no native repr) */
export function isPlainInstance(v: unknown): v is PyInstance {
  return v instanceof PyInstance && (v as { pyRepr?: unknown }).pyRepr === undefined && !isSubInstance(v);
}

/** slot_tp_repr of a class instance, or object.__repr__ (an exception's, a default one) */
export function instanceRepr(o: PyInstance): string {
  const f = lookupSpecial(o.cls, '__repr__');
  if (f !== undefined && f !== OBJECT_REPR) {
    // PyObject_Repr's recursion check
    enterRecursiveCall(WHERE_REPR);
    let r: unknown;
    try {
      r = callSpecial(f, o, []);
    } catch (x) {
      leaveRecursiveCall();
      throw x;
    }
    leaveRecursiveCall();
    return asStr(r, '__repr__');
  }
  if (isException(o)) return excRepr(o);
  return defaultRepr(o);
}

/** str(v) as a JS string */
export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (isSubInstance(v)) {
    const f = userOverride(v, '__str__');
    if (f !== undefined) return asStr(callSpecial(f, v, []), '__str__');
    // unicode_str: a str subclass's value; int and float print through their repr slot
    if (isValueSub(v) && typeof v.baseValue === 'string') return v.baseValue;
  }
  if (v instanceof PyWeakRef && v.kind === 'proxy') return pyStr(proxyTarget(v));
  if (v instanceof PyInstance) {
    // PyObject_Str's recursion check (object.__str__ goes on to PyObject_Repr's)
    enterRecursiveCall(WHERE_STR);
    try {
      const f = lookupSpecial(v.cls, '__str__');
      if (f !== undefined && f !== OBJECT_STR) return asStr(callSpecial(f, v, []), '__str__');
      if (isException(v)) return excStr(v);
      return pyRepr(v);
    } finally {
      leaveRecursiveCall();
    }
  }
  return pyRepr(v);
}

function asStr(r: unknown, what: string): string {
  if (typeof r !== 'string') typeError(`${what} returned non-string (type ${typeOf(r).name})`);
  return r as string;
}

export function isException(v: PyInstance): boolean {
  return v.cls.isSubtypeOf(BT.T_BaseException);
}

/** SyntaxError_str: "msg (file, line N)" */
function syntaxErrorStr(msg: unknown, details: unknown[]): string {
  const [filename, lineno] = details;
  const base = typeof filename === 'string' ? filename.split('/').pop()! : null;
  const m = pyStr(msg);
  if (base !== null && typeof lineno === 'number') return `${m} (${base}, line ${lineno})`;
  if (typeof lineno === 'number') return `${m} (line ${lineno})`;
  return m;
}

/** BaseException.__str__ */
export function excStr(e: PyInstance): string {
  const args = e.excArgs ? e.excArgs.items : [];
  if (e.cls.isSubtypeOf(BT.T_KeyError) && args.length === 1) return pyRepr(args[0]);
  if (e.cls.isSubtypeOf(BT.T_UnicodeError) && args.length === 5) return codecsPart().unicodeErrorStr(e) ?? pyRepr(e.excArgs);
  if (e.cls.isSubtypeOf(BT.T_SyntaxError) && args.length === 2 && args[1] instanceof PyTuple) return syntaxErrorStr(args[0], args[1].items);
  if (args.length === 0) return '';
  if (args.length === 1) return pyStr(args[0]);
  return pyRepr(e.excArgs);
}

let reprEntered = false;
export function resetReprState(): void {
  reprEntered = false;
}

export function withReprGuard(o: PyObject, open: string, body: () => string): string {
  if (!reprEntered) {
    // Py_ReprEnter's first use makes the thread-state dict and its Py_Repr list, for good
    reprEntered = true;
    hiddenAlloc('dict');
    hiddenAlloc('list');
  }
  if (reprStack.has(o)) return open;
  reprStack.add(o);
  try {
    return body();
  } finally {
    reprStack.delete(o);
  }
}

/** the builtin container's own repr, whatever a subclass overrides (list_repr, dict_repr...) */
export function baseRepr(o: unknown): string {
  return containerRepr(o as PyObject) ?? objectRepr(o as PyObject);
}

function containerRepr(o: PyObject): string | null {
  if (o instanceof PyList) return withReprGuard(o, '[...]', () => '[' + o.items.map(pyRepr).join(', ') + ']');
  if (o instanceof PyDict) {
    return withReprGuard(o, '{...}', () => {
      const parts: string[] = [];
      for (const i of o.positions()) parts.push(pyRepr(o.ks[i]) + ': ' + pyRepr(o.vs[i]));
      return '{' + parts.join(', ') + '}';
    });
  }
  if (o instanceof PySet) {
    const items = o.items();
    const name = o.frozen ? 'frozenset' : 'set';
    if (items.length === 0) return name + '()';
    return withReprGuard(o, name + '(...)', () => '{' + items.map(pyRepr).join(', ') + '}');
  }
  return null;
}

function objectRepr(o: PyObject): string {
  if (isSubInstance(o)) {
    const f = userOverride(o, '__repr__');
    if (f !== undefined) return asStr(callSpecial(f, o, []), '__repr__');
    if (isValueSub(o)) return pyRepr(o.baseValue);
    if (o instanceof PySet && !o.frozen) {
      // set_repr names a subclass: Bag({1, 2})
      const items = o.items();
      if (items.length === 0) return o.heapType.name + '()';
      return withReprGuard(o, o.heapType.name + '(...)', () => `${o.heapType.name}({${items.map(pyRepr).join(', ')}})`);
    }
  }
  // a native type's own tp_repr goes first: subclasses of dict and tuple (defaultdict, namedtuple) print their own way
  const own = (o as { pyRepr?: () => string }).pyRepr;
  if (own !== undefined) return own.call(o);
  if (o instanceof PyList) return withReprGuard(o, '[...]', () => '[' + o.items.map(pyRepr).join(', ') + ']');
  if (o instanceof PyTuple) {
    return withReprGuard(o, '(...)', () =>
      o.items.length === 1 ? '(' + pyRepr(o.items[0]) + ',)' : '(' + o.items.map(pyRepr).join(', ') + ')',
    );
  }
  if (o instanceof PyDict) {
    return withReprGuard(o, '{...}', () => {
      const parts: string[] = [];
      for (const i of o.positions()) parts.push(pyRepr(o.ks[i]) + ': ' + pyRepr(o.vs[i]));
      return '{' + parts.join(', ') + '}';
    });
  }
  if (o instanceof PySet) {
    const items = o.items();
    const name = o.frozen ? 'frozenset' : 'set';
    if (items.length === 0) return name + '()';
    return withReprGuard(o, name + '(...)', () => {
      const body = '{' + items.map(pyRepr).join(', ') + '}';
      return o.frozen ? `frozenset(${body})` : body;
    });
  }
  if (o instanceof PyInstance) return instanceRepr(o);
  if (o instanceof PyType) {
    const metaRepr = (o as { pyRepr?: () => string }).pyRepr;
    if (metaRepr !== undefined) return metaRepr.call(o);
    return `<class '${o.module === 'builtins' ? '' : o.module + '.'}${o.qualname}'>`;
  }
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${hexAddr(o)}>`;
  if (o instanceof PyBuiltin) return `<built-in function ${o.name}>`;
  if (o instanceof BuiltinMethodDescr) return `<${o.slot ? 'slot wrapper' : 'method'} '${o.name}' of '${o.owner.name}' objects>`;
  if (o instanceof PyBuiltinBound) {
    if (o.descr.slot) return `<method-wrapper '${o.descr.name}' of ${typeOf(o.self).name} object at ${hexAddr(o.self)}>`;
    return `<built-in method ${o.descr.name} of ${typeOf(o.self).name} object at ${hexAddr(o.self)}>`;
  }
  if (o instanceof PyBoundMethod) {
    const f = o.func as PyFunction;
    return `<bound method ${f.qualname ?? '?'} of ${pyRepr(o.self)}>`;
  }
  if (o instanceof PyCell) {
    const c = o.contents;
    if (c === undefined) return `<cell at ${hexAddr(o)}: empty>`;
    const tn = typeOf(c).name;
    return `<cell at ${hexAddr(o)}: ${tn} object at ${hexAddr(c as PyObject)}>`;
  }
  const custom = (o as { pyRepr?: () => string }).pyRepr;
  if (custom) return custom.call(o);
  return defaultRepr(o);
}

export function defaultRepr(o: PyObject): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at ${hexAddr(o)}>`;
}

function excRepr(e: PyInstance): string {
  const args = e.excArgs ? e.excArgs.items : [];
  if (args.length === 1) return `${e.cls.name}(${pyRepr(args[0])})`;
  return `${e.cls.name}(${args.map(pyRepr).join(', ')})`;
}

/** the address CPython would show for an object (for id()) */
export function idOf(v: unknown): number {
  if (v instanceof PyObject) return addressOf(v);
  return addressOfAtom(v);
}

const atomIds = new Map<unknown, number>();
let nextAtom = 1;
function addressOfAtom(v: unknown): number {
  const key = v instanceof PyFloat ? 'f' + v.v : v;
  let a = atomIds.get(key);
  if (a === undefined) {
    a = 0x7f3b00000000 + nextAtom++ * 0x20;
    atomIds.set(key, a);
  }
  return a;
}

