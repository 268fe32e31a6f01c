// Character classes for the tokenizer, as the macros at the top of CPython's
// Parser/tokenizer.c (is_potential_identifier_start, ...) and its verify_identifier():
// character codes, digit and identifier tests, and the Unicode checks for non-ASCII
// identifiers. Ch is a plain object rather than a const enum so that the scanning files can
// bind it to a module constant (see scanner.ts).

export const Ch = {
  TAB: 9, LF: 10, FF: 12, SPACE: 32, BANG: 33, DQUOTE: 34, HASH: 35, PERCENT: 37, AMP: 38,
  SQUOTE: 39, LPAR: 40, RPAR: 41, STAR: 42, PLUS: 43, MINUS: 45, DOT: 46, SLASH: 47,
  D0: 48, D1: 49, D7: 55, D9: 57, COLON: 58, LT: 60, EQ: 61, GT: 62, AT: 64,
  UA: 65, UB: 66, UE: 69, UF: 70, UJ: 74, UO: 79, UR: 82, UU: 85, UX: 88, UZ: 90,
  LSQB: 91, BACKSLASH: 92, RSQB: 93, CARET: 94, UNDERSCORE: 95,
  LA: 97, LB: 98, LE: 101, LOWER_F: 102, LI: 105, LJ: 106, LN: 110, LO: 111, LR: 114,
  LS: 115, LU: 117, LX: 120, LZ: 122, LBRACE: 123, VBAR: 124, RBRACE: 125, TILDE: 126,
} as const;

export const EOF = -1;

export const isDigit = (c: number): boolean => c >= Ch.D0 && c <= Ch.D9;
export const isHexDigit = (c: number): boolean => isDigit(c) || (c >= Ch.LA && c <= Ch.LOWER_F) || (c >= Ch.UA && c <= Ch.UF);
export const isIdentStart = (c: number): boolean =>
  (c >= Ch.LA && c <= Ch.LZ) || (c >= Ch.UA && c <= Ch.UZ) || c === Ch.UNDERSCORE || c >= 128;
export const isIdentChar = (c: number): boolean => isIdentStart(c) || isDigit(c);

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;
export const PRINTABLE = /[^\p{C}\p{Z}]|[ ]/u;

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** Index of the first character that cannot appear in an identifier, or -1. */
export function firstInvalidIdentifierChar(text: string): number {
  let i = 0;
  for (const ch of text) {
    const ok = i === 0 ? ID_START.test(ch) : ID_CONTINUE.test(ch);
    if (!ok) return i;
    i += ch.length;
  }
  return -1;
}
