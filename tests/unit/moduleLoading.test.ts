// Code loaded on first use (runtime/onDemand.ts withCode): modules on first import: a run that
// imports one before it is loaded is discarded, the code is loaded, and the program runs again;
// no `except` in the program sees the interruption.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/runtime/eval/interpreter';
import { registerModule } from '../../src/runtime/modules/registry';
import { importedNames, registerLoader, withCode } from '../../src/runtime/onDemand';
import { PyModule } from '../../src/runtime/objects/descriptors';

/** a module whose loader counts its loads and registers it only when called */
function lazyModule(name: string): { loads: number } {
  const counter = { loads: 0 };
  registerLoader(name, async () => {
    counter.loads++;
    registerModule(name, () => {
      const m = new PyModule(name);
      m.attrs.set('answer', 42);
      return m;
    });
  });
  return counter;
}

describe('modules loaded on first import', () => {
  it('finds the modules a source imports at a glance', () => {
    expect(importedNames('import gc\nfrom collections import deque\ndef f():\n    import a.b as c\nx = "import no"\n')).toEqual(['gc', 'collections', 'a']);
  });

  it('loads a module named in an import statement before the first attempt', async () => {
    const c = lazyModule('lazy_one');
    const src = 'import lazy_one\nprint(lazy_one.answer)\n';
    let attempts = 0;
    const r = await withCode(src, () => (attempts++, run(src)));
    expect([attempts, c.loads, r.stdout, r.exitCode]).toEqual([1, 1, '42\n', 0]);
  });

  it('runs again from the start when a hidden import needs a module, and no except sees it', async () => {
    const c = lazyModule('lazy_two');
    const src = 'print("start")\ntry:\n    exec("import lazy_two")\n    m = lazy_two\nexcept BaseException as e:\n    print("caught", type(e).__name__)\nelse:\n    print(m.answer)\n';
    let attempts = 0;
    const outs: string[] = [];
    const r = await withCode(src, () => {
      attempts++;
      const x = run(src);
      outs.push(x.stdout);
      return x;
    });
    expect(attempts).toBe(2);
    expect(c.loads).toBe(1);
    expect(outs[0]).toBe('start\n'); // the discarded attempt stopped at the import
    expect([r.stdout, r.exitCode]).toEqual(['start\n42\n', 0]);
  });

  it('a loader that does not register its module is an error, not an endless loop', async () => {
    registerLoader('lazy_broken', async () => undefined);
    const src = 'import lazy_broken\n';
    await expect(withCode(src, () => run(src))).rejects.toThrow(/did not make its code available/);
  });
});
