// Tokenizer for RefScope's Python subset, modelled on CPython 3.11's C tokenizer
// (Parser/tokenizer.c): same token boundaries, same INDENT/DEDENT rules, same error
// messages and error positions. Unlike CPython it does not stop at the first error: it
// records the error, emits a best-effort token and carries on, so the editor can show
// every problem. Each error remembers the index of the token at which CPython's lazy
// tokenizer would have failed; the parser uses that to decide which error CPython would
// have reported first.

import type { Span, SyntaxErrorInfo } from '../ast';
import { decodeStringBody } from '../strings';

export type TokenKind = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface StringInfo {
  /** the prefix letters as written, e.g. '', 'r', 'Rb', 'f' */
  prefix: string;
  raw: boolean;
  bytes: boolean;
  fstring: boolean;
  triple: boolean;
  /**
   * Plain strings: the decoded value (escapes applied).
   * f-strings: the raw body between the quotes (the parser parses replacement fields).
   */
  value: string;
  /** where the body (after the opening quotes) starts */
  bodyLine: number;
  bodyCol: number;
  /** a decoding problem in a plain string ("(unicode error) ..."); CPython raises it when the parser reaches the literal */
  decodeError?: string;
  /** an escape RefScope does not decode (\N{...}) */
  unsupported?: string;
}

export interface Token extends Span {
  kind: TokenKind;
  /**
   * Source text of the token; '' for INDENT/DEDENT/ENDMARKER and for the implicit final
   * NEWLINE. NAME tokens are NFKC-normalised, as CPython does for identifiers.
   */
  text: string;
  /** bracket nesting depth after this token (CPython's token.level) */
  level: number;
  /**
   * Where CPython puts an error reported *at* this token. It differs from line/col only for
   * INDENT, DEDENT and ENDMARKER, which have no text in CPython and take the tokenizer's
   * current position instead.
   */
  errLine: number;
  errCol: number;
  str?: StringInfo;
}

/**
 * How CPython surfaces a tokenizer error:
 * - 'raise': the tokenizer sets the exception itself (bad literal, unmatched bracket...).
 *   When the parser fails earlier, such an error later in the file still wins, because
 *   CPython tokenizes the rest of the file looking for exactly these.
 * - 'code': the tokenizer only returns an error code (indentation, line continuation);
 *   these do not override an earlier parser error.
 * - 'eof': a bracket still open at the end of the file.
 */
export type TokenizerErrorKind = 'raise' | 'code' | 'eof';

export interface TokenizerError extends SyntaxErrorInfo {
  /** CPython fails when the parser asks for the token with this index */
  tokenIndex: number;
  kind: TokenizerErrorKind;
  /** the innermost bracket still open where the error occurred */
  openBracket: { char: string; line: number; col: number } | null;
}

export interface TokenizeResult {
  tokens: Token[];
  errors: TokenizerError[];
}

export interface TokenizeOptions {
  /** position of the first character (used for f-string replacement fields) */
  startLine?: number;
  startCol?: number;
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

const enum Ch {
  TAB = 9, LF = 10, FF = 12, SPACE = 32, BANG = 33, DQUOTE = 34, HASH = 35, PERCENT = 37, AMP = 38,
  SQUOTE = 39, LPAR = 40, RPAR = 41, STAR = 42, PLUS = 43, MINUS = 45, DOT = 46, SLASH = 47,
  D0 = 48, D1 = 49, D7 = 55, D9 = 57, COLON = 58, LT = 60, EQ = 61, GT = 62, AT = 64,
  UA = 65, UB = 66, UE = 69, UF = 70, UJ = 74, UO = 79, UR = 82, UU = 85, UX = 88, UZ = 90,
  LSQB = 91, BACKSLASH = 92, RSQB = 93, CARET = 94, UNDERSCORE = 95,
  LA = 97, LB = 98, LE = 101, LOWER_F = 102, LI = 105, LJ = 106, LN = 110, LO = 111, LR = 114,
  LS = 115, LU = 117, LX = 120, LZ = 122, LBRACE = 123, VBAR = 124, RBRACE = 125, TILDE = 126,
}

const EOF = -1;

const isDigit = (c: number): boolean => c >= Ch.D0 && c <= Ch.D9;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= Ch.LA && c <= Ch.LOWER_F) || (c >= Ch.UA && c <= Ch.UF);
const isIdentStart = (c: number): boolean =>
  (c >= Ch.LA && c <= Ch.LZ) || (c >= Ch.UA && c <= Ch.UZ) || c === Ch.UNDERSCORE || c >= 128;
const isIdentChar = (c: number): boolean => isIdentStart(c) || isDigit(c);

const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>',
  '@=', '^=', '|=',
]);
const THREE_CHAR_OPS = new Set(['**=', '//=', '<<=', '>>=']);

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}]/u;
const PRINTABLE = /[^\p{C}\p{Z}]|[ ]/u;

/** Normalise newlines as CPython does when it reads source (\r\n and lone \r become \n). */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s;
}

export function tokenize(source: string, options: TokenizeOptions = {}): TokenizeResult {
  return new Tokenizer(normalizeSource(source), options).run();
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

class Tokenizer {
  private readonly src: string;
  private readonly n: number;
  private pos = 0;
  private line: number;
  private lineStart: number;
  /** column added to positions on the first line (f-string fields start mid-line) */
  private readonly firstLineColShift: number;
  /** start of CPython's line buffer: only reset when a new line starts outside a token */
  private bufStart = 0;
  /** the source did not end with a newline and one was added */
  private readonly hasImplicitNewline: boolean;
  private readonly tokens: Token[] = [];
  private readonly errors: TokenizerError[] = [];
  private indstack = [0];
  private altindstack = [0];
  private pendin = 0;
  private atbol = true;
  private parens: { ch: number; line: number; col: number }[] = [];

  constructor(src: string, options: TokenizeOptions) {
    // CPython appends a newline to source that does not end with one
    this.src = src.length > 0 && src.charCodeAt(src.length - 1) !== Ch.LF ? src + '\n' : src;
    this.n = this.src.length;
    this.line = options.startLine ?? 1;
    this.firstLineColShift = options.startCol ?? 0;
    this.lineStart = -this.firstLineColShift;
    this.hasImplicitNewline = this.src.length !== src.length;
  }

  private peekc(offset = 0): number {
    const p = this.pos + offset;
    return p < this.n ? this.src.charCodeAt(p) : EOF;
  }

  private col(p: number): number {
    return p - this.lineStart;
  }

  /** Start a new physical line; called after consuming the '\n' at position p - 1. */
  private newlineAt(p: number): void {
    this.line++;
    this.lineStart = p;
  }

  private error(
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

  private push(kind: TokenKind, startLine: number, startCol: number, text: string, str?: StringInfo): Token {
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
  private pushVirtual(kind: TokenKind, line: number, col: number, endCol: number, errLine: number, errCol: number): void {
    this.tokens.push({ kind, text: '', line, col, endLine: line, endCol, level: this.parens.length, errLine, errCol });
  }

  run(): TokenizeResult {
    for (;;) {
      if (!this.next()) break;
    }
    return { tokens: this.tokens, errors: this.errors };
  }

  /** Produce the next token(s); false after ENDMARKER. */
  private next(): boolean {
    let blankline = false;
    if (this.atbol) {
      this.atbol = false;
      this.bufStart = this.lineStart;
      let col = 0;
      let altcol = 0;
      // a backslash in the indentation continues the line; the first one fixes the indentation
      let contLineCol = 0;
      for (;;) {
        const c = this.peekc();
        if (c === Ch.SPACE) { col++; altcol++; }
        else if (c === Ch.TAB) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol++; }
        else if (c === Ch.FF) { col = 0; altcol = 0; }
        else if (c === Ch.BACKSLASH) {
          contLineCol = contLineCol || col;
          const backslashCol = this.col(this.pos);
          this.pos++;
          if (this.peekc() !== Ch.LF) {
            this.error('unexpected character after line continuation character', 'code', this.line, this.pos - this.bufStart, this.line, this.pos - this.bufStart + 1);
            continue;
          }
          this.pos++;
          this.newlineAt(this.pos);
          if (this.pos >= this.n) {
            this.error('unexpected EOF while parsing', 'code', this.line - 1, backslashCol + 1, this.line - 1, backslashCol + 2);
            break;
          }
          continue;
        }
        else break;
        this.pos++;
      }
      if (contLineCol) {
        col = contLineCol;
        altcol = contLineCol;
      }
      const c = this.peekc();
      // lines holding only whitespace and/or a comment do not affect indentation
      if (c === Ch.HASH || c === Ch.LF) blankline = true;
      if (!blankline && this.parens.length === 0) this.indentation(col, altcol);
    }

    if (this.pendin !== 0) {
      this.emitPendingIndents();
    }

    return this.token(blankline);
  }

  private indentation(col: number, altcol: number): void {
    const top = this.indstack.length - 1;
    if (col === this.indstack[top]) {
      if (altcol !== this.altindstack[top]) this.tabError();
    } else if (col > this.indstack[top]) {
      if (this.indstack.length >= MAXINDENT) {
        this.error('too many levels of indentation', 'code', this.line, 0, this.line, this.currentLineText().length, 'IndentationError');
        return;
      }
      if (altcol <= this.altindstack[top]) this.tabError();
      this.pendin++;
      this.indstack.push(col);
      this.altindstack.push(altcol);
    } else {
      while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
        this.pendin--;
        this.indstack.pop();
        this.altindstack.pop();
      }
      const newTop = this.indstack.length - 1;
      if (col !== this.indstack[newTop]) {
        // CPython moves to the end of the line before reporting
        const lineLen = this.currentLineText().length;
        this.error('unindent does not match any outer indentation level', 'code', this.line, lineLen, this.line, lineLen + 1, 'IndentationError');
        return;
      }
      if (altcol !== this.altindstack[newTop]) this.tabError();
    }
  }

  private tabError(): void {
    this.error('inconsistent use of tabs and spaces in indentation', 'code', this.line, 0, this.line, this.currentLineText().length, 'TabError');
  }

  private currentLineText(): string {
    const start = Math.max(0, this.lineStart);
    let end = this.src.indexOf('\n', start);
    if (end < 0) end = this.n;
    return this.src.slice(start, end);
  }

  private emitPendingIndents(): void {
    const atEof = this.pos >= this.n;
    // CPython gives these tokens no position; errors at them use the tokenizer's
    // current position, which is just after the indentation (or the end of the file)
    const c = this.col(this.pos);
    const errLine = atEof ? this.eofLine() : this.line;
    const errCol = atEof ? this.eofCol() : c - 1;
    while (this.pendin < 0) {
      this.pendin++;
      this.pushVirtual('DEDENT', atEof ? errLine : this.line, atEof ? errCol : c, atEof ? errCol : c, errLine, errCol);
    }
    while (this.pendin > 0) {
      this.pendin--;
      this.pushVirtual('INDENT', this.line, 0, c, errLine, errCol);
    }
  }

  /** CPython's position at end of input: the last line, just past its text */
  private eofLine(): number {
    // this.line was advanced past the final '\n'
    return this.n === 0 ? 1 : this.line - 1;
  }

  private eofCol(): number {
    if (this.n === 0) return 0;
    const lastNl = this.src.lastIndexOf('\n', this.n - 2);
    return this.n - 1 - (lastNl + 1);
  }

  /** Read one token after indentation processing. */
  private token(blankline: boolean): boolean {
    for (;;) {
      // skip spaces
      let c = this.peekc();
      while (c === Ch.SPACE || c === Ch.TAB || c === Ch.FF) {
        this.pos++;
        c = this.peekc();
      }
      // CPython's NEWLINE after a comment starts where the comment starts
      const commentCol = c === Ch.HASH ? this.col(this.pos) : -1;
      if (c === Ch.HASH) {
        while (c !== EOF && c !== Ch.LF) {
          this.pos++;
          c = this.peekc();
        }
      }
      const start = this.pos;
      const startLine = this.line;
      const startCol = this.col(start);

      if (c === EOF) {
        return this.endOfInput();
      }

      if (isIdentStart(c)) {
        const r = this.nameOrString(start, startLine, startCol);
        if (r) return true;
        continue;
      }

      if (c === Ch.LF) {
        this.pos++;
        this.atbol = true;
        if (blankline || this.parens.length > 0) {
          this.newlineAt(this.pos);
          return true; // loop in next() handles the next line
        }
        const implicit = this.hasImplicitNewline && this.pos === this.n;
        const tok: Token = {
          kind: 'NEWLINE',
          text: implicit ? '' : '\n',
          line: startLine,
          col: startCol,
          endLine: startLine,
          endCol: startCol + 1,
          level: 0,
          errLine: startLine,
          errCol: commentCol >= 0 ? commentCol : startCol,
        };
        this.tokens.push(tok);
        this.newlineAt(this.pos);
        return true;
      }

      if (c === Ch.DOT) {
        const c1 = this.peekc(1);
        if (isDigit(c1)) {
          this.number(start, startLine, startCol);
          return true;
        }
        if (c1 === Ch.DOT && this.peekc(2) === Ch.DOT) {
          this.pos += 3;
          this.push('OP', startLine, startCol, '...');
          return true;
        }
        this.pos++;
        this.push('OP', startLine, startCol, '.');
        return true;
      }

      if (isDigit(c)) {
        this.number(start, startLine, startCol);
        return true;
      }

      if (c === Ch.SQUOTE || c === Ch.DQUOTE) {
        this.string(start, startLine, startCol, '');
        return true;
      }

      if (c === Ch.BACKSLASH) {
        this.pos++;
        const c2 = this.peekc();
        if (c2 !== Ch.LF) {
          // CPython measures this column from the start of its line buffer
          this.error('unexpected character after line continuation character', 'code', this.line, this.pos - this.bufStart, this.line, this.pos - this.bufStart + 1);
          continue;
        }
        this.pos++;
        this.newlineAt(this.pos);
        if (this.pos >= this.n) {
          // inside brackets CPython reports the open bracket instead (endOfInput does that)
          if (this.parens.length === 0) this.error('unexpected EOF while parsing', 'code', startLine, startCol + 1, startLine, startCol + 2);
          return this.endOfInput();
        }
        continue;
      }

      // operators
      const two = this.src.substr(this.pos, 2);
      if (TWO_CHAR_OPS.has(two)) {
        const three = this.src.substr(this.pos, 3);
        const text = THREE_CHAR_OPS.has(three) ? three : two;
        this.pos += text.length;
        this.push('OP', startLine, startCol, text);
        return true;
      }

      if (c === Ch.LPAR || c === Ch.LSQB || c === Ch.LBRACE) {
        this.pos++;
        if (this.parens.length >= MAXLEVEL) {
          this.error('too many nested parentheses', 'raise', startLine, startCol);
        }
        this.parens.push({ ch: c, line: startLine, col: startCol });
        this.push('OP', startLine, startCol, String.fromCharCode(c));
        return true;
      }
      if (c === Ch.RPAR || c === Ch.RSQB || c === Ch.RBRACE) {
        this.pos++;
        const ch = String.fromCharCode(c);
        const open = this.parens[this.parens.length - 1];
        if (!open) {
          this.error(`unmatched '${ch}'`, 'raise', startLine, startCol);
        } else {
          this.parens.pop();
          const want = open.ch === Ch.LPAR ? Ch.RPAR : open.ch === Ch.LSQB ? Ch.RSQB : Ch.RBRACE;
          if (want !== c) {
            const o = String.fromCharCode(open.ch);
            this.error(
              open.line !== startLine
                ? `closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${open.line}`
                : `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`,
              'raise', startLine, startCol,
            );
          }
        }
        this.push('OP', startLine, startCol, ch);
        return true;
      }

      // any other character
      const cp = this.src.codePointAt(this.pos) ?? c;
      const chText = String.fromCodePoint(cp);
      this.pos += chText.length;
      if (c < 128 && c >= 32 && c !== 127) {
        // CPython turns unknown ASCII punctuation ($, ?, `, !) into an OP the parser rejects
        this.push('OP', startLine, startCol, chText);
        return true;
      }
      this.error(`invalid non-printable character U+${hex4(cp)}`, 'raise', startLine, startCol);
      // skip it: it cannot be part of any token
    }
  }

  private endOfInput(): boolean {
    const eofLine = this.eofLine();
    const eofCol = this.eofCol();
    if (this.parens.length > 0) {
      const open = this.parens[this.parens.length - 1];
      this.error(`'${String.fromCharCode(open.ch)}' was never closed`, 'eof', open.line, open.col, open.line, open.col + 1);
      // recover: close the logical line so the parser can finish
      this.parens = [];
      const last = this.tokens[this.tokens.length - 1];
      if (!last || last.kind !== 'NEWLINE') {
        this.tokens.push({ kind: 'NEWLINE', text: '', line: eofLine, col: eofCol, endLine: eofLine, endCol: eofCol, level: 0, errLine: eofLine, errCol: eofCol });
      }
    } else {
      const last = this.tokens[this.tokens.length - 1];
      // a backslash continuation straight into the end of the file leaves a line unfinished
      if (last && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT' && last.kind !== 'INDENT') {
        this.tokens.push({ kind: 'NEWLINE', text: '', line: eofLine, col: eofCol, endLine: eofLine, endCol: eofCol, level: 0, errLine: eofLine, errCol: eofCol });
      }
    }
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.altindstack.pop();
      this.pushVirtual('DEDENT', eofLine, eofCol, eofCol, eofLine, eofCol);
    }
    this.pushVirtual('ENDMARKER', eofLine, eofCol, eofCol, eofLine, eofCol);
    return false;
  }

  /** An identifier, keyword, or a string with a prefix. Returns false if nothing was emitted. */
  private nameOrString(start: number, startLine: number, startCol: number): boolean {
    // legal prefixes: b, r, u, f and the combinations br, rb, fr, rf (any case)
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let p = this.pos;
    for (;;) {
      const c = p < this.n ? this.src.charCodeAt(p) : EOF;
      if (!(sawB || sawU || sawF) && (c === Ch.LB || c === Ch.UB)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === Ch.LU || c === Ch.UU)) sawU = true;
      else if (!(sawR || sawU) && (c === Ch.LR || c === Ch.UR)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === Ch.LOWER_F || c === Ch.UF)) sawF = true;
      else break;
      p++;
      const c2 = p < this.n ? this.src.charCodeAt(p) : EOF;
      if (c2 === Ch.SQUOTE || c2 === Ch.DQUOTE) {
        const prefix = this.src.slice(this.pos, p);
        this.pos = p;
        this.string(start, startLine, startCol, prefix);
        return true;
      }
    }
    p = this.pos;
    let nonascii = false;
    while (p < this.n) {
      const c = this.src.charCodeAt(p);
      if (!isIdentChar(c)) break;
      if (c >= 128) nonascii = true;
      p++;
    }
    const text = this.src.slice(this.pos, p);
    if (nonascii) {
      const bad = firstInvalidIdentifierChar(text);
      if (bad >= 0) {
        const cp = text.codePointAt(bad) ?? 0;
        const ch = String.fromCodePoint(cp);
        const col = startCol + bad;
        if (PRINTABLE.test(ch)) {
          this.error(`invalid character '${ch}' (U+${hex4(cp)})`, 'raise', startLine, col);
        } else {
          this.error(`invalid non-printable character U+${hex4(cp)}`, 'raise', startLine, col);
        }
        // recover: emit the valid part as a NAME and drop the bad character
        if (bad > 0) {
          this.pos += bad;
          this.push('NAME', startLine, startCol, text.slice(0, bad));
        }
        this.pos = start + bad + ch.length;
        return bad > 0;
      }
    }
    this.pos = p;
    // CPython normalises non-ASCII identifiers to NFKC (so 'ｗｉｄｔｈ' is 'width')
    this.push('NAME', startLine, startCol, nonascii ? text.normalize('NFKC') : text);
    return true;
  }

  private number(start: number, startLine: number, startCol: number): void {
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

  private string(start: number, startLine: number, startCol: number, prefix: string): void {
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

/** Index of the first character that cannot appear in an identifier, or -1. */
function firstInvalidIdentifierChar(text: string): number {
  let i = 0;
  for (const ch of text) {
    const ok = i === 0 ? ID_START.test(ch) : ID_CONTINUE.test(ch);
    if (!ok) return i;
    i += ch.length;
  }
  return -1;
}
