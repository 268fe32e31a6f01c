// Parser tests for valid input: the AST built for expressions (literals, f-strings,
// precedence, displays, spans) and statements, compared with what CPython 3.11's parser
// (Grammar/python.gram via Parser/pegen.c) builds; then whole programs from the shared
// corpus. Syntax errors, recovery and unsupported constructs are tested in
// parserErrors.test.ts.

import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/python/parser';
import type { Assign, Expr, ExprStmt, FormattedValue, FunctionDef, Module, Stmt, With } from '../../src/python/ast';

// ---------- helpers ----------

function ok(src: string): Module {
  const r = parse(src);
  expect(r.errors).toEqual([]);
  return r.module;
}

function stmt(src: string): Stmt {
  const m = ok(src);
  expect(m.body.length).toBe(1);
  return m.body[0];
}

function expr(src: string): Expr {
  const s = stmt(src);
  if (s.kind !== 'ExprStmt') throw new Error(`not an expression statement: ${s.kind}`);
  return s.value;
}

/** Drop positions so shapes can be compared with toEqual. */
function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === 'line' || k === 'col' || k === 'endLine' || k === 'endCol' || k === 'span') continue;
      if ((k === 'annotation' || k === 'returns') && v === null) continue;
      out[k] = strip(v);
    }
    return out;
  }
  return x;
}

/** A compact prefix rendering of an expression, for precedence tests. */
function sx(e: Expr | null): string {
  if (!e) return '_';
  switch (e.kind) {
    case 'Int': case 'Float': return String(e.value);
    case 'Str': return JSON.stringify(e.value);
    case 'Bool': return e.value ? 'True' : 'False';
    case 'None': return 'None';
    case 'Name': return e.id;
    case 'BinOp': return `(${e.op} ${sx(e.left)} ${sx(e.right)})`;
    case 'UnaryOp': return `(${e.op} ${sx(e.operand)})`;
    case 'BoolOp': return `(${e.op} ${e.values.map(sx).join(' ')})`;
    case 'Compare': return `(${[sx(e.left), ...e.ops.map((o, i) => `${o} ${sx(e.comparators[i])}`)].join(' ')})`;
    case 'IfExp': return `(if ${sx(e.test)} ${sx(e.body)} ${sx(e.orelse)})`;
    case 'Call': return `(call ${sx(e.func)}${e.args.map((a) => ' ' + sx(a)).join('')}${e.keywords.map((k) => ` ${k.name ?? '**'}=${sx(k.value)}`).join('')})`;
    case 'Attribute': return `(. ${sx(e.value)} ${e.attr})`;
    case 'Subscript': return `([] ${sx(e.value)} ${sx(e.index)})`;
    case 'Slice': return `(: ${sx(e.lower)} ${sx(e.upper)} ${sx(e.step)})`;
    case 'Starred': return `(* ${sx(e.value)})`;
    case 'Tuple': return `(tuple${e.elts.map((x) => ' ' + sx(x)).join('')})`;
    case 'List': return `[${e.elts.map(sx).join(' ')}]`;
    case 'Set': return `{${e.elts.map(sx).join(' ')}}`;
    case 'Dict': return `{${e.keys.map((k, i) => `${k ? sx(k) : '**'}:${sx(e.values[i])}`).join(' ')}}`;
    case 'Lambda': return `(lambda ${sx(e.body)})`;
    case 'Comprehension': return `(${e.type}comp ${sx(e.elt)})`;
    case 'FString': return 'f' + JSON.stringify(e.parts.map((p) => (typeof p === 'string' ? p : `{${sx(p.expr)}}`)).join(''));
    case 'Yield': return `(yield ${sx(e.value)})`;
    case 'YieldFrom': return `(yieldfrom ${sx(e.value)})`;
    case 'NamedExpr': return `(:= ${e.target.id} ${sx(e.value)})`;
    case 'Ellipsis': return '...';
    case 'Imag': return `${e.value}j`;
  }
}

// ---------- expressions ----------

describe('parser: literals', () => {
  it('parses ints, keeping big ones exact as bigint', () => {
    expect(strip(expr('42'))).toEqual({ kind: 'Int', value: 42 });
    expect(strip(expr('1_000_000'))).toEqual({ kind: 'Int', value: 1000000 });
    expect(strip(expr('0xFF'))).toEqual({ kind: 'Int', value: 255 });
    expect(strip(expr('0o17'))).toEqual({ kind: 'Int', value: 15 });
    expect(strip(expr('0b101'))).toEqual({ kind: 'Int', value: 5 });
    expect(strip(expr('9007199254740991'))).toEqual({ kind: 'Int', value: 9007199254740991 });
    expect(strip(expr('9007199254740992'))).toEqual({ kind: 'Int', value: 9007199254740992n });
    expect(strip(expr('123456789012345678901234567890'))).toEqual({ kind: 'Int', value: 123456789012345678901234567890n });
    expect(strip(expr('0x_dead_beef_dead_beef_dead'))).toEqual({ kind: 'Int', value: 0xdeadbeefdeadbeefdeadn });
  });

  it('parses floats', () => {
    expect(strip(expr('1.5'))).toEqual({ kind: 'Float', value: 1.5 });
    expect(strip(expr('.5'))).toEqual({ kind: 'Float', value: 0.5 });
    expect(strip(expr('5.'))).toEqual({ kind: 'Float', value: 5 });
    expect(strip(expr('1e5'))).toEqual({ kind: 'Float', value: 100000 });
    expect(strip(expr('1_0.2_5e-1_0'))).toEqual({ kind: 'Float', value: 10.25e-10 });
  });

  it('parses True, False, None and names', () => {
    expect(strip(expr('True'))).toEqual({ kind: 'Bool', value: true });
    expect(strip(expr('False'))).toEqual({ kind: 'Bool', value: false });
    expect(strip(expr('None'))).toEqual({ kind: 'None' });
    expect(strip(expr('spam'))).toEqual({ kind: 'Name', id: 'spam' });
  });

  it('concatenates adjacent string literals', () => {
    expect(strip(expr("'a' \"b\" '''c'''"))).toEqual({ kind: 'Str', value: 'abc' });
    expect(strip(expr("('a'\n 'b')"))).toEqual({ kind: 'Str', value: 'ab' });
    expect(strip(expr(String.raw`r'\d' '\t'`))).toEqual({ kind: 'Str', value: '\\d\t' });
  });
});

describe('parser: f-strings', () => {
  const fparts = (src: string) => {
    const e = expr(src);
    if (e.kind !== 'FString') throw new Error(e.kind);
    return strip(e.parts);
  };

  it('splits literal text and replacement fields', () => {
    expect(fparts('f"a{x}b{y + 1}"')).toEqual([
      'a', { expr: { kind: 'Name', id: 'x' }, conversion: '', spec: null, selfDoc: null },
      'b', { expr: { kind: 'BinOp', op: '+', left: { kind: 'Name', id: 'y' }, right: { kind: 'Int', value: 1 } }, conversion: '', spec: null, selfDoc: null },
    ]);
  });

  it('handles conversions, specs with nested fields, and {{ }}', () => {
    const p = fparts('f"{{{x!r:>{w}.{p}f}}}"') as (string | FormattedValue)[];
    expect(p[0]).toBe('{');
    expect(p[2]).toBe('}');
    expect(p[1]).toEqual({
      expr: { kind: 'Name', id: 'x' },
      conversion: 'r',
      spec: [
        '>', { expr: { kind: 'Name', id: 'w' }, conversion: '', spec: null, selfDoc: null },
        '.', { expr: { kind: 'Name', id: 'p' }, conversion: '', spec: null, selfDoc: null }, 'f',
      ],
      selfDoc: null,
    });
    expect((fparts('f"{x!s}{x!a}"') as FormattedValue[]).map((f) => f.conversion)).toEqual(['s', 'a']);
  });

  it('keeps the text of self-documenting fields (and defaults them to repr)', () => {
    expect(fparts('f"{x=}"')).toEqual([{ expr: { kind: 'Name', id: 'x' }, conversion: 'r', spec: null, selfDoc: 'x=' }]);
    expect(fparts('f"{ x = }"')).toEqual([{ expr: { kind: 'Name', id: 'x' }, conversion: 'r', spec: null, selfDoc: ' x = ' }]);
    expect(fparts('f"{x=:>5}"')).toMatchObject([{ conversion: '', spec: ['>5'], selfDoc: 'x=' }]);
  });

  it('parses nested quotes, != inside fields, and nested f-strings', () => {
    expect(sx(expr(`f"{d['k']}"`))).toBe('f"{([] d \\"k\\")}"');
    expect(sx(expr('f"{a != b}"'))).toBe('f"{(a != b)}"');
    expect(sx(expr(`f"{f'{x}'}"`))).toBe('f"{f\\"{x}\\"}"');
  });

  it('mixes f-strings and plain strings in one concatenation', () => {
    expect(fparts('"a" f"{x}" \'c\' f"d"')).toEqual(['a', { expr: { kind: 'Name', id: 'x' }, conversion: '', spec: null, selfDoc: null }, 'cd']);
    expect(fparts('f""')).toEqual([]);
  });

  it('decodes escapes in the literal parts, not in raw f-strings', () => {
    expect(fparts('f"a\\tb{x}"')).toMatchObject(['a\tb', {}]);
    expect(fparts('rf"a\\tb{x}"')).toMatchObject(['a\\tb', {}]);
  });

  it('gives field expressions their real source positions', () => {
    const e = expr('x = 1\nf"ab{yy}"'.split('\n')[1]);
    const fv = (e as { parts: FormattedValue[] }).parts[1];
    expect([fv.expr.line, fv.expr.col, fv.expr.endCol]).toEqual([1, 5, 7]);
  });
});

describe('parser: operators and precedence', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['1 - 2 - 3', '(- (- 1 2) 3)'],
    ['2 ** 3 ** 2', '(** 2 (** 3 2))'],
    ['-2 ** 2', '(- (** 2 2))'],
    ['2 ** -1', '(** 2 (- 1))'],
    ['-x.y', '(- (. x y))'],
    ['~a + +b', '(+ (~ a) (+ b))'],
    ['a // b % c @ d / e * f', '(* (/ (@ (% (// a b) c) d) e) f)'],
    ['a | b ^ c & d << e + f', '(| a (^ b (& c (<< d (+ e f)))))'],
    ['a >> b << c', '(<< (>> a b) c)'],
    ['a < b <= c == d != e > f >= g', '(a < b <= c == d != e > f >= g)'],
    ['a in b not in c is d is not e', '(a in b not in c is d is not e)'],
    ['not a == b', '(not (a == b))'],
    ['not not a', '(not (not a))'],
    ['a or b and not c', '(or a (and b (not c)))'],
    ['a and b and c or d or e', '(or (and a b c) d e)'],
    ['a | b == c', '((| a b) == c)'],
    ['x if a or b else y', '(if (or a b) x y)'],
    ['x if a else y if b else z', '(if a x (if b y z))'],
    ['lambda: a if b else c', '(lambda (if b a c))'],
    ['f(x)(y)[0].z', '(. ([] (call (call f x) y) 0) z)'],
    ['a.b.c(d, *e, f=g, **h)', '(call (. (. a b) c) d (* e) f=g **=h)'],
    ['f(a, *b, c=1, *d)', '(call f a (* b) (* d) c=1)'],
    ['f(x for x in y)', '(call f (gencomp x))'],
    ['await_ - 1', '(- await_ 1)'],
  ];
  for (const [src, want] of cases) {
    it(src, () => expect(sx(expr(src))).toBe(want));
  }
});

describe('parser: displays, subscripts and comprehensions', () => {
  it('parses tuples with and without parentheses', () => {
    expect(sx(expr('()'))).toBe('(tuple)');
    expect(sx(expr('(1,)'))).toBe('(tuple 1)');
    expect(sx(expr('(1)'))).toBe('1');
    expect(sx(expr('1, 2'))).toBe('(tuple 1 2)');
    expect(sx(expr('1,'))).toBe('(tuple 1)');
    expect(sx(expr('*a, b'))).toBe('(tuple (* a) b)');
  });

  it('parses lists, sets and dicts', () => {
    expect(sx(expr('[]'))).toBe('[]');
    expect(sx(expr('[1, *a, 2,]'))).toBe('[1 (* a) 2]');
    expect(sx(expr('{1, 2}'))).toBe('{1 2}');
    expect(sx(expr('{}'))).toBe('{}');
    expect(strip(expr('{1: 2, **d, 3: 4}'))).toEqual({
      kind: 'Dict',
      keys: [{ kind: 'Int', value: 1 }, null, { kind: 'Int', value: 3 }],
      values: [{ kind: 'Int', value: 2 }, { kind: 'Name', id: 'd' }, { kind: 'Int', value: 4 }],
    });
  });

  it('parses subscripts and slices', () => {
    expect(sx(expr('a[1]'))).toBe('([] a 1)');
    expect(sx(expr('a[1:2:3]'))).toBe('([] a (: 1 2 3))');
    expect(sx(expr('a[:]'))).toBe('([] a (: _ _ _))');
    expect(sx(expr('a[::-1]'))).toBe('([] a (: _ _ (- 1)))');
    expect(sx(expr('a[1:]'))).toBe('([] a (: 1 _ _))');
    expect(sx(expr('a[:2]'))).toBe('([] a (: _ 2 _))');
    expect(sx(expr('a[1, 2]'))).toBe('([] a (tuple 1 2))');
    expect(sx(expr('a[1:2, ::3]'))).toBe('([] a (tuple (: 1 2 _) (: _ _ 3)))');
    expect(sx(expr('a[1,]'))).toBe('([] a (tuple 1))');
  });

  it('parses comprehensions with several for and if clauses', () => {
    const c = expr('[x * y for x in a if x for y in b if y if x < y]');
    expect(c.kind).toBe('Comprehension');
    expect(strip(c)).toEqual({
      kind: 'Comprehension', type: 'list',
      elt: { kind: 'BinOp', op: '*', left: { kind: 'Name', id: 'x' }, right: { kind: 'Name', id: 'y' } },
      value: null,
      generators: [
        { target: { kind: 'Name', id: 'x' }, iter: { kind: 'Name', id: 'a' }, ifs: [{ kind: 'Name', id: 'x' }] },
        {
          target: { kind: 'Name', id: 'y' }, iter: { kind: 'Name', id: 'b' },
          ifs: [{ kind: 'Name', id: 'y' }, { kind: 'Compare', left: { kind: 'Name', id: 'x' }, ops: ['<'], comparators: [{ kind: 'Name', id: 'y' }] }],
        },
      ],
    });
    expect(strip(expr('{k: v for k, v in d}'))).toMatchObject({
      type: 'dict', elt: { id: 'k' }, value: { id: 'v' },
      generators: [{ target: { kind: 'Tuple', elts: [{ id: 'k' }, { id: 'v' }] } }],
    });
    expect(strip(expr('{x for x in s}'))).toMatchObject({ type: 'set' });
    expect(strip(expr('(x for x in s)'))).toMatchObject({ type: 'gen' });
    expect(sx(expr('sum(x for x in y)'))).toBe('(call sum (gencomp x))');
  });

  it('parses lambdas with defaults, *args, keyword-only and **kwargs', () => {
    const l = expr('lambda a, b=1, *c, d, e=2, **f: a');
    expect(strip(l)).toEqual({
      kind: 'Lambda',
      args: {
        args: [{ name: 'a', default: null }, { name: 'b', default: { kind: 'Int', value: 1 } }],
        vararg: { name: 'c', default: null },
        kwonly: [{ name: 'd', default: null }, { name: 'e', default: { kind: 'Int', value: 2 } }],
        kwarg: { name: 'f', default: null },
      },
      body: { kind: 'Name', id: 'a' },
    });
    expect(strip(expr('lambda: 0'))).toEqual({ kind: 'Lambda', args: { args: [], vararg: null, kwonly: [], kwarg: null }, body: { kind: 'Int', value: 0 } });
  });

  it('records call keywords with their spans', () => {
    const c = expr('f(a, k=1, **kw)');
    if (c.kind !== 'Call') throw new Error();
    expect(c.keywords.map((k) => [k.name, k.span.col, k.span.endCol])).toEqual([['k', 5, 8], [null, 10, 14]]);
  });
});

describe('parser: spans', () => {
  it('gives every node CPython-style positions', () => {
    const m = ok('x = foo(1,\n        2) + y\n');
    const s = m.body[0];
    expect([s.line, s.col, s.endLine, s.endCol]).toEqual([1, 0, 2, 14]);
    if (s.kind !== 'Assign') throw new Error();
    const v = s.value;
    expect([v.line, v.col, v.endLine, v.endCol]).toEqual([1, 4, 2, 14]);
  });

  it('ends compound statements at their last token, not at the NEWLINE/DEDENT', () => {
    const s = ok('if x:\n    y = 1\n\nz = 2\n').body[0];
    expect([s.line, s.col, s.endLine, s.endCol]).toEqual([1, 0, 2, 9]);
  });

  it('starts a decorated function at def, like CPython', () => {
    const s = ok('@dec\ndef f(): pass\n').body[0];
    expect([s.line, s.col]).toEqual([2, 0]);
  });
});

// ---------- statements ----------

describe('parser: simple statements', () => {
  it('parses assignments, including chained and unpacking targets', () => {
    expect(strip(stmt('a = b = 1'))).toEqual({
      kind: 'Assign', targets: [{ kind: 'Name', id: 'a' }, { kind: 'Name', id: 'b' }], value: { kind: 'Int', value: 1 },
    });
    const s = stmt('a, (b, *c), [d.e, f[0]] = x');
    expect(s.kind === 'Assign' && sx(s.targets[0])).toBe('(tuple a (tuple b (* c)) [(. d e) ([] f 0)])');
    expect(strip(stmt('x = 1, 2'))).toMatchObject({ value: { kind: 'Tuple' } });
    expect(strip(stmt('x = *a, b'))).toMatchObject({ value: { kind: 'Tuple', elts: [{ kind: 'Starred' }, {}] } });
  });

  it('parses augmented assignment with every operator', () => {
    const ops = ['+', '-', '*', '@', '/', '%', '&', '|', '^', '<<', '>>', '**', '//'];
    for (const op of ops) expect(strip(stmt(`x.y ${op}= 2`))).toMatchObject({ kind: 'AugAssign', op, target: { kind: 'Attribute' } });
  });

  it('parses annotated assignment with its annotation (simple: a bare name)', () => {
    expect(strip(stmt('x: int = 3'))).toEqual({ kind: 'AnnAssign', target: { kind: 'Name', id: 'x' }, value: { kind: 'Int', value: 3 }, annotation: { kind: 'Name', id: 'int' }, simple: true });
    expect(strip(stmt('self.x: list[int]'))).toMatchObject({ kind: 'AnnAssign', target: { kind: 'Attribute' }, value: null, simple: false });
    expect(strip(stmt('(y): int'))).toMatchObject({ kind: 'AnnAssign', target: { kind: 'Name', id: 'y' }, simple: false });
  });

  it('parses del, pass, break, continue, return, raise, assert, global, nonlocal', () => {
    expect(strip(stmt('del a, b[0], c.d'))).toMatchObject({ kind: 'Delete', targets: [{ kind: 'Name' }, { kind: 'Subscript' }, { kind: 'Attribute' }] });
    expect(strip(stmt('del (a, b)'))).toMatchObject({ kind: 'Delete', targets: [{ kind: 'Tuple' }] });
    expect(strip(stmt('pass'))).toEqual({ kind: 'Pass' });
    const loop = ok('while x:\n    break\n    continue\n').body[0];
    expect(loop.kind === 'While' && loop.body.map((b) => b.kind)).toEqual(['Break', 'Continue']);
    const f = ok('def f():\n    return\n    return 1, 2\n').body[0];
    expect(f.kind === 'FunctionDef' && strip(f.body)).toEqual([
      { kind: 'Return', value: null },
      { kind: 'Return', value: { kind: 'Tuple', elts: [{ kind: 'Int', value: 1 }, { kind: 'Int', value: 2 }] } },
    ]);
    expect(strip(stmt('raise'))).toEqual({ kind: 'Raise', exc: null, cause: null });
    expect(strip(stmt('raise E("x") from None'))).toMatchObject({ kind: 'Raise', exc: { kind: 'Call' }, cause: { kind: 'None' } });
    expect(strip(stmt('assert x, "msg"'))).toEqual({ kind: 'Assert', test: { kind: 'Name', id: 'x' }, msg: { kind: 'Str', value: 'msg' } });
    expect(strip(stmt('assert x'))).toEqual({ kind: 'Assert', test: { kind: 'Name', id: 'x' }, msg: null });
    expect(strip(stmt('global a, b'))).toEqual({ kind: 'Global', names: ['a', 'b'] });
    const g = ok('def f():\n    x = 1\n    def g():\n        nonlocal x\n').body[0];
    expect(g.kind === 'FunctionDef' && strip(g.body[1])).toMatchObject({ body: [{ kind: 'Nonlocal', names: ['x'] }] });
  });

  it('parses imports', () => {
    expect(strip(stmt('import sys, gc as g, a.b.c, a.b as d'))).toEqual({
      kind: 'Import',
      names: [
        { name: 'sys', asname: null }, { name: 'gc', asname: 'g' }, { name: 'a.b.c', asname: null }, { name: 'a.b', asname: 'd' },
      ],
    });
    expect(strip(stmt('from weakref import ref, proxy as p'))).toEqual({
      kind: 'ImportFrom', module: 'weakref', names: [{ name: 'ref', asname: null }, { name: 'proxy', asname: 'p' }],
    });
    expect(strip(stmt('from a.b import (c,\n  d,)'))).toEqual({
      kind: 'ImportFrom', module: 'a.b', names: [{ name: 'c', asname: null }, { name: 'd', asname: null }],
    });
  });

  it('parses semicolon-separated statements', () => {
    expect(ok('a = 1; b = 2; pass;\n').body.map((s) => s.kind)).toEqual(['Assign', 'Assign', 'Pass']);
  });

  it('parses expression statements', () => {
    expect(strip(stmt('print("hi")'))).toMatchObject({ kind: 'ExprStmt', value: { kind: 'Call' } });
  });
});

describe('parser: compound statements', () => {
  it('parses if / elif / else as nested Ifs', () => {
    const s = stmt('if a:\n    x\nelif b:\n    y\nelse:\n    z\n');
    expect(strip(s)).toEqual({
      kind: 'If', test: { kind: 'Name', id: 'a' },
      body: [{ kind: 'ExprStmt', value: { kind: 'Name', id: 'x' } }],
      orelse: [{
        kind: 'If', test: { kind: 'Name', id: 'b' },
        body: [{ kind: 'ExprStmt', value: { kind: 'Name', id: 'y' } }],
        orelse: [{ kind: 'ExprStmt', value: { kind: 'Name', id: 'z' } }],
      }],
    });
  });

  it('parses one-line bodies', () => {
    expect(strip(stmt('if x: y = 1; z = 2'))).toMatchObject({ kind: 'If', body: [{ kind: 'Assign' }, { kind: 'Assign' }] });
    expect(strip(stmt('while x: pass'))).toMatchObject({ kind: 'While', body: [{ kind: 'Pass' }] });
  });

  it('parses while/else and for/else', () => {
    expect(strip(stmt('while a:\n    pass\nelse:\n    b\n'))).toMatchObject({ kind: 'While', orelse: [{ kind: 'ExprStmt' }] });
    const f = stmt('for i, (j, k) in pairs:\n    pass\nelse:\n    done()\n');
    expect(f.kind === 'For' && sx(f.target)).toBe('(tuple i (tuple j k))');
    expect(strip(f)).toMatchObject({ iter: { id: 'pairs' }, orelse: [{ kind: 'ExprStmt' }] });
    expect(strip(stmt('for x in 1, 2: pass'))).toMatchObject({ iter: { kind: 'Tuple' } });
  });

  it('parses function definitions with every kind of parameter', () => {
    const f = stmt('def f(a, /, b, c=1, *args, d, e=2, **kw):\n    pass\n');
    expect(f.kind).toBe('FunctionDef');
    if (f.kind !== 'FunctionDef') return;
    expect(f.name).toBe('f');
    expect(strip(f.args)).toEqual({
      args: [{ name: 'a', default: null }, { name: 'b', default: null }, { name: 'c', default: { kind: 'Int', value: 1 } }],
      vararg: { name: 'args', default: null },
      kwonly: [{ name: 'd', default: null }, { name: 'e', default: { kind: 'Int', value: 2 } }],
      kwarg: { name: 'kw', default: null },
    });
    expect(f.args.args[0].span).toEqual({ line: 1, col: 6, endLine: 1, endCol: 7 });
    const g = stmt('def g(*, k): pass');
    expect(g.kind === 'FunctionDef' && strip(g.args)).toEqual({ args: [], vararg: null, kwonly: [{ name: 'k', default: null }], kwarg: null });
  });

  it('accepts and drops annotations', () => {
    const f = stmt('def f(a: int, b: "str" = "x", *c: int) -> list[int]:\n    pass\n');
    expect(f.kind === 'FunctionDef' && strip(f.args)).toMatchObject({ args: [{ name: 'a' }, { name: 'b', default: { value: 'x' } }], vararg: { name: 'c' } });
  });

  it('parses decorators, which may be any expression', () => {
    const f = stmt('@staticmethod\n@a.b(1)\n@(lambda f: f)\ndef f(): pass\n');
    expect(f.kind === 'FunctionDef' && f.decorators.map(sx)).toEqual(['staticmethod', '(call (. a b) 1)', '(lambda f)']);
    const c = stmt('@dataclass\nclass C: pass\n');
    expect(c.kind === 'ClassDef' && c.decorators.map(sx)).toEqual(['dataclass']);
  });

  it('parses classes with bases and keywords', () => {
    expect(strip(stmt('class A(B, C, metaclass=M):\n    x = 1\n'))).toEqual({
      kind: 'ClassDef', name: 'A',
      bases: [{ kind: 'Name', id: 'B' }, { kind: 'Name', id: 'C' }],
      keywords: [{ name: 'metaclass', value: { kind: 'Name', id: 'M' } }],
      body: [{ kind: 'Assign', targets: [{ kind: 'Name', id: 'x' }], value: { kind: 'Int', value: 1 } }],
      decorators: [],
    });
    expect(strip(stmt('class A(): pass'))).toMatchObject({ bases: [], keywords: [] });
    expect(strip(stmt('class A: pass'))).toMatchObject({ bases: [], keywords: [] });
  });

  it('parses try / except / else / finally', () => {
    const t = stmt(
      'try:\n    a\nexcept ValueError as e:\n    b\nexcept (A, B) as e2:\n    c\nexcept E:\n    d\nexcept:\n    e\nelse:\n    f\nfinally:\n    g\n',
    );
    expect(t.kind).toBe('Try');
    if (t.kind !== 'Try') return;
    expect(t.handlers.map((h) => [h.type ? sx(h.type) : null, h.name, h.body.length])).toEqual([
      ['ValueError', 'e', 1], ['(tuple A B)', 'e2', 1], ['E', null, 1], [null, null, 1],
    ]);
    expect(t.handlers[0].line).toBe(3);
    expect(t.orelse.length).toBe(1);
    expect(t.finalbody.length).toBe(1);
    expect(strip(stmt('try:\n    a\nfinally:\n    b\n'))).toMatchObject({ handlers: [], orelse: [], finalbody: [{}] });
  });
});

// ---------- the corpus ----------

const CORPUS = '/work/shared/corpus';

describe('parser: the shared corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.py'));
  it('has cases', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    it(f, () => expect(parse(readFileSync(join(CORPUS, f), 'utf8')).errors).toEqual([]));
  }
});

describe('parser: a long file', () => {
  // (its speed is a benchmark's business, never a unit test's: npm run bench)
  it('parses a 2,000-line file made of the corpus programs, with no error', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    let src = '';
    while (src.split('\n').length < 2000) src += files[src.length % files.length] + '\n';
    const r = parse(src);
    expect(r.errors).toEqual([]);
    expect(r.module.body.length).toBeGreaterThan(500);
  });
});

describe('parser: generators and with', () => {
  it('parses yield, yield from and with into their own nodes, marking generator scopes', () => {
    const r = parse('def g(a):\n    x = yield a, 1\n    yield from x\n    with p as q, r:\n        yield\ndef h():\n    return lambda: (yield)\n');
    expect(r.errors).toEqual([]);
    const g = r.module.body[0] as FunctionDef;
    expect(sx((g.body[0] as Assign).value)).toBe('(yield (tuple a 1))');
    expect(sx((g.body[1] as ExprStmt).value)).toBe('(yieldfrom x)');
    const w = g.body[2] as With;
    expect([w.kind, w.isAsync, w.items.map((i) => [sx(i.context), sx(i.target)]), w.body.length]).toEqual(['With', false, [['p', 'q'], ['r', '_']], 1]);
    const scopes = r.symtable!.root.children;
    expect(scopes.map((s) => [s.name, s.generator])).toEqual([['g', true], ['h', false]]);
    expect(scopes[1].children.map((s) => [s.name, s.generator])).toEqual([['<lambda>', true]]);
  });
});
