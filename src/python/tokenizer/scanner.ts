// The scanning state of CPython's struct tok_state (Parser/tokenizer.h): the source
// buffer, the current position and line, the bracket stack, and the tokens and errors
// produced so far, with the helpers that read characters and emit tokens. It also holds
// the two literal scanners of tok_get() in Parser/tokenizer.c, number() and string(), which
// need nothing but this state. The Tokenizer (tokenizer.ts) extends it with indentation
// and the dispatch on the next character.

import type { SyntaxErrorInfo } from '../ast';
import { decodeStringBody } from '../strings';
import * as chars from './chars';
import type { StringInfo, Token, TokenKind, TokenizeOptions, TokenizerError, TokenizerErrorKind } from './token';

// The tokenizer reads these for every character. Bound once here as module constants: under
// Vitest's module runner every use of an imported name is a getter call, which made the
// tokenizer about 1.5x slower in the tests.
const { Ch, EOF, isDigit, isHexDigit, isIdentChar } = chars;

export abstract class Scanner {
  protected readonly src: string;
  protected readonly n: number;
  protected pos = 0;
  protected line: number;
  protected lineStart: number;
  /** column added to positions on the first line (f-string fields start mid-line) */
  private readonly firstLineColShift: number;
  /** the source did not end with a newline and one was added */
  protected readonly hasImplicitNewline: boolean;
  protected readonly tokens: Token[] = [];
  protected readonly errors: TokenizerError[] = [];
  protected parens: { ch: number; line: number; col: number }[] = [];

  constructor(src: string, options: TokenizeOptions) {
    // CPython appends a newline to source that does not end with one
    this.src = src.length > 0 && src.charCodeAt(src.length - 1) !== Ch.LF ? src + '\n' : src;
    this.n = this.src.length;
    this.line = options.startLine ?? 1;
    this.firstLineColShift = options.startCol ?? 0;
    this.lineStart = -this.firstLineColShift;
    this.hasImplicitNewline = this.src.length !== src.length;
  }

  protected peekc(offset = 0): number {
    const p = this.pos + offset;
    return p < this.n ? this.src.charCodeAt(p) : EOF;
  }

  protected col(p: number): number {
    return p - this.lineStart;
  }

  /** Start a new physical line; called after consuming the '\n' at position p - 1. */
  protected newlineAt(p: number): void {
    this.line++;
    this.lineStart = p;
  }

  protected error(
    message: string,
    kind: TokenizerErrorKind,
    line: number,
    col: number,
    endLine = line,
    endCol = col + 1,
    type: SyntaxErrorInfo['type'] = 'SyntaxError',
  ): void {
    const open = this.parens[this.parens.length - 1];
    this.errors.push({
      type, message, line, col: Math.max(0, col), endLine, endCol: Math.max(endCol, 0), tokenIndex: this.tokens.length, kind,
      openBracket: open ? { char: String.fromCharCode(open.ch), line: open.line, col: open.col } : null,
    });
  }

  protected push(kind: TokenKind, startLine: number, startCol: number, text: string, str?: StringInfo): Token {
    const tok: Token = {
      kind,
      text,
      line: startLine,
      col: startCol,
      endLine: this.line,
      endCol: this.col(this.pos),
      level: this.parens.length,
      errLine: startLine,
      errCol: startCol,
    };
    if (str) tok.str = str;
    this.tokens.push(tok);
    return tok;
  }

  /** INDENT/DEDENT/ENDMARKER: no text; CPython reports errors at the tokenizer's position */
  protected pushVirtual(kind: TokenKind, line: number, col: number, endCol: number, errLine: number, errCol: number): void {
    this.tokens.push({ kind, text: '', line, col, endLine: line, endCol, level: this.parens.length, errLine, errCol });
  }

  /** CPython's position at end of input: the last line, just past its text */
  protected eofLine(): number {
    // this.line was advanced past the final '\n'
    return this.n === 0 ? 1 : this.line - 1;
  }

  protected eofCol(): number {
    if (this.n === 0) return 0;
    const lastNl = this.src.lastIndexOf('\n', this.n - 2);
    return this.n - 1 - (lastNl + 1);
  }

  // ---------- literals: the number and string branches of tok_get() ----------

  /** A NUMBER starting at `start` (a digit, or '.' followed by a digit). */
  protected number(start: number, startLine: number, startCol: number): void {
    const err = (msg: string, atPos: number): void => {
      // CPython's column is one before the tokenizer's position when it gives up
      if (!failed) this.error(msg, 'raise', startLine, this.col(atPos) - 1);
      failed = true;
    };
    let failed = false;
    const src = this.src;
    const at = (p: number): number => (p < this.n ? src.charCodeAt(p) : EOF);
    let p = this.pos;

    // after a complete literal: an identifier character straight after is an error, except
    // for the keywords that can legally follow a number (1if x else y)
    const verifyEnd = (q: number, kind: string): void => {
      const c = at(q);
      let ok = false;
      if (c === Ch.LA) ok = lookahead(q + 1, 'nd');
      else if (c === Ch.LE) ok = lookahead(q + 1, 'lse');
      else if (c === Ch.LOWER_F) ok = lookahead(q + 1, 'or');
      else if (c === Ch.LI) { const c2 = at(q + 1); ok = c2 === Ch.LOWER_F || c2 === Ch.LN || c2 === Ch.LS; }
      else if (c === Ch.LO) ok = lookahead(q + 1, 'r');
      else if (c === Ch.LN) ok = lookahead(q + 1, 'ot');
      if (!ok && isIdentChar(c)) err(`invalid ${kind} literal`, q);
    };
    const lookahead = (q: number, rest: string): boolean => {
      for (let i = 0; i < rest.length; i++) if (at(q + i) !== rest.charCodeAt(i)) return false;
      return !isIdentChar(at(q + rest.length));
    };
    // digits with single underscores between them; returns the position after
    const decimalTail = (q: number): number => {
      for (;;) {
        while (isDigit(at(q))) q++;
        if (at(q) !== Ch.UNDERSCORE) return q;
        q++;
        if (!isDigit(at(q))) {
          err('invalid decimal literal', q);
          return q;
        }
      }
    };
    const fraction = (q: number): number => {
      // q is just after the '.'
      if (isDigit(at(q))) q = decimalTail(q);
      if (failed) return q;
      if (at(q) === Ch.LE || at(q) === Ch.UE) return exponent(q);
      return imaginaryOrEnd(q);
    };
    const exponent = (q: number): number => {
      // q at 'e'
      const e = q;
      q++;
      if (at(q) === Ch.PLUS || at(q) === Ch.MINUS) {
        q++;
        if (!isDigit(at(q))) {
          err('invalid decimal literal', q);
          return q;
        }
      } else if (!isDigit(at(q))) {
        verifyEnd(e, 'decimal');
        return e;
      }
      q = decimalTail(q);
      if (failed) return q;
      return imaginaryOrEnd(q);
    };
    const imaginaryOrEnd = (q: number): number => {
      if (at(q) === Ch.LJ || at(q) === Ch.UJ) {
        q++;
        verifyEnd(q, 'imaginary');
        return q;
      }
      verifyEnd(q, 'decimal');
      return q;
    };

    let end: number;
    const c0 = at(p);
    if (c0 === Ch.DOT) {
      end = fraction(p + 1);
    } else if (c0 === Ch.D0) {
      p++;
      const c = at(p);
      if (c === Ch.LX || c === Ch.UX || c === Ch.LO || c === Ch.UO || c === Ch.LB || c === Ch.UB) {
        const kind = c === Ch.LX || c === Ch.UX ? 'hexadecimal' : c === Ch.LO || c === Ch.UO ? 'octal' : 'binary';
        const ok = kind === 'hexadecimal' ? isHexDigit : kind === 'octal'
          ? (d: number) => d >= Ch.D0 && d <= Ch.D7
          : (d: number) => d === Ch.D0 || d === Ch.D1;
        p++;
        for (;;) {
          if (at(p) === Ch.UNDERSCORE) p++;
          const d = at(p);
          if (!ok(d)) {
            if (kind !== 'hexadecimal' && isDigit(d)) err(`invalid digit '${String.fromCharCode(d)}' in ${kind} literal`, p + 1);
            else err(`invalid ${kind} literal`, p);
            break;
          }
          while (ok(at(p))) p++;
          if (at(p) !== Ch.UNDERSCORE) break;
        }
        if (!failed && kind !== 'hexadecimal' && isDigit(at(p))) {
          err(`invalid digit '${String.fromCharCode(at(p))}' in ${kind} literal`, p + 1);
        }
        if (!failed) verifyEnd(p, kind);
        end = p;
      } else {
        // '0', '00', '0_0', or old-style octal (an error), or a float like 0.5 / 0e1
        let nonzero = false;
        for (;;) {
          if (at(p) === Ch.UNDERSCORE) {
            p++;
            if (!isDigit(at(p))) {
              err('invalid decimal literal', p);
              break;
            }
          }
          if (at(p) !== Ch.D0) break;
          p++;
        }
        const zerosEnd = p + 1;
        if (!failed && isDigit(at(p))) {
          nonzero = true;
          p = decimalTail(p);
        }
        if (failed) end = p;
        else if (at(p) === Ch.DOT) end = fraction(p + 1);
        else if (at(p) === Ch.LE || at(p) === Ch.UE) end = exponent(p);
        else if (at(p) === Ch.LJ || at(p) === Ch.UJ) end = imaginaryOrEnd(p);
        else if (nonzero) {
          this.error(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            'raise', startLine, startCol, startLine, this.col(zerosEnd) - 1,
          );
          failed = true;
          end = p;
        } else {
          verifyEnd(p, 'decimal');
          end = p;
        }
      }
    } else {
      p = decimalTail(p);
      if (failed) end = p;
      else if (at(p) === Ch.DOT) end = fraction(p + 1);
      else if (at(p) === Ch.LE || at(p) === Ch.UE) end = exponent(p);
      else end = imaginaryOrEnd(p);
    }
    if (failed) {
      // recover: swallow the rest of the malformed literal
      while (isIdentChar(at(end)) || at(end) === Ch.DOT) end++;
    }
    this.pos = end;
    this.push('NUMBER', startLine, startCol, src.slice(start, end));
  }

  /** A STRING whose quote is at the current position; `prefix` (r, b, f, ...) is already consumed. */
  protected string(start: number, startLine: number, startCol: number, prefix: string): void {
    const src = this.src;
    const quote = src.charCodeAt(this.pos);
    let triple = false;
    if (src.charCodeAt(this.pos + 1) === quote && src.charCodeAt(this.pos + 2) === quote) triple = true;
    const qlen = triple ? 3 : 1;
    this.pos += qlen;
    const bodyStart = this.pos;
    const bodyLine = this.line;
    const bodyCol = this.col(bodyStart);
    let bodyEnd = -1;
    for (;;) {
      const c = this.peekc();
      if (c === EOF || (!triple && c === Ch.LF)) {
        // CPython reports at the start of the literal, naming the line where it gave up
        const detected = c === EOF ? this.eofLine() : this.line;
        const msg = triple
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        this.error(msg, 'raise', startLine, startCol, startLine, startCol + 1);
        bodyEnd = this.pos;
        break;
      }
      if (c === quote) {
        if (!triple) {
          bodyEnd = this.pos;
          this.pos++;
          break;
        }
        if (src.charCodeAt(this.pos + 1) === quote && src.charCodeAt(this.pos + 2) === quote) {
          bodyEnd = this.pos;
          this.pos += 3;
          break;
        }
        this.pos++;
        continue;
      }
      if (c === Ch.BACKSLASH) {
        this.pos++;
        const c2 = this.peekc();
        if (c2 === EOF) continue;
        this.pos++;
        if (c2 === Ch.LF) this.newlineAt(this.pos);
        continue;
      }
      this.pos++;
      if (c === Ch.LF) this.newlineAt(this.pos);
    }
    const lower = prefix.toLowerCase();
    const raw = lower.includes('r');
    const bytes = lower.includes('b');
    const fstring = lower.includes('f');
    const body = src.slice(bodyStart, bodyEnd);
    const info: StringInfo = { prefix, raw, bytes, fstring, triple, value: body, bodyLine, bodyCol };
    if (!fstring && !raw) {
      const d = decodeStringBody(body, bytes);
      info.value = d.value;
      if (d.error) info.decodeError = d.error;
      if (d.unsupported) info.unsupported = d.unsupported;
    }
    this.push('STRING', startLine, startCol, src.slice(start, this.pos), info);
  }
}
