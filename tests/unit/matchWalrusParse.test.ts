// The match statement's patterns, the walrus operator and `...` as AST nodes, and the
// symbol table's scoping of walrus targets in comprehensions (symtable_extend_namedexpr_scope).
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/python/parser';
import type { Match, Pattern } from '../../src/python/ast';

function strip(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(strip);
  if (x && typeof x === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === 'line' || k === 'col' || k === 'endLine' || k === 'endCol' || k === 'span') continue;
      out[k] = strip(v);
    }
    return out;
  }
  return x;
}

function firstPattern(src: string): Pattern {
  const r = parse(`match s:\n    case ${src}:\n        pass\n`);
  expect(r.errors).toEqual([]);
  return (r.module.body[0] as Match).cases[0].pattern;
}

describe('match patterns', () => {
  it('builds every pattern kind', () => {
    expect(strip(firstPattern('1 | -2 | None'))).toEqual({
      kind: 'MatchOr',
      patterns: [
        { kind: 'MatchValue', value: { kind: 'Int', value: 1 } },
        { kind: 'MatchValue', value: { kind: 'UnaryOp', op: '-', operand: { kind: 'Int', value: 2 } } },
        { kind: 'MatchSingleton', value: null },
      ],
    });
    expect(strip(firstPattern('[a, *_, (b as c)]'))).toEqual({
      kind: 'MatchSequence',
      patterns: [
        { kind: 'MatchAs', pattern: null, name: 'a' },
        { kind: 'MatchStar', name: null },
        { kind: 'MatchAs', pattern: { kind: 'MatchAs', pattern: null, name: 'b' }, name: 'c' },
      ],
    });
    expect(strip(firstPattern('{"k": _, m.K: 3, **rest}'))).toMatchObject({
      kind: 'MatchMapping',
      keys: [{ kind: 'Str', value: 'k' }, { kind: 'Attribute', attr: 'K' }],
      rest: 'rest',
    });
    expect(strip(firstPattern('mod.P(1, y=z)'))).toMatchObject({
      kind: 'MatchClass',
      cls: { kind: 'Attribute', value: { kind: 'Name', id: 'mod' }, attr: 'P' },
      patterns: [{ kind: 'MatchValue' }],
      kwdAttrs: ['y'],
      kwdPatterns: [{ kind: 'MatchAs', name: 'z' }],
    });
    expect(strip(firstPattern('1 + 2j'))).toMatchObject({ kind: 'MatchValue', value: { kind: 'BinOp', op: '+', right: { kind: 'Imag', value: 2 } } });
  });

  it('keeps the guard and the subject tuple', () => {
    const m = parse('match a, b:\n    case x if x:\n        pass\n').module.body[0] as Match;
    expect(m.subject.kind).toBe('Tuple');
    expect(m.cases[0].guard).toMatchObject({ kind: 'Name', id: 'x' });
  });

  it("reports compile.c's pattern errors", () => {
    const err = (src: string): unknown => {
      const e = parse(src).errors[0];
      return e && [e.message, e.line, e.col];
    };
    // recorded from python3.11: compile(src, '<t>', 'exec') raising SyntaxError (offset is col + 1)
    expect(err('match x:\n case y: pass\n case 1: pass\n')).toEqual(["name capture 'y' makes remaining patterns unreachable", 2, 6]);
    expect(err('match x:\n case [y, y]: pass\n')).toEqual(["multiple assignments to name 'y' in pattern", 2, 10]);
    expect(err('match x:\n case [a] | [b]: pass\n')).toEqual(['alternative patterns bind different names', 2, 13]);
    expect(err('match x:\n case {1: 3, True: 3}: pass\n')).toEqual(['mapping pattern checks duplicate key (True)', 2, 6]);
  });
});

describe('walrus and ellipsis', () => {
  it('parses NamedExpr and Ellipsis nodes', () => {
    const r = parse('(n := ...)\n');
    expect(r.errors).toEqual([]);
    expect(strip(r.module.body[0])).toEqual({ kind: 'ExprStmt', value: { kind: 'NamedExpr', target: { kind: 'Name', id: 'n' }, value: { kind: 'Ellipsis' } } });
  });

  it('binds a comprehension walrus in the enclosing function (a cell there, free in the comprehension)', () => {
    const r = parse('def f(xs):\n    return [y := x for x in xs], y\n');
    expect(r.errors).toEqual([]);
    const fn = r.symtable!.root.children[0];
    const comp = fn.children[0];
    expect(fn.kindOf('y')).toBe('cell');
    expect(comp.kindOf('y')).toBe('free');
    expect(comp.kindOf('x')).toBe('local');
  });

  it('binds a module-level comprehension walrus as a global', () => {
    const r = parse('[y := x for x in range(3)]\n');
    expect(r.symtable!.root.children[0].kindOf('y')).toBe('global');
  });

  it('reports the scoping errors', () => {
    const msg = (src: string): string | undefined => parse(src).errors[0]?.message;
    expect(msg('[i := 0 for i in range(3)]\n')).toBe("assignment expression cannot rebind comprehension iteration variable 'i'");
    expect(msg('[x for x in (y := [1, 2])]\n')).toBe('assignment expression cannot be used in a comprehension iterable expression');
    expect(msg('class C:\n    [(q := 1) for _ in range(2)]\n')).toBe('assignment expression within a comprehension cannot be used in a class body');
    expect(msg('[j for i in range(2) if (j := i) for j in range(2)]\n')).toBe("comprehension inner loop cannot rebind assignment expression target 'j'");
  });
});
