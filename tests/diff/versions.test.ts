// Per-version differential tests: every program in tests/diff/versions under each version mode
// against the output recorded from that CPython (NAME.out 3.11.7, NAME.out-3.12 3.12.1,
// NAME.out-3.13 3.13.0, NAME.out-3.14 3.14.2 by `bash scripts/gen-expected.sh all`), and every
// program in tests/diff/versions/legacy under --legacy-finalizers against CPython 2.7.18.
// Known differences, each with its reason, are listed in KNOWN below.

import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run } from '../../src/runtime/eval/interpreter';
import { PROFILES, type PyVersion } from '../../src/runtime/versions';

const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
const lastLine = (s: string) => {
  const lines = s.split('\n').filter((l) => l.trim() !== '');
  return lines.length ? lines[lines.length - 1].replace(/\r/g, '') : '';
};

const casesIn = (d: string): string[] =>
  existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort() : [];

/** version/NAME: why RefScope does not match the recorded output yet */
const KNOWN: Record<string, string> = {
  '3.11/v_imm_containers': '3.11 counts references to None/True/small ints/short strings: RefScope raises NotImplementedError (the lead adds it)',
  '3.14/v_gc_startup_freelists': "the 3.14.2 oracle (Pyodide) runs 3.14.0-3.14.4's incremental collector, which counts and collects differently; RefScope's 3.14 has 3.14.5's generational one",
};

function check(dir: string, name: string, suffix: string, opts: { version: (typeof PROFILES)[PyVersion]; legacyFinalizers?: boolean }): void {
  const src = readFileSync(join(dir, name + '.py'), 'utf8');
  const r = run(src, { filename: name + '.py', maxSteps: 5_000_000, ...opts });
  expect(norm(r.stdout)).toBe(norm(readFileSync(join(dir, name + '.out' + suffix), 'utf8')));
  const errFile = join(dir, name + '.err' + suffix);
  if (existsSync(errFile)) expect(norm(lastLine(r.stderr))).toBe(norm(lastLine(readFileSync(errFile, 'utf8'))));
  else expect(r.exitCode, r.stderr).toBe(0);
}

const dir = resolve(__dirname, 'versions');
for (const v of ['3.11', '3.12', '3.13', '3.14'] as PyVersion[]) {
  const suffix = v === '3.11' ? '' : '-' + v;
  describe(`tests/diff/versions under ${v}`, () => {
    for (const name of casesIn(dir)) {
      if (!existsSync(join(dir, name + '.out' + suffix))) continue;
      const known = KNOWN[`${v}/${name}`];
      if (known !== undefined) it.skip(`${name} (known: ${known})`, () => {});
      else it(name, () => check(dir, name, suffix, { version: PROFILES[v] }));
    }
  });
}

const legacy = join(dir, 'legacy');
describe('tests/diff/versions/legacy under --legacy-finalizers (CPython 2.7.18 outputs)', () => {
  for (const name of casesIn(legacy)) {
    it(name, () => check(legacy, name, '-2.7', { version: PROFILES['3.11'], legacyFinalizers: true }));
  }
});
