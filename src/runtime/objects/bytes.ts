// bytes (Objects/bytesobject.c): an immutable sequence of 0..255, held as a JS string of
// char codes below 256. Not a container (never tracked by the collector). As in CPython the
// empty bytes object and the 256 one-byte objects are shared (bytes_new_empty, the characters
// cache), and literals are constants of the code (merged per value, like co_consts): those
// are owned by the interpreter, so sys.getrefcount of one is a NotImplementedError; bytes made
// at run time (+, *, slices, bytes(), str.encode()) are counted objects.

import { PyObject, incref } from './object';
import { asIndex, asSsize, sliceIndices, NotImplemented } from '../eval/protocols';
import { indexError, notImplemented, typeError, valueError } from '../eval/errors';
import type { CmpOp } from '../eval/compare';
import { T_bytes } from './builtinTypes';
import { PyType } from './typeobject/type';
import { plainNew } from '../gc/heap';
import { PySlice } from './descriptors';
import { newTypedIter, STOP } from './iter';
import { hashStr } from './hash';
import { typeOf } from './typeobject/typeOf';

T_bytes.identityHash = false;
const T_bytes_iterator = new PyType('bytes_iterator', [], true, 'builtins');

export class PyBytes extends PyObject {
  constructor(public readonly v: string) {
    super();
  }
  get type(): PyType {
    return T_bytes;
  }
  pyLen(): number {
    return this.v.length;
  }
  pySizeof(): number {
    // PyBytesObject: header, ob_shash, the bytes and their NUL
    return 33 + this.v.length;
  }
  pyHashValue(): number {
    // _Py_HashBytes of the buffer: equal to the hash of the latin-1 str of the same characters
    return hashStr(this.v);
  }
  pyRepr(): string {
    return bytesRepr(this.v);
  }
  /** bytes_subscript: an int for an index, bytes for a slice */
  pyGetItem(k: unknown): unknown {
    const v = this.v;
    if (k instanceof PySlice) {
      const [start, , step, len] = sliceIndices(k, v.length);
      if (step === 1 && len === v.length && typeOf(this) === T_bytes) return incref(this);
      if (step === 1 || len === 0) return newBytes(v.slice(start, start + len));
      // a stepped slice is built in a new object: a one-byte result is not the cached one
      let out = '';
      for (let i = 0, j = start; i < len; i++, j += step) out += v[j];
      return freshBytes(out);
    }
    let i = asIndex(k, 'byte indices');
    if (i < 0) i += v.length;
    if (i < 0 || i >= v.length) indexError('index out of range');
    return v.charCodeAt(i);
  }
  /** bytes_contains: an int in range(256), or a bytes-like substring */
  pyContains(k: unknown): boolean {
    if (k instanceof PyBytes) return this.v.includes(k.v);
    if (typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint') {
      const n = Number(k);
      if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
      return this.v.includes(String.fromCharCode(n));
    }
    return typeError(`a bytes-like object is required, not '${typeOf(k).name}'`);
  }
  /** bytes_richcompare: bytes with bytes only */
  pyRichCompare(other: unknown, op: CmpOp): unknown {
    if (!(other instanceof PyBytes)) return NotImplemented;
    const a = this.v;
    const b = other.v;
    switch (op) {
      case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '<=': return a <= b;
      case '>': return a > b;
      case '>=': return a >= b;
    }
    return NotImplemented;
  }
  /** bytes_concat and bytes_repeat */
  pyBinaryOp(op: string, other: unknown, reflected: boolean): unknown {
    if (op === '%' && !reflected) return notImplemented('bytes % formatting (printf-style) is not supported in RefScope');
    if (op === '+' && !reflected) {
      if (!(other instanceof PyBytes)) return typeError(`can't concat ${typeOf(other).name} to bytes`);
      // an empty operand: the other exact bytes object itself
      if (this.v.length === 0 && typeOf(other) === T_bytes) return incref(other);
      if (other.v.length === 0 && typeOf(this) === T_bytes) return incref(this);
      return newBytes(this.v + other.v);
    }
    if (op === '*' && (typeof other === 'number' || typeof other === 'boolean' || typeof other === 'bigint')) {
      // bytes_repeat: the object itself when the size does not change, else always a new object
      const n = Math.max(0, asSsize(other));
      if (this.v.length * n === this.v.length && typeOf(this) === T_bytes) return incref(this);
      if (this.v.length * n > 1 << 28) return notImplemented('bytes of more than 2**28 bytes are not supported in RefScope');
      return freshBytes(this.v.repeat(n));
    }
    return NotImplemented;
  }
  pyIter(): PyObject {
    const v = this.v;
    return newTypedIter(T_bytes_iterator, [incref(this)], (it) => (it.i < v.length ? v.charCodeAt(it.i++) : STOP), false);
  }
}

/** bytes_repr: single quotes unless the bytes hold ' and no " */
export function bytesRepr(v: string): string {
  const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const ch = v[i];
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function shared(v: string): PyBytes {
  const b = new PyBytes(v);
  (b as { immortal?: boolean }).immortal = true;
  b.rc = 1 << 28;
  return b;
}

let empty: PyBytes | null = null;
const characters: (PyBytes | undefined)[] = [];
const literals = new Map<string, PyBytes>();

/** PyBytes_FromStringAndSize: a new reference; b'' and one-byte values are the shared ones */
export function newBytes(v: string): PyBytes {
  if (v.length === 0) return incref((empty ??= shared('')));
  if (v.length === 1) {
    const c = v.charCodeAt(0);
    return incref((characters[c] ??= shared(v)));
  }
  return plainNew(new PyBytes(v));
}

/** a new bytes object whatever its length (PyObject_Malloc'd directly, no shared value) */
export function freshBytes(v: string): PyBytes {
  return plainNew(new PyBytes(v));
}

/** a bytes literal's constant (a new reference to it) */
export function bytesConstant(v: string): PyBytes {
  if (v.length <= 1) return newBytes(v);
  let b = literals.get(v);
  if (b === undefined) {
    b = shared(v);
    literals.set(v, b);
  }
  return incref(b);
}

export function isBytes(o: unknown): o is PyBytes {
  return o instanceof PyBytes;
}

