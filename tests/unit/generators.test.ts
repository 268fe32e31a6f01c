// Generators and with: what stays outside the subset is a clear NotImplementedError naming the
// construct and its line, raised when it is reached (what runs before it is CPython's output).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/eval/interpreter';

function lastErr(src: string): { stdout: string; last: string; exitCode: number } {
  const r = run(src, { filename: 't.py' });
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  return { stdout: r.stdout, last: lines[lines.length - 1] ?? '', exitCode: r.exitCode };
}

describe('yield in positions RefScope does not run', () => {
  const cases: [string, string][] = [
    ['def g():\n    x = 1 < (yield) < 3\n', "NotImplementedError: 'yield' inside a chained comparison (line 2) is not supported in RefScope"],
    ['def g():\n    f(*(yield))\n', "NotImplementedError: 'yield' inside a call with * or ** arguments (line 2) is not supported in RefScope"],
    ['def g():\n    d = {}\n    d[(yield)] = 1\n', "NotImplementedError: 'yield' inside an assignment target (line 3) is not supported in RefScope"],
    ['def g():\n    assert (yield)\n', "NotImplementedError: 'yield' inside this statement (Assert) (line 2) is not supported in RefScope"],
    ['def g():\n    x = {"k": (yield)}\n', "NotImplementedError: 'yield' inside this kind of expression (Dict) (line 2) is not supported in RefScope"],
  ];
  for (const [body, message] of cases) {
    it(message, () => {
      const r = lastErr(body + 'print("before")\nit = g()\nnext(it)\nprint("after")\n');
      expect(r.stdout).toBe('before\n');
      expect(r.exitCode).toBe(1);
      expect(r.last).toBe(message);
    });
  }

  it('async forms stay rejected before anything runs', () => {
    const r = lastErr('print("x")\nasync def f():\n    async with a:\n        pass\n');
    expect(r.stdout).toBe('');
    expect(r.last).toContain('not supported in RefScope');
  });
});

describe('contextlib names outside the subset', () => {
  it('ExitStack is a clear NotImplementedError', () => {
    const r = lastErr('import contextlib\nwith contextlib.ExitStack() as s:\n    pass\n');
    expect(r.last).toBe('NotImplementedError: contextlib.ExitStack is not supported in RefScope');
  });
});
