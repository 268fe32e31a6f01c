// The CLI: its arguments, its commands as functions (run prints the program's stdout, trace --json
// is deterministic), and the real program bin/refscope.mjs in a child process.

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, type CliAction } from '../../src/cli/args';
import { runCommand as runParsed, type CommandOutput } from '../../src/cli/commands';

function runCommand(argv: string[], source: string): CommandOutput {
  const a = parseArgs(argv, 'test');
  if (a.kind === 'print') return { stdout: a.code === 0 ? a.text : '', stderr: a.code === 0 ? '' : a.text, code: a.code };
  const { jsStackOverflowed: _, ...out } = runParsed(a, source);
  return out;
}

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

describe('refscope arguments', () => {
  const print = (argv: string[]): Extract<CliAction, { kind: 'print' }> => {
    const a = parseArgs(argv, '1.2.3');
    if (a.kind !== 'print') throw new Error('expected text to print, got a command');
    return a;
  };
  it('--help and --version print and exit 0', () => {
    expect(print(['--help']).text).toMatch(/^refscope: run a Python program/);
    expect(print(['run', 'x.py', '-h']).code).toBe(0);
    expect(print(['--version']).text).toBe('refscope 1.2.3 (simulates CPython 3.11, 3.12, 3.13, 3.14)\n');
  });
  it('usage errors exit 2 and say what is wrong', () => {
    for (const [argv, why] of [
      [[], 'a command is needed'],
      [['frobnicate', 'x.py'], "unknown command 'frobnicate'"],
      [['run'], 'run needs a FILE'],
      [['run', 'a.py', 'b.py'], 'one FILE only'],
      [['run', '--fast', 'a.py'], "unknown option '--fast'"],
      [['run', '--python', '2.5', 'a.py'], "--python takes one of 3.11, 3.12, 3.13, 3.14, not '2.5'"],
      [['compare', '--python', '3.11', 'a.py'], 'compare --python takes two of'],
      [['compare', 'a.py'], 'compare needs --python A,B'],
      [['run', 'a.py', '--max-steps'], '--max-steps takes a positive whole number'],
      [['trace', 'a.py'], 'trace needs --json'],
    ] as [string[], string][]) {
      const a = print(argv);
      expect(a.code, argv.join(' ')).toBe(2);
      expect(a.text).toContain(why);
      expect(a.text).toContain('usage: refscope run');
    }
  });
  it('parses a full command', () => {
    expect(parseArgs(['run', '--python', '3.11', '--max-steps', '50', '-'], 'x')).toEqual({
      kind: 'command', command: 'run', file: '-', maxSteps: 50, python: '3.11', json: false,
    });
  });
});

describe('bin/refscope.mjs, the real program', () => {
  const bin = resolve(__dirname, '../../bin/refscope.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'refscope-cli-'));
  const file = (name: string, text: string): string => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const cli = (args: string[], input?: string) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input });

  it("reaches CPython's recursion limit with no node flags: f(998) from module level", () => {
    const r = cli(['run', file('deep.py', 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(998))\n')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('998\n');
    expect(r.status).toBe(0);
  });
  it('unbounded recursion is a RecursionError at the limit, catchable, then uncaught', () => {
    const src = 'import sys\ndef f(n):\n    return f(n + 1)\ndef depth(n):\n    try:\n        return depth(n + 1)\n    except RecursionError:\n        return n\nprint(depth(0))\nf(0)\n';
    const r = cli(['run', file('unbounded.py', src)]);
    expect(r.stdout).toBe('998\n'); // what python3 (3.11.7) prints
    expect(r.stderr.trimEnd().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.status).toBe(1);
  });
  it('reads the program from standard input', () => {
    const r = cli(['run', '-'], 'print(sum(range(5)))\n');
    expect(r.stdout).toBe('10\n');
  });
  it('a missing file and a usage error exit 2', () => {
    const r = cli(['run', join(dir, 'nope.py')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/can't open file .*nope\.py': No such file or directory/);
    expect(cli(['run']).status).toBe(2);
  });
});
