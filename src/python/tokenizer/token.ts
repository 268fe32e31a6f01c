// What the tokenizer produces: tokens, the literal details of STRING tokens, and errors
// that remember where CPython's lazy tokenizer would have failed. Mirrors the token kinds
// of CPython's Include/token.h and the operator tables of Parser/token.c
// (PyToken_TwoChars, PyToken_ThreeChars).

import type { Span, SyntaxErrorInfo } from '../ast';

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

/** Operators of two and three characters, as CPython's PyToken_TwoChars / PyToken_ThreeChars */
export const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>',
  '@=', '^=', '|=',
]);
export const THREE_CHAR_OPS = new Set(['**=', '//=', '<<=', '>>=']);
