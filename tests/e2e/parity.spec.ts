// The page runs what the command line runs: CPython's recursion limit in the Web Worker, and a
// sample of the differential programs (ours, and the shared corpora when ../shared is there)
// opened by permalink, run to the last step, their output compared with CPython's recording.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import type { Playground } from './playground';

/** run the open program and go to its last step (shutdown included); the console's stdout */
async function runToLast(pg: Playground): Promise<{ stdout: string; stderr: string }> {
  await pg.run();
  const last = Number(await pg.stepCount().getAttribute('data-last'));
  // past the program's end (where Jump to end lands) to the end of shutdown
  await pg.page.getByRole('slider', { name: 'Timeline' }).fill(String(last));
  await expect.poll(() => pg.step()).toBe(last);
  return pg.page.getByTestId('console').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    const err = copy.querySelector('.stderr');
    const stderr = err?.textContent ?? '';
    err?.remove();
    return { stdout: copy.textContent ?? '', stderr };
  });
}

const RECURSE = 'def f(n):\n    if n == 0:\n        return 0\n    return 1 + f(n - 1)\n\nprint(f(990))\n';

test("f(990) prints 990 in the page, as in CPython", async ({ pg }) => {
  await pg.open(RECURSE);
  const out = await runToLast(pg);
  expect(out.stderr).toBe('');
  expect(out.stdout).toBe('990\n');
});

// The traceback of the first RecursionError (1,000 levels) is freed through the trashcan, link by
// link, as CPython's tb_dealloc does: freeing it recursively overflowed the worker's stack.
test('unbounded recursion is a RecursionError, twice in one program; a second Run works', async ({ pg }) => {
  const src =
    'def down(n):\n    return down(n + 1)\n\n' +
    'for attempt in range(2):\n    try:\n        down(0)\n    except RecursionError as e:\n        print(attempt, e)\n\n' +
    'down(0)\n';
  await pg.open(src);
  let out = await runToLast(pg);
  expect(out.stdout).toBe('0 maximum recursion depth exceeded\n1 maximum recursion depth exceeded\n');
  expect(out.stderr.trimEnd().split('\n').pop()).toBe('RecursionError: maximum recursion depth exceeded');
  out = await runToLast(pg);
  expect(out.stdout).toBe('0 maximum recursion depth exceeded\n1 maximum recursion depth exceeded\n');
});

// Issue #11: recursion through try, a for loop, a method, mutual calls, keywords, a closure and a
// decorator's wrapper reaches CPython's depth in the worker too (the shapes of
// bench/recursionShapes.ts; tests/diff/cases/recursion_*.py, their output recorded from CPython),
// and unbounded recursion inside for/try is CPython's RecursionError, not the worker's stack running out.
// recursion_page_thread goes deeper than the worker's stack holds (a generator expression, a list
// comprehension, try/finally, while): the client makes that run again on the page's own thread.
for (const name of ['recursion_shapes_deep', 'recursion_unbounded_try', 'recursion_page_thread']) {
  test(`deep recursion in the page as in CPython: ${name}`, async ({ pg }) => {
    const here = fileURLToPath(new URL('.', import.meta.url));
    const base = join(here, '../diff/cases', name);
    await pg.open(readFileSync(base + '.py', 'utf8'));
    const out = await runToLast(pg);
    expect(out.stdout).toBe(readFileSync(base + '.out', 'utf8'));
    const err = existsSync(base + '.err') ? readFileSync(base + '.err', 'utf8').trim() : '';
    expect(out.stderr.trimEnd().split('\n').pop() ?? '').toBe(err);
    await expect(pg.page.getByTestId('stack-limit')).toHaveCount(0);
    await expect(pg.page.getByTestId('page-thread')).toHaveCount(name === 'recursion_page_thread' ? 1 : 0);
  });
}

// The worker fetches the standard library's modules and the interpreter's rarer parts when a
// program first needs them (src/runtime/onDemand.ts): the seed fetches none of these, the program
// below needs each (a module imported only inside exec() makes the worker run it a second time),
// and its output is CPython's.
test('code fetched on first use: not before it is needed, and invisible in the output', async ({ pg }) => {
  const fetched: string[] = [];
  pg.page.on('request', (r) => fetched.push(r.url().split('/').pop() ?? ''));
  const lazy = /^(itertools|genStmt|patterns|matchAll|invalidAll|execEval|complexOps|metaclassCall|with|exceptions|callEx|frameAccess)-/;
  await pg.open();
  await pg.run();
  expect(fetched.filter((f) => lazy.test(f))).toEqual([]);
  const here = fileURLToPath(new URL('.', import.meta.url));
  const name = join(here, '../diff/cases/lazy_parts_first_use');
  await pg.page.goto('about:blank');
  await pg.open(readFileSync(name + '.py', 'utf8'));
  const out = await runToLast(pg);
  expect(out.stdout).toBe(readFileSync(name + '.out', 'utf8'));
  // (the generator compiler brings the with statement's: a generator body may hold one; exec()
  // brings the frame access its locals() needs)
  expect(new Set(fetched.filter((f) => lazy.test(f)).map((f) => f.split('-')[0]))).toEqual(new Set(['itertools', 'genStmt', 'with', 'exceptions', 'patterns', 'matchAll', 'invalidAll', 'execEval', 'frameAccess']));
  // complex arithmetic, a metaclass and type(name, bases, dict), the with statement, raise and
  // `super().__call__(*args)`: each stops the run where it is first reached (the compilers at
  // compile time)
  const more = join(here, '../diff/cases/lazy_parts_complex_meta_with');
  await pg.page.goto('about:blank');
  fetched.length = 0;
  await pg.open(readFileSync(more + '.py', 'utf8'));
  const out2 = await runToLast(pg);
  expect(out2.stdout).toBe(readFileSync(more + '.out', 'utf8'));
  expect(new Set(fetched.filter((f) => lazy.test(f)).map((f) => f.split('-')[0]))).toEqual(new Set(['complexOps', 'metaclassCall', 'with', 'exceptions', 'callEx']));
});

// every SAMPLE-th program of each corpus, in name order (deterministic)
const SAMPLE = 7;
const here = fileURLToPath(new URL('.', import.meta.url));
const corpora = [join(here, '../diff/cases'), join(here, '../../../shared/corpus'), join(here, '../../../shared/corpus-breadth')];
// the shared programs the engine is known to fail (the CLI's ratchet list) are not sampled
const knownFailures = new Set(
  readFileSync(join(here, '../corpora-known-failures.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split(/\s+/)[0]),
);
const mask = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');

for (const dir of corpora.filter((d) => existsSync(d))) {
  const names = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  // programs that do not compile show their SyntaxError in the editor, not as a run (page.spec.ts)
  const compiles = (f: string): boolean => {
    const err = join(dir, f.replace(/\.py$/, '.err'));
    return !existsSync(err) || !/^(SyntaxError|IndentationError|TabError)/m.test(readFileSync(err, 'utf8'));
  };
  const corpus = dir.split('/').pop()!;
  const sample = names.filter((_, i) => i % SAMPLE === 0).filter(compiles).filter((f) => !knownFailures.has(`${corpus}/${f.replace(/\.py$/, '')}`));
  test(`the page prints what CPython printed: ${sample.length} programs of ${dir.split('/').slice(-2).join('/')}`, async ({ pg }) => {
    test.setTimeout(30_000 + sample.length * 15_000);
    for (const f of sample) {
      const src = readFileSync(join(dir, f), 'utf8');
      const expected = readFileSync(join(dir, f.replace(/\.py$/, '.out')), 'utf8');
      // a fresh page per program (a permalink that differs only in its hash would not reload)
      await pg.page.goto('about:blank');
      await pg.open(src);
      const out = await runToLast(pg);
      expect(mask(out.stdout), f).toBe(mask(expected));
    }
  });
}
