// The CLI's commands as functions: run prints the program's stdout, trace --json is deterministic.

import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands';

describe('refscope run', () => {
  it('prints stdout and exits 0', () => {
    expect(runCommand(['run', 'p.py'], 'print(1 + 1)')).toEqual({ stdout: '2\n', stderr: '', code: 0 });
  });
  it('prints a CPython-style traceback to stderr and exits 1', () => {
    const r = runCommand(['run', 'p.py'], 'def f():\n    return 1 / 0\nprint("a")\nf()\n');
    expect(r.stdout).toBe('a\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "p.py", line 4, in <module>\n    f()\n  File "p.py", line 2, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n',
    );
  });
  it('reports a syntax error with its line and caret', () => {
    const r = runCommand(['run', 'p.py'], 'x = 1\nif x\n    pass\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('  File "p.py", line 2\n    if x\n        ^\nSyntaxError: expected \':\'\n');
  });
  it('stops an endless loop at --max-steps', () => {
    const r = runCommand(['run', 'p.py', '--max-steps', '1000'], 'while True:\n    pass\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/StepLimitError: stopped after 1,000 steps/);
  });
  it('rejects a bad --max-steps', () => {
    expect(runCommand(['run', 'p.py', '--max-steps', 'lots'], '').code).toBe(2);
  });
});

describe('refscope trace --json', () => {
  const src = 'import gc\na = []\nb = [a]\na.append(b)\ndel a, b\nprint(gc.collect())\n';
  it('has one entry per line step with objects, edges, roots and stdout', () => {
    const out = JSON.parse(runCommand(['trace', 'p.py', '--json'], src).stdout);
    const lines = out.steps.map((s: { line: number }) => s.line);
    // the last entry (line 0) is interpreter shutdown
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 0]);
    const at5 = out.steps[4];
    const garbage = at5.roots.find((r: { frame: string }) => r.frame === 'gc').variables.garbage.id;
    const lists = at5.objects.filter((o: { type: string; id: number }) => o.type === 'list' && o.id !== garbage);
    expect(lists.map((o: { refcount: number }) => o.refcount)).toEqual([2, 2]);
    expect(at5.edges.filter((e: { label: string }) => e.label === '[0]').length).toBe(2);
    expect(at5.roots[0].variables).toHaveProperty('a');
    expect(out.steps[5].stdout).toBe('');
  });
  it('is the same for the same program', () => {
    expect(runCommand(['trace', 'p.py', '--json'], src).stdout).toBe(runCommand(['trace', 'p.py', '--json'], src).stdout);
  });
});
