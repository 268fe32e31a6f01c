// bytes() and the bytes methods RefScope has (Objects/bytesobject.c bytes_new, bytes_decode,
// bytes_hex), str.encode; every other method of CPython's bytes is a NotImplementedError
// naming it, and bytearray/memoryview stay unsupported builtins.

import * as BT from '../../objects/builtinTypes';
import { builtin, method, type Kw } from '../../objects/function';
import { PyBytes, freshBytes, newBytes } from '../../objects/bytes';
import { decref, incref } from '../../objects/object';
import { iterToArray } from '../../objects/iter';
import { raise, typeError, valueError } from '../../eval/errors';
import { parseArgs } from '../../eval/args';
import { typeOf } from '../../objects/typeobject/typeOf';
import { asIndex } from '../../eval/protocols';
import { codecsPart } from '../../parts';
import { builtinsMap } from '../builtins';
import { baseValueOf } from '../../objects/typeobject/subInstance';

function strArg(fname: string, what: string, v: unknown, dflt: string): string {
  if (v === undefined) return dflt;
  if (typeof v !== 'string') return typeError(`${fname}() argument '${what}' must be str, not ${typeOf(v).name}`);
  return v;
}

/** bytes_new: bytes(), bytes(int), bytes(iterable of ints), bytes(str, encoding[, errors]), bytes(bytes) */
BT.T_bytes.construct = (args: unknown[], kw: Kw) => {
  const [src, enc, err] = parseArgs('bytes', args, kw, ['source?', 'encoding?', 'errors?']);
  if (src === undefined) {
    if (enc !== undefined || err !== undefined) typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return newBytes('');
  }
  if (typeof src === 'string') {
    if (enc === undefined) return typeError('string argument without an encoding');
    return codecsPart().encodeStr(src, strArg('bytes', 'encoding', enc, 'utf-8'), strArg('bytes', 'errors', err, 'strict'));
  }
  if (enc !== undefined) typeError('encoding without a string argument');
  if (err !== undefined) typeError('errors without a string argument');
  if (src instanceof PyBytes) return typeOf(src) === BT.T_bytes ? incref(src) : newBytes(src.v);
  if (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean') {
    const n = asIndex(src);
    if (n < 0) valueError('negative count');
    if (n > 1 << 28) raise(BT.T_NotImplementedError, 'bytes of more than 2**28 bytes are not supported in RefScope');
    // _PyBytes_FromSize: the empty one is shared, a one-byte result is a new object
    return n === 0 ? newBytes('') : freshBytes('\0'.repeat(n));
  }
  const items = iterToArray(src);
  let out = '';
  try {
    for (const x of items) {
      const v = baseValueOf(x);
      if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean') typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
      const n = Number(v);
      if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
      out += String.fromCharCode(n);
    }
  } finally {
    for (const x of items) decref(x);
  }
  return newBytes(out);
};
builtinsMap.set('bytes', BT.T_bytes);

method(BT.T_bytes, 'decode', (b: PyBytes, args, kw) => {
  const [enc, err] = parseArgs('decode', args, kw, ['encoding?', 'errors?']);
  return codecsPart().decodeBytes(b.v, b, strArg('decode', 'encoding', enc, 'utf-8'), strArg('decode', 'errors', err, 'strict'));
});

method(BT.T_bytes, 'hex', (b: PyBytes, args, kw) => {
  if (args.length > 0 || (kw !== null && kw.size > 0)) raise(BT.T_NotImplementedError, 'bytes.hex() with a separator is not supported in RefScope');
  let out = '';
  for (let i = 0; i < b.v.length; i++) out += b.v.charCodeAt(i).toString(16).padStart(2, '0');
  return out;
});

method(BT.T_bytes, '__len__', (b: PyBytes) => b.v.length);

method(BT.T_str, 'encode', (s: unknown, args, kw) => {
  const [enc, err] = parseArgs('encode', args, kw, ['encoding?', 'errors?']);
  const v = baseValueOf(s) as string;
  return codecsPart().encodeStr(v, strArg('encode', 'encoding', enc, 'utf-8'), strArg('encode', 'errors', err, 'strict'));
});

// the rest of bytes' methods in CPython 3.11
for (const name of ['capitalize', 'center', 'count', 'endswith', 'expandtabs', 'find', 'index', 'isalnum', 'isalpha',
  'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'join', 'ljust', 'lower', 'lstrip', 'partition',
  'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split',
  'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']) {
  method(BT.T_bytes, name, () => raise(BT.T_NotImplementedError, `bytes.${name}() is not supported in RefScope`));
}
// a classmethod and a staticmethod in CPython: callable on the class
for (const name of ['fromhex', 'maketrans']) {
  BT.T_bytes.methods.set(name, builtin(name, () => raise(BT.T_NotImplementedError, `bytes.${name}() is not supported in RefScope`)));
}
