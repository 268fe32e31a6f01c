// bytes() and the bytes methods RefScope has (Objects/bytesobject.c bytes_new, bytes_decode,
// bytes_hex), str.encode; every other method of CPython's bytes is a NotImplementedError
// naming it, and bytearray/memoryview stay unsupported builtins.

import * as BT from '../../objects/builtinTypes';
import { builtin, method, type Kw } from '../../objects/function';
import { PyBytes } from '../../objects/bytes';
import { raise, typeError } from '../../eval/errors';
import { argParserInitKw, parseArgs } from '../../eval/args';
import { typeOf } from '../../objects/typeobject/typeOf';
import { codecsPart } from '../../parts';
import { builtinsMap } from '../builtins';
import { baseValueOf } from '../../objects/typeobject/subInstance';

export function strArg(fname: string, what: string, v: unknown, dflt: string): string {
  if (v === undefined) return dflt;
  if (typeof v !== 'string') return typeError(`${fname}() argument '${what}' must be str, not ${typeOf(v).name}`);
  return v;
}

// bytes_new is fetched on first use with the codecs (codecs.ts)
BT.T_bytes.construct = (args: unknown[], kw: Kw) => codecsPart().constructBytes(args, kw);
builtinsMap.set('bytes', BT.T_bytes);

method(BT.T_bytes, 'decode', (b: PyBytes, args, kw) => {
  argParserInitKw('bytes.decode', 2, kw);
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
  argParserInitKw('str.encode', 2, kw);
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
