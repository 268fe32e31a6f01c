// The three codecs RefScope has (Objects/unicodeobject.c: PyUnicode_AsUTF8String /
// PyUnicode_DecodeUTF8Stateful, the ASCII and latin-1 codecs), strict errors only, with the
// UnicodeEncodeError / UnicodeDecodeError messages of Objects/exceptions.c. Other codecs and
// error handlers are a NotImplementedError naming them; an unknown name is CPython's LookupError.
// Also bytes_new (bytes(...)), which needs them for bytes(str, encoding).

import { iterWithHint } from '../../eval/lengthHint';
import * as BT from '../../objects/builtinTypes';
import { PyInstance } from '../../objects/instance';
import { PyBytes, freshBytes, newBytes } from '../../objects/bytes';
import { decref, incref } from '../../objects/object';
import { iterToArray } from '../../objects/iter';
import { raise, typeError, valueError } from '../../eval/errors';
import { argParserInitKw, parseArgs } from '../../eval/args';
import { typeOf } from '../../objects/typeobject/typeOf';
import { asIndex } from '../../eval/protocols';
import { baseValueOf } from '../../objects/typeobject/subInstance';
import type { Kw } from '../../objects/function';
import { strArg } from './bytes';
import { pyStr } from '../../eval/repr';

type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** normalizestring + the aliases of the three codecs */
export function lookupCodec(name: string): Codec {
  const n = name.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'utf' || n === 'cp65001') return 'utf-8';
  if (n === 'ascii' || n === 'usascii' || n === '646') return 'ascii';
  if (n === 'latin1' || n === 'latin' || n === 'iso88591' || n === 'l1' || n === 'cp819' || n === '8859' || n === 'iso8859') return 'latin-1';
  if (/^[a-z0-9]+$/.test(n) && KNOWN_OTHER.has(n)) raise(BT.T_NotImplementedError, `the '${name}' codec is not supported in RefScope (only utf-8, ascii and latin-1)`);
  return raise(BT.T_LookupError, `unknown encoding: ${name}`);
}

/** codecs CPython ships that RefScope does not implement (a LookupError would be a lie) */
const KNOWN_OTHER = new Set(['utf16', 'utf32', 'utf16le', 'utf16be', 'utf32le', 'utf32be', 'utf7', 'cp1252', 'cp437', 'cp1251',
  'latin2', 'iso88592', 'iso885915', 'koi8r', 'shiftjis', 'eucjp', 'gbk', 'gb2312', 'big5', 'mbcs', 'idna', 'punycode',
  'unicodeescape', 'rawunicodeescape', 'base64', 'hex', 'rot13', 'zlib', 'bz2', 'quopri', 'uu', 'charmap', 'cp850', 'macroman']);

function checkErrors(errors: string): void {
  if (errors !== 'strict') raise(BT.T_NotImplementedError, `the '${errors}' error handler is not supported in RefScope (only 'strict')`);
}

function unicodeError(type: typeof BT.T_UnicodeEncodeError, args: unknown[]): never {
  return raise(type, args.map(incref));
}

/** str.encode(encoding, errors) */
export function encodeStr(s: string, encoding: string, errors: string): unknown {
  const codec = lookupCodec(encoding);
  checkErrors(errors);
  const cps = [...s];
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i].codePointAt(0)!;
    if (codec === 'utf-8') {
      if (c >= 0xd800 && c <= 0xdfff) {
        let j = i + 1;
        while (j < cps.length && cps[j].codePointAt(0)! >= 0xd800 && cps[j].codePointAt(0)! <= 0xdfff) j++;
        unicodeError(BT.T_UnicodeEncodeError, ['utf-8', s, i, j, 'surrogates not allowed']);
      }
      const bytes = new TextEncoder().encode(cps[i]);
      for (const b of bytes) out += String.fromCharCode(b);
    } else {
      const limit = codec === 'ascii' ? 128 : 256;
      if (c >= limit) {
        let j = i + 1;
        while (j < cps.length && cps[j].codePointAt(0)! >= limit) j++;
        unicodeError(BT.T_UnicodeEncodeError, [codec, s, i, j, `ordinal not in range(${limit})`]);
      }
      out += String.fromCharCode(c);
    }
  }
  return newBytes(out);
}

/** bytes.decode(encoding, errors); `raw` holds the bytes object for the exception */
export function decodeBytes(v: string, raw: unknown, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  checkErrors(errors);
  if (codec === 'latin-1') return v;
  if (codec === 'ascii') {
    for (let i = 0; i < v.length; i++) {
      if (v.charCodeAt(i) >= 128) unicodeError(BT.T_UnicodeDecodeError, ['ascii', raw, i, i + 1, 'ordinal not in range(128)']);
    }
    return v;
  }
  return decodeUtf8(v, raw);
}

/** PyUnicode_DecodeUTF8 (strict): the error's start, end and reason as CPython reports them */
function decodeUtf8(v: string, raw: unknown): string {
  let out = '';
  let i = 0;
  const n = v.length;
  const fail = (start: number, end: number, reason: string): never => unicodeError(BT.T_UnicodeDecodeError, ['utf-8', raw, start, end, reason]);
  while (i < n) {
    const b0 = v.charCodeAt(i);
    if (b0 < 0x80) {
      out += v[i++];
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b0 >= 0xc2 && b0 <= 0xdf) need = 1;
    else if (b0 >= 0xe0 && b0 <= 0xef) {
      need = 2;
      if (b0 === 0xe0) lo = 0xa0;
      if (b0 === 0xed) hi = 0x9f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      need = 3;
      if (b0 === 0xf0) lo = 0x90;
      if (b0 === 0xf4) hi = 0x8f;
    } else return fail(i, i + 1, 'invalid start byte');
    let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return fail(i, n, 'unexpected end of data');
      const b = v.charCodeAt(i + k);
      const l = k === 1 ? lo : 0x80;
      const h = k === 1 ? hi : 0xbf;
      if (b < l || b > h) return fail(i, i + k, 'invalid continuation byte');
      cp = (cp << 6) | (b & 0x3f);
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** UnicodeEncodeError_str / UnicodeDecodeError_str, or null when the args are not the five fields */
export function unicodeErrorStr(e: PyInstance): string | null {
  const args = e.excArgs ? e.excArgs.items : [];
  if (args.length !== 5 || typeof args[0] !== 'string' || typeof args[2] !== 'number' || typeof args[3] !== 'number') return null;
  const [enc, obj, start, end, reason] = args as [string, unknown, number, number, unknown];
  if (e.cls.isSubtypeOf(BT.T_UnicodeEncodeError) && typeof obj === 'string') {
    if (end === start + 1) {
      const c = [...obj][start].codePointAt(0)!;
      const esc = c <= 0xff ? '\\x' + c.toString(16).padStart(2, '0') : c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
      return `'${enc}' codec can't encode character '${esc}' in position ${start}: ${pyStr(reason)}`;
    }
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${pyStr(reason)}`;
  }
  if (e.cls.isSubtypeOf(BT.T_UnicodeDecodeError)) {
    const v = (obj as { v?: string }).v;
    if (typeof v !== 'string') return null;
    if (end === start + 1) return `'${enc}' codec can't decode byte 0x${v.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}: ${pyStr(reason)}`;
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${pyStr(reason)}`;
  }
  return null;
}

/** bytes_new: bytes(), bytes(int), bytes(iterable of ints), bytes(str, encoding[, errors]), bytes(bytes) */
export function constructBytes(args: unknown[], kw: Kw): unknown {
  argParserInitKw('bytes', 3, kw);
  const [src, enc, err] = parseArgs('bytes', args, kw, ['source?', 'encoding?', 'errors?']);
  if (src === undefined) {
    if (enc !== undefined || err !== undefined) typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return newBytes('');
  }
  if (typeof src === 'string') {
    if (enc === undefined) return typeError('string argument without an encoding');
    return encodeStr(src, strArg('bytes', 'encoding', enc, 'utf-8'), strArg('bytes', 'errors', err, 'strict'));
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
  // _PyBytes_FromIterator: PyObject_LengthHint(x, 64) after PyObject_GetIter (an instance's __len__ or __length_hint__)
  const items = src instanceof PyInstance ? iterWithHint(src, 64).items : iterToArray(src);
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
}
