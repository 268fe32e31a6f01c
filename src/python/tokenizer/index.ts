// The tokenizer's public API (CPython's Parser/tokenizer.c, split here into token.ts,
// chars.ts, scanner.ts and tokenizer.ts). Importers use './tokenizer' (this folder) and
// never reach into the files behind it.

export { normalizeSource, tokenize } from './tokenizer';
export type {
  StringInfo, Token, TokenKind, TokenizeOptions, TokenizeResult, TokenizerError, TokenizerErrorKind,
} from './token';
