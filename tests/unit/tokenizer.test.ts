import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/python/tokenizer';
import type { Token } from '../../src/python/tokenizer';

/** Compact "KIND:text" rendering of a token stream. */
function show(src: string): string {
  return tokenize(src).tokens.map(repr).join(' ');
}

function repr(t: Token): string {
  switch (t.kind) {
    case 'NEWLINE': case 'INDENT': case 'DEDENT': case 'ENDMARKER':
      return t.kind;
    case 'STRING':
      return `STRING:${JSON.stringify(t.str?.value)}`;
    default:
      return `${t.kind}:${t.text}`;
  }
}

function pos(t: Token): [number, number, number, number] {
  return [t.line, t.col, t.endLine, t.endCol];
}

function errors(src: string) {
  return tokenize(src).errors.map((e) => [e.type, e.message, e.line, e.col]);
}

describe('tokenizer: basic tokens', () => {
  it('splits a simple statement', () => {
    expect(show('x = 1 + foo\n')).toBe('NAME:x OP:= NUMBER:1 OP:+ NAME:foo NEWLINE ENDMARKER');
  });

  it('adds the final NEWLINE when the source does not end with one', () => {
    const { tokens } = tokenize('x');
    expect(tokens.map(repr)).toEqual(['NAME:x', 'NEWLINE', 'ENDMARKER']);
    expect(tokens[1].text).toBe('');
  });

  it('gives 1-based lines and 0-based columns', () => {
    const { tokens } = tokenize('a = 1\nbb  = 22\n');
    expect(pos(tokens[0])).toEqual([1, 0, 1, 1]);
    expect(pos(tokens[2])).toEqual([1, 4, 1, 5]);
    expect(pos(tokens[3])).toEqual([1, 5, 1, 6]); // NEWLINE sits on the '\n'
    expect(pos(tokens[4])).toEqual([2, 0, 2, 2]);
    expect(pos(tokens[6])).toEqual([2, 6, 2, 8]);
  });

  it('recognises every operator, longest match first', () => {
    const ops = '** **= // //= << <<= >> >>= -> := != == <= >= += -= *= /= %= &= |= ^= @= ... . , : ; @ ~';
    expect(show(ops).split(' ').slice(0, -2).map((s) => s.slice(3))).toEqual(ops.split(' '));
  });

  it('keeps keywords as NAME tokens', () => {
    expect(show('if not x: pass')).toBe('NAME:if NAME:not NAME:x OP:: NAME:pass NEWLINE ENDMARKER');
  });

  it('turns unknown ASCII punctuation into OP tokens (the parser rejects them)', () => {
    expect(show('a $ b ? c')).toBe('NAME:a OP:$ NAME:b OP:? NAME:c NEWLINE ENDMARKER');
    expect(errors('a $ b')).toEqual([]);
  });

  it('NFKC-normalises non-ASCII identifiers like CPython', () => {
    expect(tokenize('ｗｉｄｔｈ = 1').tokens[0].text).toBe('width');
    expect(tokenize('café = 1').tokens[0].text).toBe('café');
  });
});

describe('tokenizer: numbers', () => {
  it('tokenises integer and float forms', () => {
    expect(show('0 7 1_000 0xFF 0o17 0b101 0x_1f 1.5 .5 5. 1e5 1E-3 1.5e+2 00 0_0')).toBe(
      'NUMBER:0 NUMBER:7 NUMBER:1_000 NUMBER:0xFF NUMBER:0o17 NUMBER:0b101 NUMBER:0x_1f NUMBER:1.5 NUMBER:.5 ' +
        'NUMBER:5. NUMBER:1e5 NUMBER:1E-3 NUMBER:1.5e+2 NUMBER:00 NUMBER:0_0 NEWLINE ENDMARKER',
    );
  });

  it('tokenises imaginary literals (the parser reports them as unsupported)', () => {
    expect(show('1j 2.5J')).toBe('NUMBER:1j NUMBER:2.5J NEWLINE ENDMARKER');
  });

  it('allows a keyword straight after a number', () => {
    expect(show('1if x else 2')).toBe('NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE ENDMARKER');
    expect(errors('x = [0x1for x in y]')).toEqual([]);
  });

  it('reports malformed numbers with CPython messages and columns', () => {
    // expectations checked against python3.11 compile()
    expect(errors('x = 1abc\n')).toEqual([['SyntaxError', 'invalid decimal literal', 1, 4]]);
    expect(errors('x = 1_\n')).toEqual([['SyntaxError', 'invalid decimal literal', 1, 5]]);
    expect(errors('x = 1__2\n')).toEqual([['SyntaxError', 'invalid decimal literal', 1, 5]]);
    expect(errors('x = 1e\n')).toEqual([['SyntaxError', 'invalid decimal literal', 1, 4]]);
    expect(errors('x = 1e+\n')).toEqual([['SyntaxError', 'invalid decimal literal', 1, 6]]);
    expect(errors('x = 0x\n')).toEqual([['SyntaxError', 'invalid hexadecimal literal', 1, 5]]);
    expect(errors('x = 0o\n')).toEqual([['SyntaxError', 'invalid octal literal', 1, 5]]);
    expect(errors('x = 0o8\n')).toEqual([['SyntaxError', "invalid digit '8' in octal literal", 1, 6]]);
    expect(errors('x = 0b12\n')).toEqual([['SyntaxError', "invalid digit '2' in binary literal", 1, 7]]);
    expect(errors('x = 1jx\n')).toEqual([['SyntaxError', 'invalid imaginary literal', 1, 5]]);
    expect(errors('x = 09\n')).toEqual([
      ['SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', 1, 4],
    ]);
  });

  it('swallows the rest of a malformed literal so tokenizing can go on', () => {
    expect(show('x = 1abc + 2')).toBe('NAME:x OP:= NUMBER:1abc OP:+ NUMBER:2 NEWLINE ENDMARKER');
  });
});

describe('tokenizer: strings', () => {
  it('decodes escapes', () => {
    const v = (src: string) => tokenize(src).tokens[0].str?.value;
    expect(v(String.raw`'a\nb\tc\\d\'e\"f'`)).toBe('a\nb\tc\\d\'e"f');
    expect(v(String.raw`"\x41\u00e9\U0001F600"`)).toBe('A\u00e9\u{1F600}');
    expect(v(String.raw`"\0\101\7"`)).toBe('\0A\x07');
    expect(v(String.raw`"\a\b\f\v\r"`)).toBe('\x07\b\f\v\r');
    expect(v(String.raw`"\q\d"`)).toBe('\\q\\d'); // unknown escapes keep the backslash
    expect(v('"a\\\nb"')).toBe('ab'); // backslash-newline continues the literal
  });

  it('handles raw strings and prefixes', () => {
    const s = tokenize(String.raw`rb'\n' R"\d" u'x' Rb"y" bR'z'`).tokens.map((t) => t.str);
    expect(s.slice(0, 5).map((x) => [x?.prefix, x?.raw, x?.bytes, x?.value])).toEqual([
      ['rb', true, true, '\\n'],
      ['R', true, false, '\\d'],
      ['u', false, false, 'x'],
      ['Rb', true, true, 'y'],
      ['bR', true, true, 'z'],
    ]);
  });

  it('treats a prefix that is not a string prefix as a name', () => {
    expect(show('ur"x"')).toBe('NAME:ur STRING:"x" NEWLINE ENDMARKER');
  });

  it('handles empty and triple-quoted strings across lines', () => {
    const { tokens } = tokenize('a = """one\ntwo""" + \'\'\nb = 1\n');
    expect(tokens[2].str?.value).toBe('one\ntwo');
    expect(tokens[2].str?.triple).toBe(true);
    expect(pos(tokens[2])).toEqual([1, 4, 2, 6]);
    expect(tokens[4].str?.value).toBe('');
    expect(tokens[6].line).toBe(3);
  });

  it('gives f-strings their raw body and where it starts', () => {
    const t = tokenize('x = f"{a!r:>{w}} \\n {{b}}"').tokens[2];
    expect(t.str?.fstring).toBe(true);
    expect(t.str?.value).toBe('{a!r:>{w}} \\n {{b}}');
    expect([t.str?.bodyLine, t.str?.bodyCol]).toEqual([1, 6]);
  });

  it('records escape errors on the token for the parser to raise', () => {
    const t = tokenize('"\\x4"').tokens[0];
    expect(t.str?.decodeError).toBe("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
    expect(tokenize('b"\u00e9"').tokens[0].str?.decodeError).toBe('bytes can only contain ASCII literal characters');
  });

  it('reports unterminated strings at the opening quote', () => {
    expect(errors("x = 'abc\n")).toEqual([['SyntaxError', 'unterminated string literal (detected at line 1)', 1, 4]]);
    expect(errors("y = 1\nx = rb'abc\n")).toEqual([['SyntaxError', 'unterminated string literal (detected at line 2)', 2, 4]]);
    expect(errors('x = """abc\n\n\n')).toEqual([
      ['SyntaxError', 'unterminated triple-quoted string literal (detected at line 3)', 1, 4],
    ]);
  });

  it('keeps tokenizing after an unterminated string', () => {
    expect(show("s = 'ab\nt = 1\n")).toBe('NAME:s OP:= STRING:"ab" NEWLINE NAME:t OP:= NUMBER:1 NEWLINE ENDMARKER');
  });
});

describe('tokenizer: NEWLINE, INDENT and DEDENT', () => {
  it('emits INDENT/DEDENT for nested blocks, several DEDENTs at once', () => {
    const src = 'if a:\n    if b:\n        x\ny\n';
    expect(show(src)).toBe(
      'NAME:if NAME:a OP:: NEWLINE INDENT NAME:if NAME:b OP:: NEWLINE INDENT NAME:x NEWLINE DEDENT DEDENT NAME:y NEWLINE ENDMARKER',
    );
  });

  it('closes open blocks at the end of the file', () => {
    expect(show('def f():\n    return 1')).toBe('NAME:def NAME:f OP:( OP:) OP:: NEWLINE INDENT NAME:return NUMBER:1 NEWLINE DEDENT ENDMARKER');
  });

  it('ignores blank lines and comment-only lines, wherever they are indented', () => {
    const src = 'if a:\n\n    # c\n        # deeper comment\n    x = 1  # trailing\n\n';
    expect(show(src)).toBe('NAME:if NAME:a OP:: NEWLINE INDENT NAME:x OP:= NUMBER:1 NEWLINE DEDENT ENDMARKER');
  });

  it('places INDENT over the indentation and DEDENT at the next token', () => {
    const { tokens } = tokenize('if a:\n  x\ny\n');
    const indent = tokens.find((t) => t.kind === 'INDENT') as Token;
    const dedent = tokens.find((t) => t.kind === 'DEDENT') as Token;
    expect(pos(indent)).toEqual([2, 0, 2, 2]);
    expect(pos(dedent)).toEqual([3, 0, 3, 0]);
  });

  it('joins lines inside brackets (no NEWLINE, no INDENT)', () => {
    const src = 'x = [1,\n        2,\n  3]\ny = (a\n)\n';
    expect(show(src)).toBe('NAME:x OP:= OP:[ NUMBER:1 OP:, NUMBER:2 OP:, NUMBER:3 OP:] NEWLINE NAME:y OP:= OP:( NAME:a OP:) NEWLINE ENDMARKER');
  });

  it('tracks the bracket depth on each token', () => {
    expect(tokenize('f([a])').tokens.map((t) => t.level)).toEqual([0, 1, 2, 2, 1, 0, 0, 0]);
  });

  it('joins lines ending in a backslash', () => {
    expect(show('x = 1 + \\\n    2\ny = 3\n')).toBe('NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE NAME:y OP:= NUMBER:3 NEWLINE ENDMARKER');
  });

  it('measures tabs to the next multiple of 8', () => {
    expect(show('if a:\n\tx\n        y\n')).toBe('NAME:if NAME:a OP:: NEWLINE INDENT NAME:x NEWLINE NAME:y NEWLINE DEDENT ENDMARKER');
    // …but a line must also agree when tabs count as 1 column, or it is a TabError
    expect(errors('if a:\n\tx\n        y\n')).toEqual([['TabError', 'inconsistent use of tabs and spaces in indentation', 3, 0]]);
  });

  it('treats CRLF and lone CR as newlines', () => {
    expect(show('a = 1\r\nif a:\r\n    b\r\n')).toBe(show('a = 1\nif a:\n    b\n'));
    expect(show('a\rb\r')).toBe('NAME:a NEWLINE NAME:b NEWLINE ENDMARKER');
  });

  it('skips a UTF-8 byte order mark', () => {
    expect(show('\ufeffx = 1')).toBe('NAME:x OP:= NUMBER:1 NEWLINE ENDMARKER');
  });

  it('produces only ENDMARKER for an empty or comment-only file', () => {
    expect(show('')).toBe('ENDMARKER');
    expect(show('# nothing\n\n')).toBe('ENDMARKER');
  });
});

describe('tokenizer: error paths', () => {
  // messages, lines and columns verified with python3.11's compile()
  it('reports dedents that match no outer level', () => {
    expect(errors('if 1:\n        x = 1\n    y\n')).toEqual([
      ['IndentationError', 'unindent does not match any outer indentation level', 3, 5],
    ]);
  });

  it('reports unmatched and mismatched brackets', () => {
    expect(errors('x = )\n')).toEqual([['SyntaxError', "unmatched ')'", 1, 4]]);
    expect(errors('x = (1, 2]\n')).toEqual([['SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 9]]);
    expect(errors('x = (1,\n2]\n')).toEqual([
      ['SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1],
    ]);
  });

  it('reports the innermost bracket left open at the end', () => {
    expect(errors('x = [1, (2,\n3\n')).toEqual([['SyntaxError', "'(' was never closed", 1, 8]]);
    const { tokens } = tokenize('x = (');
    expect(tokens.map(repr).slice(-2)).toEqual(['NEWLINE', 'ENDMARKER']);
  });

  it('reports characters that cannot appear in Python source', () => {
    expect(errors('x = 1 €\n')).toEqual([['SyntaxError', "invalid character '€' (U+20AC)", 1, 6]]);
    expect(errors('x = ab€cd\n')).toEqual([['SyntaxError', "invalid character '€' (U+20AC)", 1, 6]]);
    expect(errors('x = 1\ny = \x01\n')).toEqual([['SyntaxError', 'invalid non-printable character U+0001', 2, 4]]);
  });

  it('reports bad line continuations', () => {
    expect(errors('x = 1 \\ y\n')).toEqual([['SyntaxError', 'unexpected character after line continuation character', 1, 7]]);
    expect(errors('x = 1 +\\')).toEqual([['SyntaxError', 'unexpected EOF while parsing', 1, 8]]);
    // inside brackets CPython reports the open bracket instead
    expect(errors('print(x, \\\n')).toEqual([['SyntaxError', "'(' was never closed", 1, 5]]);
  });

  it('remembers at which token each error fires', () => {
    const { tokens, errors: errs } = tokenize('a = 1\nb = )\n');
    expect(errs[0].tokenIndex).toBe(6);
    expect(tokens[6].text).toBe(')');
    expect(errs[0].kind).toBe('raise');
  });

  it('reports every error, not just the first', () => {
    expect(errors("a = 'x\nb = 1abc\nc = )\n").map((e) => e[1])).toEqual([
      'unterminated string literal (detected at line 1)',
      'invalid decimal literal',
      "unmatched ')'",
    ]);
  });
});
