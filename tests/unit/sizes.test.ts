// sys.getsizeof and bytes outside what RefScope follows: a clear NotImplementedError naming the
// object or feature, never a guessed number (the sizes it does give are in tests/diff/cases/size_*).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/eval/interpreter';

function lastErr(src: string): { stdout: string; last: string } {
  const r = run(src, { filename: 't.py' });
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  return { stdout: r.stdout, last: lines[lines.length - 1] ?? '' };
}

const LIST = "NotImplementedError: sys.getsizeof() of a 'list' object is not supported in RefScope (its size depends on how it grew)";
const DICT = "NotImplementedError: sys.getsizeof() of a 'dict' object is not supported in RefScope (its size depends on how it grew)";
const SET = "NotImplementedError: sys.getsizeof() of a 'set' object is not supported in RefScope (its size depends on how it grew)";

describe('sys.getsizeof of containers whose history RefScope does not follow', () => {
  const cases: [string, string, string][] = [
    ['a list str.split made', 'import sys\nprint(sys.getsizeof("a b".split()))\n', LIST],
    ['a starred assignment target', 'import sys\na, *b = range(5)\nprint(sys.getsizeof(b))\n', LIST],
    ['an instance __dict__ (a split table)', 'import sys\nclass C: pass\no = C()\no.x = 1\nprint(sys.getsizeof(vars(o)))\n', DICT],
    ['the module namespace', 'import sys\nprint(sys.getsizeof(globals()))\n', DICT],
    ['a dict display with a later chunk of pairs after **', 'import sys\nd = {1: 2}\nprint(sys.getsizeof({**d, "a": 1}))\n', DICT],
    ['a set display with *', 'import sys\nprint(sys.getsizeof({*range(3), 5}))\n', SET],
  ];
  for (const [what, src, message] of cases) {
    it(what, () => {
      const r = lastErr(src);
      expect(r.stdout).toBe('');
      expect(r.last).toBe(message);
    });
  }

});

describe('bytes outside the subset', () => {
  const cases: [string, string, string][] = [
    ['a method RefScope does not have', "b'x'.upper()\n", 'NotImplementedError: bytes.upper() is not supported in RefScope'],
    ['bytearray', 'bytearray(3)\n', 'NotImplementedError: bytearray() is not supported in RefScope'],
    ['a codec RefScope does not have', "'x'.encode('utf-16')\n", "NotImplementedError: the 'utf-16' codec is not supported in RefScope (only utf-8, ascii and latin-1)"],
    ['an error handler other than strict', "b'\\xff'.decode('utf-8', 'ignore')\n", "NotImplementedError: the 'ignore' error handler is not supported in RefScope (only 'strict')"],
    ['the count of a constant the compiler folded', "import sys\nprint(sys.getrefcount(b'a' + b'bc'))\n", "NotImplementedError: sys.getrefcount(b'abc'): RefScope does not count references to bytes values the interpreter owns (CPython 3.11 does)"],
    ['a missing attribute is an AttributeError', "b'x'.nope\n", "AttributeError: 'bytes' object has no attribute 'nope'"],
  ];
  for (const [what, src, message] of cases) {
    it(what, () => {
      expect(lastErr(src).last).toBe(message);
    });
  }
});
