// Decoding of backslash escapes in (non-raw) string literals, with CPython 3.11's error
// messages. CPython runs the 'unicodeescape' codec over the literal after replacing every
// non-ASCII character with a 10-byte \UXXXXXXXX escape, so error positions count those
// characters as 10 bytes; we reproduce that.

export interface DecodeResult {
  value: string;
  /** a SyntaxError message CPython raises for this literal, if any */
  error?: string;
  /** an escape RefScope cannot decode */
  unsupported?: string;
}

const SIMPLE: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isOct = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '7';

export function decodeStringBody(body: string, bytes: boolean): DecodeResult {
  if (body.indexOf('\\') < 0) {
    if (bytes && /[^\x00-\x7f]/.test(body)) return { value: body, error: 'bytes can only contain ASCII literal characters' };
    return { value: body };
  }
  if (bytes && /[^\x00-\x7f]/.test(body)) return { value: body, error: 'bytes can only contain ASCII literal characters' };
  let out = '';
  let unsupported: string | undefined;
  // byte offset in CPython's transformed buffer, for error messages
  let bytePos = 0;
  const n = body.length;
  let i = 0;
  const codecError = (start: number, end: number, reason: string): DecodeResult => ({
    value: out,
    error: bytes
      ? `(value error) invalid \\x escape at position ${start}`
      : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${reason}`,
  });
  while (i < n) {
    const ch = body[i];
    if (ch !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      const len = cp > 0xffff ? 2 : 1;
      out += body.slice(i, i + len);
      bytePos += cp >= 0x80 ? 10 : 1;
      i += len;
      continue;
    }
    const start = bytePos;
    const e = body[i + 1];
    if (e === undefined) {
      out += '\\';
      i++;
      bytePos++;
      continue;
    }
    if (e === '\n') {
      // backslash-newline continues the literal on the next line
      i += 2;
      bytePos += 2;
      continue;
    }
    if (e in SIMPLE) {
      out += SIMPLE[e];
      i += 2;
      bytePos += 2;
      continue;
    }
    if (isOct(e)) {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && isOct(body[j])) {
        v = v * 8 + (body.charCodeAt(j) - 48);
        j++;
      }
      out += String.fromCharCode(bytes ? v & 0xff : v);
      bytePos += j - i;
      i = j;
      continue;
    }
    const width = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
    if (width > 0) {
      let j = i + 2;
      while (j < n && j < i + 2 + width && isHex(body[j])) j++;
      const digits = body.slice(i + 2, j);
      if (digits.length < width) {
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        return codecError(start, start + (j - i) - 1, `truncated ${what} escape`);
      }
      const v = parseInt(digits, 16);
      if (v > 0x10ffff) return codecError(start, start + (j - i) - 1, 'illegal Unicode character');
      out += String.fromCodePoint(v);
      bytePos += j - i;
      i = j;
      continue;
    }
    if (!bytes && e === 'N') {
      // \N{NAME} needs the Unicode name database, which RefScope does not ship
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      unsupported = '\\N{...} escapes';
      const j = close >= 0 ? close + 1 : i + 2;
      out += '\ufffd';
      bytePos += j - i;
      i = j;
      continue;
    }
    // unknown escapes keep the backslash (CPython only warns)
    out += '\\';
    i++;
    bytePos++;
  }
  const r: DecodeResult = { value: out };
  if (unsupported) r.unsupported = unsupported;
  return r;
}
