// The tokenizer for RefScope's Python subset, modelled on CPython 3.11's C tokenizer
// (tok_get() and its indentation handling in Parser/tokenizer.c): same token boundaries,
// same INDENT/DEDENT rules, same error messages and error positions. Unlike CPython it
// does not stop at the first error: it records the error, emits a best-effort token and
// carries on, so the editor can show every problem. Each error remembers the index of the
// token at which CPython's lazy tokenizer would have failed; the parser uses that to
// decide which error CPython would have reported first. The scanning state and the number
// and string scanners live in scanner.ts.

import * as chars from './chars';
import { firstInvalidIdentifierChar, hex4, PRINTABLE } from './chars';
import { Scanner } from './scanner';
import { THREE_CHAR_OPS, TWO_CHAR_OPS } from './token';
import type { Token, TokenizeOptions, TokenizeResult } from './token';

// The tokenizer reads these for every character. Bound once here as module constants: under
// Vitest's module runner every use of an imported name is a getter call, which made the
// tokenizer about 1.5x slower in the tests.
const { Ch, EOF, isDigit, isIdentChar, isIdentStart } = chars;

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

/** Normalise newlines as CPython does when it reads source (\r\n and lone \r become \n). */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s;
}

export function tokenize(source: string, options: TokenizeOptions = {}): TokenizeResult {
  return new Tokenizer(normalizeSource(source), options).run();
}

class Tokenizer extends Scanner {
  /** start of CPython's line buffer: only reset when a new line starts outside a token */
  private bufStart = 0;
  private indstack = [0];
  private altindstack = [0];
  private pendin = 0;
  private atbol = true;

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

}
