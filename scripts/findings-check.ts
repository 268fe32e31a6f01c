import { run } from '../src/runtime/interpreter';
const cases: [string, string][] = [
  ['F9 del loop at exit', 'class A:\n    def __del__(self):\n        while True:\n            pass\na = A()\nprint("end")\n'],
  ['F9b finalize loop', 'import weakref\nclass A: pass\ndef f():\n    while True: pass\na = A()\nweakref.finalize(a, f)\n'],
  ['F3 deep expr', 'x = ' + Array(50000).fill('1').join('+') + '\nprint(x)\n'],
  ['F3b nested parens', 'x = ' + '('.repeat(300) + '1' + ')'.repeat(300) + '\n'],
  ['F11 sum huge', 'print(sum(range(10**9)))\n'],
  ['F1 list range', 'x = list(range(10**20))\n'],
  ['F1 max range', 'print(max(range(10**9)))\n'],
  ['F1 in iter', 'print(-1 in iter(range(10**9)))\n'],
  ['F1 lst *=', 'lst = [1]\nlst *= 10**20\n'],
  ['F2 str', 's = "ab" * 2**40\n'],
  ['F2b str doubling', 's = "x"\nwhile True:\n    s = s + s\n'],
  ['F8b empty tuple', 't = ()\nlist.append(t, 1)\nprint(t)\n'],
  ['F12', 'print(None.__eq__)\nprint((None).__init__)\n'],
  ['rec repr', 'class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n'],
  ['recursion tb', 'def f(n):\n    return f(n + 1)\nf(0)\n'],
];
for (const [name, src] of cases) {
  const t = performance.now();
  const r = run(src, { maxSteps: 20000, maxObjects: 20000 });
  const last = r.stderr.trim().split('\n').slice(-1)[0];
  console.log(`${name}: ${(performance.now() - t).toFixed(0)}ms exit=${r.exitCode} out=${JSON.stringify(r.stdout.slice(0, 60))} err=${last}`);
}
