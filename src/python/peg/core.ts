// The state of one PEG parse, modelled on CPython 3.11's Parser struct (Parser/pegen.c):
// tokens are "fetched" lazily (fill), rules are memoised by (rule, position), and the first
// error raised sets errorIndicator, after which every rule fails immediately. Tokenizer
// errors fire when the parser fetches the token at which CPython's lazy tokenizer would
// have failed, so the first error matches what CPython reports.

import type { Span, SyntaxErrorInfo } from '../ast';
import type { Token, TokenizerError } from '../tokenizer';

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
export const SOFT_KEYWORDS = ['_', 'case', 'match'];

/**
 * CPython 3.11's SOFT_KEYWORD token test compares only the first len(name) characters
 * (strncmp), so any prefix of a soft keyword ("c", "ma", ...) counts as one.
 */
function isSoftKeywordPrefix(name: string): boolean {
  return SOFT_KEYWORDS.some((k) => k.startsWith(name));
}

/** Valid Python that RefScope does not run; recorded in a side table keyed by the stand-in node. */
export type ExtraKind =
  | 'Await' | 'Bytes' | 'AsyncWith' | 'AsyncFor' | 'AsyncFunctionDef' | 'TryStar'
  | 'StarImport' | 'RelativeImport' | 'AsyncComprehension' | 'NameEscape';

export interface Extra {
  kind: ExtraKind;
  /** the position to report (defaults to the node's span) */
  span?: Span;
}

export interface RaisedError extends SyntaxErrorInfo {
  /** raised by the tokenizer (CPython then skips the scan for later tokenizer errors) */
  fromTokenizer: boolean;
}

export type ErrType = SyntaxErrorInfo['type'];

export class Parser {
  readonly toks: Token[];
  /** per token: 'NAME' | 'NUMBER' | 'STRING' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER', or the operator / keyword text */
  readonly types: string[];
  mark = 0;
  /** how many tokens CPython would have fetched from the tokenizer so far */
  fill = 0;
  errorIndicator = false;
  error: RaisedError | null = null;
  callInvalidRules = false;
  /** index of the token at which the first tokenizer error fires (Infinity: none, or recovery mode) */
  tokErrorIndex: number;
  readonly tokError: TokenizerError | null;
  /** parsing the expression of an f-string replacement field: errors get an "f-string: " prefix */
  readonly isFstring: boolean;
  readonly extra: Map<object, Extra>;
  /** recovery mode: statements that fail are reported and skipped (see recover.ts) */
  recovering = false;
  readonly recovered: RaisedError[] = [];
  /** memo: for each token the first entry of its list (0: none); entries in parallel arrays */
  private readonly memoHead: Int32Array;
  private readonly memoRule: number[] = [0];
  private readonly memoEnd: number[] = [0];
  private readonly memoNode: unknown[] = [null];
  private readonly memoNext: number[] = [0];
  memoResult: unknown = null;

  constructor(
    toks: Token[],
    tokErrors: TokenizerError[],
    opts: { isFstring?: boolean; extra?: Map<object, Extra>; ignoreTokenizerErrors?: boolean } = {},
  ) {
    this.toks = toks;
    this.types = toks.map((t) => {
      if (t.kind === 'OP') return t.text;
      if (t.kind === 'NAME' && KEYWORDS.has(t.text)) return t.text;
      return t.kind;
    });
    this.memoHead = new Int32Array(toks.length + 1);
    this.isFstring = opts.isFstring ?? false;
    this.extra = opts.extra ?? new Map();
    let first: TokenizerError | null = null;
    for (const e of tokErrors) if (!first || e.tokenIndex < first.tokenIndex) first = e;
    this.tokError = opts.ignoreTokenizerErrors ? null : first;
    this.tokErrorIndex = this.tokError ? this.tokError.tokenIndex : Infinity;
  }

  /** Fetch the token at mark (CPython's _PyPegen_fill_token). False if the tokenizer fails there. */
  fillToken(): boolean {
    if (this.mark < this.fill) return true;
    if (this.mark >= this.tokErrorIndex) {
      const e = this.tokError as TokenizerError;
      this.raiseFull(e.type, e.message, e.line, e.col, e.endLine, e.endCol, true, true);
      return false;
    }
    // never run past ENDMARKER
    if (this.mark >= this.toks.length) return false;
    this.fill = this.mark + 1;
    return true;
  }

  /** The type of the token at mark, fetching it; '' on a tokenizer error. */
  peek(): string {
    if (this.mark >= this.fill && !this.fillToken()) return '';
    return this.types[this.mark] ?? '';
  }

  /** _PyPegen_expect_token: consume a token of the given type (operator/keyword text or token kind). */
  expect(type: string): Token | null {
    if (this.mark >= this.fill && !this.fillToken()) return null;
    if (this.types[this.mark] !== type) return null;
    return this.toks[this.mark++];
  }

  /** Positive lookahead for a single token type. */
  at(type: string): boolean {
    if (this.mark >= this.fill && !this.fillToken()) return false;
    return this.types[this.mark] === type;
  }

  /** _PyPegen_expect_forced_token (&&':' in the grammar): a missing token is an immediate error. */
  forced(type: string, expected: string): Token | null {
    if (this.errorIndicator) return null;
    if (this.mark >= this.fill && !this.fillToken()) return null;
    const t = this.toks[this.mark];
    if (this.types[this.mark] !== type) {
      this.raiseAtToken(t, `expected '${expected}'`);
      return null;
    }
    this.mark++;
    return t;
  }

  /** &rule / !rule: run a rule without consuming input. */
  lookahead(positive: boolean, fn: () => unknown): boolean {
    const mark = this.mark;
    const r = fn();
    this.mark = mark;
    return (r !== null && r !== undefined && r !== false) === positive;
  }

  /** NAME that is not a hard keyword. */
  nameToken(): Token | null {
    return this.expect('NAME');
  }

  /** A NAME token whose text is a soft keyword ("match", "case", "_"). */
  softKeyword(word?: string): Token | null {
    if (this.mark >= this.fill && !this.fillToken()) return null;
    const t = this.toks[this.mark];
    if (this.types[this.mark] !== 'NAME') return null;
    if (word !== undefined ? t.text !== word : !isSoftKeywordPrefix(t.text)) return null;
    this.mark++;
    return t;
  }

  /** the last token consumed (CPython's p->tokens[p->mark-1]) */
  last(): Token {
    return this.toks[this.mark - 1];
  }

  /** Span from the token at `start` to the last consumed token that is not NEWLINE/INDENT/DEDENT. */
  span(start: number): Span {
    const s = this.toks[start];
    let m = this.mark - 1;
    while (m > start) {
      const k = this.toks[m].kind;
      if (k !== 'NEWLINE' && k !== 'INDENT' && k !== 'DEDENT' && k !== 'ENDMARKER') break;
      m--;
    }
    const e = this.toks[Math.max(m, start)];
    return { line: s.line, col: s.col, endLine: e.endLine, endCol: e.endCol };
  }

  /**
   * _PyPegen_is_memoized: if `rule` already ran at mark, move past its match and return
   * true, leaving its result in memoResult. Like CPython it fetches the token at mark.
   */
  isMemoized(rule: number): boolean {
    if (this.mark >= this.fill && !this.fillToken()) {
      this.memoResult = null;
      return true;
    }
    for (let e = this.memoHead[this.mark]; e !== 0; e = this.memoNext[e]) {
      if (this.memoRule[e] === rule) {
        this.mark = this.memoEnd[e];
        this.memoResult = this.memoNode[e];
        return true;
      }
    }
    return false;
  }

  insertMemo(rule: number, start: number, node: unknown): void {
    // like CPython, a rule that raised is not memoised
    if (this.errorIndicator) return;
    // like CPython, a per-token list of (rule, end, result); entry 0 is a sentinel
    const e = this.memoRule.length;
    this.memoRule.push(rule);
    this.memoEnd.push(this.mark);
    this.memoNode.push(node);
    this.memoNext.push(this.memoHead[start]);
    this.memoHead[start] = e;
  }

  memoized<T>(rule: number, fn: () => T | null): T | null {
    if (this.isMemoized(rule)) return this.memoResult as T | null;
    const start = this.mark;
    const node = fn();
    this.insertMemo(rule, start, node);
    return node;
  }

  /** Forget memoised results (between CPython's first and second pass). */
  resetForErrorPass(): void {
    this.clearMemo();
    this.mark = 0;
    this.callInvalidRules = true;
  }

  clearMemo(): void {
    this.memoHead.fill(0);
    this.memoRule.length = 1;
    this.memoEnd.length = 1;
    this.memoNode.length = 1;
    this.memoNext.length = 1;
  }

  /** Run `fn` with invalid_* rules switched off (the grammar's "_without_invalid" rules). */
  withoutInvalid<T>(fn: () => T): T {
    const prev = this.callInvalidRules;
    this.callInvalidRules = false;
    try {
      return fn();
    } finally {
      this.callInvalidRules = prev;
    }
  }

  // ---------- raising errors (CPython's RAISE_* macros) ----------

  raiseFull(
    type: ErrType,
    message: string,
    line: number,
    col: number,
    endLine: number,
    endCol: number,
    fromTokenizer = false,
    noPrefix = false,
  ): null {
    this.errorIndicator = true;
    if (this.error) return null; // the first error wins
    const msg = this.isFstring && !noPrefix ? `f-string: ${message}` : message;
    this.error = {
      type,
      message: msg,
      line,
      col: Math.max(0, col),
      endLine: Math.max(endLine, line),
      endCol: endLine > line ? Math.max(0, endCol) : Math.max(endCol, col, 0),
      fromTokenizer,
    };
    return null;
  }

  /** RAISE_SYNTAX_ERROR: at the last token fetched. */
  raiseSyntax(message: string, type: ErrType = 'SyntaxError'): null {
    const t = this.toks[Math.max(0, this.fill - 1)];
    return this.raiseFull(type, message, t.errLine, t.errCol, t.endLine, t.endCol);
  }

  raiseIndentation(message: string): null {
    return this.raiseSyntax(message, 'IndentationError');
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION with a token. */
  raiseAtToken(t: Token, message: string, type: ErrType = 'SyntaxError'): null {
    // CPython gives INDENT/DEDENT/ENDMARKER column -1, which surfaces as offset 0
    const virtual = t.kind === 'INDENT' || t.kind === 'DEDENT' || t.kind === 'ENDMARKER';
    return this.raiseFull(type, message, t.errLine, virtual ? 0 : t.errCol, t.endLine, virtual ? 0 : t.endCol);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE with nodes or tokens. */
  raiseAt(a: Span, message: string, b: Span = a): null {
    return this.raiseFull('SyntaxError', message, a.line, a.col, b.endLine, b.endCol);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from a node to the tokenizer's position. */
  raiseFrom(a: Span, message: string): null {
    const t = this.toks[Math.max(0, this.fill - 1)];
    return this.raiseFull('SyntaxError', message, a.line, a.col, t.endLine, t.endCol);
  }
}
