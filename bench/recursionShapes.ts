// The recursion shapes students write (issue #11), for bench/recursionDepth.ts: each is a
// definition and the call that starts it. `down` recurses from n to 0 (the bounded program prints
// what CPython prints for n = 990); `up` counts upward without end, recording in the global D the
// deepest level reached, so one run shows how many levels fit (CPython: its recursion limit;
// RefScope with the limit raised: the JavaScript stack).

export interface Shape {
  name: string;
  /** Python definitions; `LEVEL` stands for the code that records the current level n */
  defs: string;
  /** an expression that starts the recursion at level N (bounded) or from 1 upward (unbounded) */
  down: (n: number) => string;
  up: string;
}

// a definition body's `LEVEL` line: the unbounded run records the level, the bounded one skips it
const CM = `class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
`;

export const SHAPES: Shape[] = [
  {
    name: 'plain',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    return 1 + f(n + step, step)
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'if_else',
    defs: `def f(n, step):
    LEVEL
    if n != 0:
        return 1 + f(n + step, step)
    else:
        return 0
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'assign_return',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    r = f(n + step, step)
    return r + 1
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'visit_children',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    for c in [n + step]:
        f(c, step)
    return n
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'try_except',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    try:
        return 1 + f(n + step, step)
    except ValueError:
        return -1
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'try_finally',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    try:
        r = 1 + f(n + step, step)
    finally:
        n = None
    return r
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'for_loop',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    for x in [1]:
        return x + f(n + step, step)
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'while_loop',
    defs: `def f(n, step):
    LEVEL
    while n != 0:
        return 1 + f(n + step, step)
    return 0
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'with_block',
    defs: `${CM}
def f(n, step):
    LEVEL
    if n == 0:
        return 0
    with CM():
        return 1 + f(n + step, step)
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'method',
    defs: `class A:
    def f(self, n, step):
        LEVEL
        if n == 0:
            return 0
        return 1 + self.f(n + step, step)
`,
    down: (n) => `A().f(${n}, -1)`,
    up: 'A().f(1, 1)',
  },
  {
    name: 'init_linked_list',
    defs: `class Node:
    def __init__(self, n, step):
        LEVEL
        self.next = Node(n + step, step) if n != 0 else None

def length(node):
    k = 0
    while node is not None:
        k += 1
        node = node.next
    return k
`,
    down: (n) => `length(Node(${n}, -1))`,
    up: 'Node(1, 1)',
  },
  {
    name: 'listcomp',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    return 1 + [f(n + step, step) for _ in [1]][0]
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'genexpr_sum',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    return 1 + sum(f(n + step, step) for _ in [1])
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'repr',
    defs: `class R:
    def __init__(self, n, step):
        self.n = n
        self.step = step
    def __repr__(self):
        n = self.n
        LEVEL
        if n == 0:
            return '.'
        return '<' + repr(R(n + self.step, self.step))[:3] + '>'
`,
    down: (n) => `repr(R(${n}, -1))`,
    up: 'repr(R(1, 1))',
  },
  {
    name: 'eq',
    defs: `class E:
    def __init__(self, n, step):
        self.n = n
        self.step = step
    def __eq__(self, other):
        n = self.n
        LEVEL
        if n == 0:
            return True
        return E(n + self.step, self.step) == other
`,
    down: (n) => `E(${n}, -1) == 0`,
    up: 'E(1, 1) == 0',
  },
  {
    name: 'mutual',
    defs: `def f(n, step):
    LEVEL
    if n == 0:
        return 0
    return 1 + g(n + step, step)

def g(n, step):
    LEVEL
    if n == 0:
        return 0
    return 1 + f(n + step, step)
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'decorated',
    defs: `def deco(fn):
    def wrapper(*args, **kw):
        return fn(*args, **kw)
    return wrapper

@deco
def f(n, step):
    LEVEL
    if n == 0:
        return 0
    return 1 + f(n + step, step)
`,
    down: (n) => `f(${n}, -1)`,
    up: 'f(1, 1)',
  },
  {
    name: 'yield_from',
    defs: `def g(n, step):
    LEVEL
    yield n
    if n != 0:
        yield from g(n + step, step)
`,
    down: (n) => `sum(g(${n}, -1))`,
    up: 'sum(g(1, 1))',
  },
  {
    name: 'keywords',
    defs: `def f(n, step=1):
    LEVEL
    if n == 0:
        return 0
    return 1 + f(n=n + step, step=step)
`,
    down: (n) => `f(${n}, step=-1)`,
    up: 'f(1)',
  },
  {
    name: 'closure',
    defs: `def outer(step):
    def f(n):
        LEVEL
        if n == 0:
            return 0
        return 1 + f(n + step)
    return f
`,
    down: (n) => `outer(-1)(${n})`,
    up: 'outer(1)(1)',
  },
  {
    name: 'dunder_call',
    defs: `class C:
    def __init__(self, step):
        self.step = step
    def __call__(self, n):
        LEVEL
        if n == 0:
            return 0
        return 1 + self(n + self.step)
`,
    down: (n) => `C(-1)(${n})`,
    up: 'C(1)(1)',
  },
];

/** the bounded program: prints what the recursion returns for n levels */
export function boundedProgram(s: Shape, n: number): string {
  return `${s.defs.replace(/^( *)LEVEL\n/gm, '')}\nprint(${s.down(n)})\n`;
}

/** the unbounded program: prints the deepest level reached before the RecursionError */
export function unboundedProgram(s: Shape, limit: number | null): string {
  const defs = s.defs.replace(/^( *)LEVEL$/gm, '$1global D\n$1if n > D: D = n');
  const setLimit = limit === null ? '' : `import sys\nsys.setrecursionlimit(${limit})\n`;
  return `${setLimit}D = 0\n${defs}\ntry:\n    ${s.up}\nexcept RecursionError:\n    pass\nprint(D)\n`;
}
