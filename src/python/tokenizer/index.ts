// The tokenizer's public API (CPython's Parser/tokenizer.c). Importers use './tokenizer'
// (this folder) and never reach into the files behind it.

export { normalizeSource, tokenize } from './tokenizer';
export type {
  StringInfo, Token, TokenKind, TokenizeOptions, TokenizeResult, TokenizerError, TokenizerErrorKind,
} from './tokenizer';
