// Parser tests for invalid input: errors[0] must be the SyntaxError CPython 3.11 reports
// (message, line and column, as from compile(); the tokenizer errors of
// Parser/tokenizer.c and the invalid_* rules of Grammar/python.gram with pegen's
// two-pass error reporting), then RefScope's own additions: recovery that reports every
// broken statement, and NotImplementedError for valid Python outside the subset.

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/python/parser';
import type { SyntaxErrorInfo } from '../../src/python/ast';

function first(src: string): [string, string, number, number] | null {
  const e: SyntaxErrorInfo | undefined = parse(src).errors[0];
  return e ? [e.type, e.message, e.line, e.col] : null;
}

// ---------- errors ----------

// [what, source, type, message, line, col]. Every expectation here was produced by
// CPython 3.11.7: compile(source, 'f.py', 'exec') -> SyntaxError(msg, lineno, offset - 1).
// Columns CPython reports as -1 (an error at a DEDENT at column 0) are clamped to 0.
const CPYTHON_ERRORS: [string, string, string, string, number, number][] = [
  ["unterminated string", "x = 'abc\n", 'SyntaxError', "unterminated string literal (detected at line 1)", 1, 4],
  ["unterminated string with prefix", "y = 1\nx = rb'abc\n", 'SyntaxError', "unterminated string literal (detected at line 2)", 2, 4],
  ["unterminated triple-quoted string", "x = 1\ny = \"\"\"abc\n\n\n", 'SyntaxError', "unterminated triple-quoted string literal (detected at line 4)", 2, 4],
  ["unterminated f-string triple", "y = 2\nx = f\"\"\"abc\ndef\n", 'SyntaxError', "unterminated triple-quoted string literal (detected at line 3)", 2, 4],
  ["invalid decimal literal", "x = 1abc\n", 'SyntaxError', "invalid decimal literal", 1, 4],
  ["invalid decimal literal (underscore)", "x = 1_\n", 'SyntaxError', "invalid decimal literal", 1, 5],
  ["invalid decimal literal (double underscore)", "x = 1__2\n", 'SyntaxError', "invalid decimal literal", 1, 5],
  ["invalid decimal literal (exponent)", "x = 1e\n", 'SyntaxError', "invalid decimal literal", 1, 4],
  ["invalid decimal literal (exponent sign)", "x = 1e+\n", 'SyntaxError', "invalid decimal literal", 1, 6],
  ["invalid decimal literal (dot)", "x = 5.x\n", 'SyntaxError', "invalid decimal literal", 1, 5],
  ["leading zeros", "x = 09\n", 'SyntaxError', "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4],
  ["invalid hexadecimal literal", "x = 0x\n", 'SyntaxError', "invalid hexadecimal literal", 1, 5],
  ["invalid hexadecimal literal (trailing _)", "x = 0x1_\n", 'SyntaxError', "invalid hexadecimal literal", 1, 7],
  ["invalid octal literal", "x = 0o\n", 'SyntaxError', "invalid octal literal", 1, 5],
  ["invalid digit in octal literal", "x = 0o8\n", 'SyntaxError', "invalid digit '8' in octal literal", 1, 6],
  ["invalid digit in binary literal", "x = 0b12\n", 'SyntaxError', "invalid digit '2' in binary literal", 1, 7],
  ["invalid imaginary literal", "x = 1jx\n", 'SyntaxError', "invalid imaginary literal", 1, 5],
  ["unmatched )", "x = )\n", 'SyntaxError', "unmatched ')'", 1, 4],
  ["unmatched ] later in file", "x = = 1\n]\n", 'SyntaxError', "unmatched ']'", 2, 0],
  ["mismatched bracket", "x = (1, 2]\n", 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", 1, 9],
  ["mismatched bracket on another line", "x = (1,\n2]\n", 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1],
  ["( never closed", "x = (1 +\n", 'SyntaxError', "'(' was never closed", 1, 4],
  ["( never closed, no newline", "x = (", 'SyntaxError', "'(' was never closed", 1, 4],
  ["[ never closed, innermost reported", "x = [1, (2,\n3\n", 'SyntaxError', "'(' was never closed", 1, 8],
  ["never closed beats a later parse error", "x = (1,\ny = 2\nz = 3 +\n", 'SyntaxError', "'(' was never closed", 1, 4],
  ["open bracket beats an error found before a later line continuation", "x = (1 2\nz = 1 \\ 3\n", 'SyntaxError', "'(' was never closed", 1, 4],
  ["a raised tokenizer error later in the file still wins", "x = (1 2,\nz = 'abc\n", 'SyntaxError', "unterminated string literal (detected at line 2)", 2, 4],
  ["an error at the end of a line is placed at its comment", "if x  # comment\n    pass\n", 'SyntaxError', "expected ':'", 1, 6],
  ["parse error before the open bracket wins", "x = = 1\ns = (1,\n", 'SyntaxError', "invalid syntax", 1, 4],
  ["invalid character", "x = 1 \u20ac\n", 'SyntaxError', "invalid character '\u20ac' (U+20AC)", 1, 6],
  ["invalid character inside a name", "x = ab\u20accd\n", 'SyntaxError', "invalid character '\u20ac' (U+20AC)", 1, 6],
  ["invalid non-printable character", "x = 1\ny = \u0001\n", 'SyntaxError', "invalid non-printable character U+0001", 2, 4],
  ["unexpected character after line continuation", "x = 1 \\ y\n", 'SyntaxError', "unexpected character after line continuation character", 1, 7],
  ["line continuation measured from the logical line", "x = 1\ny = (1 + \\\n 2) \\ 3\n", 'SyntaxError', "unexpected character after line continuation character", 3, 16],
  ["backslash in indentation", "x = 1\n \\x = 2\n", 'SyntaxError', "unexpected character after line continuation character", 2, 2],
  ["unexpected EOF after continuation", "x = 1 +\\", 'SyntaxError', "unexpected EOF while parsing", 1, 8],
  ["continuation at EOF inside brackets", "x = 1\nprint(x, \\\n", 'SyntaxError', "'(' was never closed", 2, 5],
  ["unexpected indent", "    x = 1\n", 'IndentationError', "unexpected indent", 1, 3],
  ["unexpected indent deeper", "if 1:\n        x = 1\n            y\n", 'IndentationError', "unexpected indent", 3, 11],
  ["unexpected indent after statement", "x = 1\n    y = 2\n", 'IndentationError', "unexpected indent", 2, 3],
  ["unindent does not match", "if 1:\n        x = 1\n    y\n", 'IndentationError', "unindent does not match any outer indentation level", 3, 5],
  ["unindent does not match (else)", "if x:\n    pass\n  else:\n    pass\n", 'IndentationError', "unindent does not match any outer indentation level", 3, 7],
  ["TabError", "if 1:\n\tx = 1\n        y\n", 'TabError', "inconsistent use of tabs and spaces in indentation", 3, 0],
  ["TabError (spaces then tab)", "if 1:\n    x = 1\n\ty = 2\n", 'TabError', "inconsistent use of tabs and spaces in indentation", 3, 0],
  ["expected an indented block after if", "if x:\npass\n", 'IndentationError', "expected an indented block after 'if' statement on line 1", 2, 0],
  ["expected an indented block at EOF", "if x:\n", 'IndentationError', "expected an indented block after 'if' statement on line 1", 1, 5],
  ["expected an indented block before a dedent", "def f():\n    if x:\nz = 1\n", 'IndentationError', "expected an indented block after 'if' statement on line 2", 3, 0],
  ["expected an indented block after function definition", "class A:\n    def f(self):\n    pass\n", 'IndentationError', "expected an indented block after function definition on line 2", 3, 4],
  ["expected an indented block after for", "for x in y:\nx = 1\n", 'IndentationError', "expected an indented block after 'for' statement on line 1", 2, 0],
  ["expected an indented block after while", "while x:\nx = 1\n", 'IndentationError', "expected an indented block after 'while' statement on line 1", 2, 0],
  ["expected an indented block after else", "if x:\n    pass\nelse:\nx = 1\n", 'IndentationError', "expected an indented block after 'else' statement on line 3", 4, 0],
  ["expected an indented block after elif", "if x:\n    pass\nelif y:\nx = 1\n", 'IndentationError', "expected an indented block after 'elif' statement on line 3", 4, 0],
  ["expected an indented block after try", "try:\nx = 1\n", 'IndentationError', "expected an indented block after 'try' statement on line 1", 2, 0],
  ["expected an indented block after except", "try:\n    pass\nexcept E:\nx = 1\n", 'IndentationError', "expected an indented block after 'except' statement on line 3", 4, 0],
  ["expected an indented block after finally", "try:\n    pass\nfinally:\nx = 1\n", 'IndentationError', "expected an indented block after 'finally' statement on line 3", 4, 0],
  ["expected an indented block after class", "class A:\nx = 1\n", 'IndentationError', "expected an indented block after class definition on line 1", 2, 0],
  ["expected an indented block after with", "with a:\nx = 1\n", 'IndentationError', "expected an indented block after 'with' statement on line 1", 2, 0],
  ["generic invalid syntax", "x = = 1\n", 'SyntaxError', "invalid syntax", 1, 4],
  ["invalid syntax at the next token", "x = 1 2\n", 'SyntaxError', "invalid syntax", 1, 6],
  ["forgot a comma", "f(a b)\n", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 2],
  ["forgot a comma in a list", "x = [1, 2 3]\n", 'SyntaxError', "invalid syntax. Perhaps you forgot a comma?", 1, 8],
  ["no comma hint at statement level", "x = a b\n", 'SyntaxError', "invalid syntax", 1, 6],
  ["expected colon after if", "if x\n  pass\n", 'SyntaxError', "expected ':'", 1, 4],
  ["expected colon after while", "while x\n    pass\n", 'SyntaxError', "expected ':'", 1, 7],
  ["expected colon after for", "for x in y\n    pass\n", 'SyntaxError', "expected ':'", 1, 10],
  ["expected colon after def", "def f()\n    pass\n", 'SyntaxError', "expected ':'", 1, 7],
  ["expected colon after class", "class A\n    pass\n", 'SyntaxError', "expected ':'", 1, 7],
  ["expected colon after else", "for x in y:\n    pass\nelse\n", 'SyntaxError', "expected ':'", 3, 4],
  ["expected colon after try", "try\n    pass\n", 'SyntaxError', "expected ':'", 1, 3],
  ["expected colon after except", "try:\n    pass\nexcept E\n    pass\n", 'SyntaxError', "expected ':'", 3, 8],
  ["expected colon after bare except", "try:\n    pass\nexcept\n    pass\n", 'SyntaxError', "expected ':'", 3, 6],
  ["expected colon after finally", "try:\n    pass\nfinally\n    pass\n", 'SyntaxError', "expected ':'", 3, 7],
  ["expected (", "def f:\n    pass\n", 'SyntaxError', "expected '('", 1, 5],
  ["expected except or finally", "try:\n    pass\nx = 1\n", 'SyntaxError', "expected 'except' or 'finally' block", 3, 0],
  ["multiple exception types must be parenthesized", "try:\n    pass\nexcept A, B:\n    pass\n", 'SyntaxError', "multiple exception types must be parenthesized", 3, 7],
  ["Missing parentheses in call to print", "print \"hi\"\n", 'SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0],
  ["Missing parentheses in call to exec", "exec 'x = 1'\n", 'SyntaxError', "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 0],
  ["print on an earlier valid line still wins", "print + 1\ny = = 1\n", 'SyntaxError', "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0],
  ["cannot assign to literal here", "1 = x\n", 'SyntaxError', "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0],
  ["cannot assign to function call here", "f() = 1\n", 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0],
  ["cannot assign to expression here", "a + 1 = 2\n", 'SyntaxError', "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0],
  ["cannot assign to literal (chained)", "x = 1 = 2\n", 'SyntaxError', "cannot assign to literal", 1, 4],
  ["cannot assign to literal in a tuple", "(a, 1) = x\n", 'SyntaxError', "cannot assign to literal", 1, 4],
  ["cannot assign to True", "True = 1\n", 'SyntaxError', "cannot assign to True", 1, 0],
  ["cannot assign to keyword argument True", "f(True=1)\n", 'SyntaxError', "cannot assign to True", 1, 2],
  ["cannot assign to for target", "for 1 in x: pass\n", 'SyntaxError', "cannot assign to literal", 1, 4],
  ["cannot assign to function call in for", "for f() in x: pass\n", 'SyntaxError', "cannot assign to function call", 1, 4],
  ["illegal expression for augmented assignment", "a + 1 += 2\n", 'SyntaxError', "'expression' is an illegal expression for augmented assignment", 1, 0],
  ["only single target can be annotated", "(a, b): int\n", 'SyntaxError', "only single target (not tuple) can be annotated", 1, 0],
  ["only single target (list) can be annotated", "[a, b]: int = 1\n", 'SyntaxError', "only single target (not list) can be annotated", 1, 0],
  ["illegal target for annotation", "f(): int\n", 'SyntaxError', "illegal target for annotation", 1, 0],
  ["cannot delete literal", "del 1\n", 'SyntaxError', "cannot delete literal", 1, 4],
  ["cannot delete literal in a tuple", "del x, 1\n", 'SyntaxError', "cannot delete literal", 1, 7],
  ["cannot delete function call", "del f()\n", 'SyntaxError', "cannot delete function call", 1, 4],
  ["cannot delete starred", "del *a\n", 'SyntaxError', "cannot delete starred", 1, 4],
  ["Maybe you meant ==", "if x = 1:\n    pass\n", 'SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3],
  ["expression cannot contain assignment", "f(a + 1 = 2)\n", 'SyntaxError', "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 2],
  ["expected else after if expression", "x = 1 if y\n", 'SyntaxError', "expected 'else' after 'if' expression", 1, 4],
  ["positional argument follows keyword argument", "f(a=1, b)\n", 'SyntaxError', "positional argument follows keyword argument", 1, 8],
  ["positional argument follows keyword argument unpacking", "f(**k, a)\n", 'SyntaxError', "positional argument follows keyword argument unpacking", 1, 8],
  ["iterable argument unpacking follows keyword argument unpacking", "f(**a, *b)\n", 'SyntaxError', "iterable argument unpacking follows keyword argument unpacking", 1, 7],
  ["generator expression must be parenthesized", "f(x for x in y, 1)\n", 'SyntaxError', "Generator expression must be parenthesized", 1, 2],
  ["generator expression must be parenthesized (second arg)", "f(1, x for x in y)\n", 'SyntaxError', "Generator expression must be parenthesized", 1, 5],
  ["non-default argument follows default argument", "def f(a=1, b): pass\n", 'SyntaxError', "non-default argument follows default argument", 1, 11],
  ["non-default argument in lambda", "lambda x=1, y: x\n", 'SyntaxError', "non-default argument follows default argument", 1, 12],
  ["named arguments must follow bare *", "def f(*): pass\n", 'SyntaxError', "named arguments must follow bare *", 1, 6],
  ["var-positional cannot have default", "def f(*a=1): pass\n", 'SyntaxError', "var-positional argument cannot have default value", 1, 8],
  ["arguments cannot follow var-keyword", "def f(**k, a): pass\n", 'SyntaxError', "arguments cannot follow var-keyword argument", 1, 11],
  ["var-keyword cannot have default", "def f(**k=1): pass\n", 'SyntaxError', "var-keyword argument cannot have default value", 1, 9],
  ["at least one argument must precede /", "def f(/): pass\n", 'SyntaxError', "invalid syntax", 1, 6],
  ["/ may appear only once", "def f(a, /, /): pass\n", 'SyntaxError', "/ may appear only once", 1, 12],
  ["/ must be ahead of *", "def f(*, a, /): pass\n", 'SyntaxError', "/ must be ahead of *", 1, 12],
  ["expected default value expression", "def f(a=): pass\n", 'SyntaxError', "expected default value expression", 1, 7],
  ["function parameters cannot be parenthesized", "def f(a, (b, c)): pass\n", 'SyntaxError', "Function parameters cannot be parenthesized", 1, 9],
  ["lambda parameters cannot be parenthesized", "lambda (a, b): 1\n", 'SyntaxError', "Lambda expression parameters cannot be parenthesized", 1, 7],
  ["* argument may appear only once", "def f(*a, *b): pass\n", 'SyntaxError', "* argument may appear only once", 1, 10],
  ["cannot use starred expression here (group)", "x = (*a)\n", 'SyntaxError', "cannot use starred expression here", 1, 5],
  ["cannot use double starred expression here", "x = (**a)\n", 'SyntaxError', "cannot use double starred expression here", 1, 5],
  ["iterable unpacking in comprehension", "x = [*a for a in b]\n", 'SyntaxError', "iterable unpacking cannot be used in comprehension", 1, 5],
  ["comprehension target needs parentheses", "x = [a, b for a in c]\n", 'SyntaxError', "did you forget parentheses around the comprehension target?", 1, 5],
  ["dict unpacking in dict comprehension", "x = {**a for a in b}\n", 'SyntaxError', "dict unpacking cannot be used in dict comprehension", 1, 5],
  ["':' expected after dictionary key", "x = {1: 2, 3}\n", 'SyntaxError', "':' expected after dictionary key", 1, 11],
  ["':' expected after a later dictionary key", "d = {\"a\": 1, \"b\" 2}\n", 'SyntaxError', "':' expected after dictionary key", 1, 15],
  ["expression expected after dictionary key and ':'", "x = {1: }\n", 'SyntaxError', "expression expected after dictionary key and ':'", 1, 6],
  ["starred expression in a dictionary value", "x = {1: *a}\n", 'SyntaxError', "cannot use a starred expression in a dictionary value", 1, 8],
  ["trailing comma in from-import", "from x import a,\n", 'SyntaxError', "trailing comma not allowed without surrounding parentheses", 1, 16],
  ["import without a name", "import\n", 'SyntaxError', "invalid syntax", 1, 6],
  ["unexpected indent recovers to later errors", "x = 1\n    y = 2 +\n", 'IndentationError', "unexpected indent", 2, 3],
  ["invalid syntax at ENDMARKER after a decorator", "@dec\n", 'SyntaxError', "invalid syntax", 1, 0],
  ["else without if", "else:\n    pass\n", 'SyntaxError', "invalid syntax", 1, 0],
  ["3.12 type statement is invalid in 3.11", "type X = int\n", 'SyntaxError', "invalid syntax", 1, 5],
  ["walrus on an attribute", "(a.b := 1)\n", 'SyntaxError', "cannot use assignment expressions with attribute", 1, 1],
  ["keyword as identifier", "def None(): pass\n", 'SyntaxError', "invalid syntax", 1, 4],
  ["soft-keyword prefix quirk: no comma hint", "x = [c d]\n", 'SyntaxError', "invalid syntax", 1, 7],
  ["f-string: expecting '}'", "x = f\"{x\"\n", 'SyntaxError', "f-string: expecting '}'", 1, 9],
  ["f-string: expecting '}' after spec", "x = f\"{x:\"\n", 'SyntaxError', "f-string: expecting '}'", 1, 10],
  ["f-string: invalid conversion character", "x = f\"{x!z}\"\n", 'SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12],
  ["f-string: missing conversion character", "x = f\"{x!}\"\n", 'SyntaxError', "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 11],
  ["f-string: empty expression", "x = f\"{}\"\n", 'SyntaxError', "f-string: empty expression not allowed", 1, 9],
  ["f-string: empty expression (spaces)", "x = f\"{ }\"\n", 'SyntaxError', "f-string: empty expression not allowed", 1, 10],
  ["f-string: expression required before '!'", "x = f\"{!r}\"\n", 'SyntaxError', "f-string: expression required before '!'", 1, 11],
  ["f-string: single '}'", "x = f\"}\"\n", 'SyntaxError', "f-string: single '}' is not allowed", 1, 8],
  ["f-string: backslash in expression", "x = f\"{\\n}\"\n", 'SyntaxError', "f-string expression part cannot include a backslash", 1, 11],
  ["f-string: '#' in expression", "x = f\"{a#}\"\n", 'SyntaxError', "f-string expression part cannot include '#'", 1, 11],
  ["f-string: unmatched ')'", "x = f\"{a)}\"\n", 'SyntaxError', "f-string: unmatched ')'", 1, 11],
  ["f-string: mismatched bracket", "x = f\"{a(}\"\n", 'SyntaxError', "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 11],
  ["f-string: nested too deeply", "x = f\"{a:{b:{c}}}\"\n", 'SyntaxError', "f-string: expressions nested too deeply", 1, 18],
  ["f-string: expression error", "x = f\"{a b}\"\n", 'SyntaxError', "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 7],  // CPython: col 1 (offset inside its '(' + expr + ')' buffer); RefScope gives the real column
  ["f-string: starred expression", "x = f\"{*a}\"\n", 'SyntaxError', "f-string: cannot use starred expression here", 1, 7],  // CPython: col 1 (offset inside its '(' + expr + ')' buffer); RefScope gives the real column
  ["(unicode error) truncated \\x escape", "x = \"\\x4\"\n", 'SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 9],
  ["(unicode error) truncated \\u escape", "x = \"\\u12\"\n", 'SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 10],
  ["(unicode error) illegal Unicode character", "x = \"\\U00110000\"\n", 'SyntaxError', "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 16],
  ["bytes can only contain ASCII", "x = b\"\u00e9\"\n", 'SyntaxError', "bytes can only contain ASCII literal characters", 1, 4],
  ["cannot mix bytes and nonbytes", "x = \"a\" b\"b\"\n", 'SyntaxError', "cannot mix bytes and nonbytes literals", 1, 12],
  ["'return' outside function", "return 1\n", 'SyntaxError', "'return' outside function", 1, 0],
  ["'return' in a class body", "class A:\n    return 1\n", 'SyntaxError', "'return' outside function", 2, 4],
  ["'break' outside loop", "break\n", 'SyntaxError', "'break' outside loop", 1, 0],
  ["'break' in a for-else block", "for x in y:\n    pass\nelse:\n    break\n", 'SyntaxError', "'break' outside loop", 4, 4],
  ["'break' in a nested function", "while True:\n    def f():\n        break\n", 'SyntaxError', "'break' outside loop", 3, 8],
  ["'continue' not properly in loop", "continue\n", 'SyntaxError', "'continue' not properly in loop", 1, 0],
  ["'yield' outside function", "x = (yield)\n", 'SyntaxError', "'yield' outside function", 1, 5],
  ["'yield' in a class body", "class A:\n    yield 1\n", 'SyntaxError', "'yield' outside function", 2, 4],
  ["'yield' inside list comprehension", "def f():\n    [(yield) for x in y]\n", 'SyntaxError', "'yield' inside list comprehension", 2, 6],
  ["'await' outside function", "await x\n", 'SyntaxError', "'await' outside function", 1, 0],
  ["'await' outside async function", "def f():\n    await x\n", 'SyntaxError', "'await' outside async function", 2, 4],
  ["nonlocal at module level", "nonlocal x\n", 'SyntaxError', "nonlocal declaration not allowed at module level", 1, 0],
  ["no binding for nonlocal", "def f():\n    nonlocal x\n", 'SyntaxError', "no binding for nonlocal 'x' found", 2, 4],
  ["no binding for nonlocal (class scope does not count)", "class C:\n    x = 1\n    def f(self):\n        nonlocal x\n", 'SyntaxError', "no binding for nonlocal 'x' found", 4, 8],
  ["name is parameter and global", "def f(x):\n    global x\n", 'SyntaxError', "name 'x' is parameter and global", 2, 4],
  ["name is parameter and nonlocal", "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n", 'SyntaxError', "name 'x' is parameter and nonlocal", 4, 8],
  ["name used prior to global declaration", "def f():\n    print(x)\n    global x\n", 'SyntaxError', "name 'x' is used prior to global declaration", 3, 4],
  ["name assigned before global declaration", "def f():\n    x = 1\n    global x\n", 'SyntaxError', "name 'x' is assigned to before global declaration", 3, 4],
  ["annotated name can't be global", "def f():\n    global x\n    x: int = 3\n", 'SyntaxError', "annotated name 'x' can't be global", 3, 4],
  ["duplicate argument", "def f(x, x): pass\n", 'SyntaxError', "duplicate argument 'x' in function definition", 1, 9],
  ["import * only allowed at module level", "def f():\n    from os import *\n", 'SyntaxError', "import * only allowed at module level", 2, 19],
  ["symtable errors come before compiler errors", "return 1\ndef f():\n    nonlocal x\n", 'SyntaxError', "no binding for nonlocal 'x' found", 3, 4],
  ["can't use starred expression here", "x = *a\n", 'SyntaxError', "can't use starred expression here", 1, 4],
  ["starred assignment target must be in a list or tuple", "*a = [1]\n", 'SyntaxError', "starred assignment target must be in a list or tuple", 1, 0],
  ["multiple starred expressions in assignment", "*a, *b = [1]\n", 'SyntaxError', "multiple starred expressions in assignment", 1, 0],
  ["keyword argument repeated", "f(a=1, a=2)\n", 'SyntaxError', "keyword argument repeated: a", 1, 7],
  ["keyword argument repeated in class bases", "class A(x=1, x=2): pass\n", 'SyntaxError', "keyword argument repeated: x", 1, 13],
  ["from __future__ braces", "from __future__ import braces\n", 'SyntaxError', "not a chance", 1, 0],
  ["unknown future feature", "from __future__ import nope\n", 'SyntaxError', "future feature nope is not defined", 1, 0],
  ["late from __future__ import", "x = 1\nfrom __future__ import annotations\n", 'SyntaxError', "from __future__ imports must occur at the beginning of the file", 2, 0],
  ["late from __future__ on the same line", "from __future__ import annotations; import os; from __future__ import division\n", 'SyntaxError', "from __future__ imports must occur at the beginning of the file", 1, 46],
  ["cannot assign to __debug__", "__debug__ = 1\n", 'SyntaxError', "cannot assign to __debug__", 1, 0],
];

describe('parser: errors[0] is what CPython 3.11 reports', () => {
  for (const [what, src, type, message, line, col] of CPYTHON_ERRORS) {
    it(what, () => expect(first(src)).toEqual([type, message, line, col]));
  }

  it('never throws, whatever the input', () => {
    const junk = ['', '\n\n', ')))', '((((', 'def', 'f"{', '"""', '\\', 'if:', '@', 'lambda', 'x[', '{**}', 'class\n\tpass', 'for in:', '1 = = 2 ='];
    for (const src of junk) expect(() => parse(src)).not.toThrow();
    expect(() => parse('('.repeat(150) + ')'.repeat(150))).not.toThrow();
    expect(() => parse('-'.repeat(3000) + '1')).not.toThrow();
  });

  it('valid valid-looking edge cases parse cleanly', () => {
    for (const src of ['x = 1if 1 else 2\n', 'def f():\n    def g():\n        nonlocal x\n    x = 1\n', 'print(*a, **b)\n', 'a[*b] = 1\n']) {
      expect(parse(src).errors).toEqual([]);
    }
  });
});

describe('parser: error recovery', () => {
  it('reports an error in every broken statement, first one first', () => {
    const r = parse('x = = 1\ny = 2\nif x\n    pass\nz = 3 +\nprint("ok")\n');
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      ['invalid syntax', 1], ["expected ':'", 3], ['invalid syntax', 5],
    ]);
    // the statements that did parse are still in the tree
    expect(r.module.body.map((s) => s.kind)).toEqual(['Assign', 'ExprStmt']);
  });

  it('recovers inside blocks and across unexpected indents', () => {
    const r = parse('def f():\n    x = = 1\n    return x\nclass A\n    pass\nx = 1\n    y = 2\nz = (\n');
    expect(r.errors.map((e) => [e.type, e.message, e.line])).toEqual([
      ['SyntaxError', 'invalid syntax', 2],
      ['SyntaxError', "expected ':'", 4],
      ['IndentationError', 'unexpected indent', 7],
      ['SyntaxError', "'(' was never closed", 8],
    ]);
    expect(r.module.body[0].kind).toBe('FunctionDef');
  });

  it('lists every tokenizer error too', () => {
    const r = parse("s = 'abc\nt = 1abc\nu = f\"{x\"\n");
    expect(r.errors.map((e) => e.message)).toEqual([
      'unterminated string literal (detected at line 1)', 'invalid decimal literal', "f-string: expecting '}'",
    ]);
  });

  it('reports compile-stage errors together once the syntax is valid', () => {
    const r = parse('for i in x:\n    break\nbreak\nreturn 5\n');
    expect(r.errors.map((e) => [e.message, e.line, e.col, e.endCol])).toEqual([
      ["'break' outside loop", 3, 0, 5], ["'return' outside function", 4, 0, 8],
    ]);
  });
});

describe('parser: valid Python outside the subset', () => {
  const cases: [string, string, string, number][] = [
    ['async def', 'async def f():\n    pass\n', "async functions ('async def') are not supported in RefScope", 1],
    ['async for', 'async def f():\n    async for x in y:\n        pass\n', "async functions ('async def') are not supported in RefScope", 1],
    ['await', 'async def f():\n    await g()\n', "async functions ('async def') are not supported in RefScope", 1],
    ['star import', 'from sys import *\n', "star imports ('from module import *') are not supported in RefScope", 1],
    ['relative import', 'from . import x\n', 'relative imports are not supported in RefScope', 1],
    ['except*', 'try:\n    pass\nexcept* E:\n    pass\n', "'except*' (exception groups) is not supported in RefScope", 1],
  ];
  for (const [what, src, message, line] of cases) {
    it(what, () => {
      const e = parse(src).errors[0];
      expect([e.type, e.message, e.line]).toEqual(['NotImplementedError', message, line]);
    });
  }

  it('accepts bytes literals: a Str node marked bytes, adjacent literals joined', () => {
    const r = parse("b = b'a\\x00' b\"c\"\n");
    expect(r.errors).toEqual([]);
    const v = (r.module.body[0] as { value: { kind: string; value: string; bytes?: boolean } }).value;
    expect([v.kind, v.value, v.bytes]).toEqual(['Str', 'a\u0000c', true]);
  });

  it('reports each unsupported construct', () => {
    const r = parse('async def f():\n    async with a as b:\n        await c\n');
    expect(r.errors.map((e) => e.message)).toEqual([
      "async functions ('async def') are not supported in RefScope",
      "'async with' statements are not supported in RefScope",
      "'await' expressions are not supported in RefScope",
    ]);
  });

  it('puts CPython errors first', () => {
    expect(first('x = (y := 1\n')).toEqual(['SyntaxError', "'(' was never closed", 1, 4]);
    expect(first('with a:\n    return 1\n')).toEqual(['SyntaxError', "'return' outside function", 2, 4]);
    expect(first('x = 1\nyield x\n')).toEqual(['SyntaxError', "'yield' outside function", 2, 0]);
  });

  it('a yield expression is no assignment target', () => {
    expect(first('def f():\n    x = yield = 1\n')).toEqual(['SyntaxError', 'assignment to yield expression not possible', 2, 8]);
  });

  it('accepts any module name in imports (the evaluator checks them)', () => {
    expect(parse('import os\nfrom collections import deque\n').errors).toEqual([]);
  });
});
