// Version modes: the profiles, the compare report on corpus-style programs (each differing line
// explained by the rule that makes it), and each corpus-versions program under its version.
// Expected outputs are the ones recorded from CPython in ../shared/corpus-versions.

import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareVersions, differingRules } from '../../src/trace/compare';
import { PROFILES, PY311, PY312, PY313, PY314 } from '../../src/runtime/versions';
import { RULES } from '../../src/runtime/versionRules';
import { run } from '../../src/runtime/eval/interpreter';

const corpus = resolve(__dirname, '../../../shared/corpus-versions');
const hasCorpus = existsSync(corpus);
const src = (name: string) => readFileSync(resolve(corpus, name + '.py'), 'utf8');
const recorded = (name: string, v: string) => readFileSync(resolve(corpus, `${name}.out${v === '3.11' ? '' : '-' + v}`), 'utf8');

describe('version profiles', () => {
  it('every rule of a profile has a title and a source in RULES', () => {
    for (const p of Object.values(PROFILES)) {
      for (const k of Object.keys(p)) {
        if (k === 'version') continue;
        expect(RULES[k as keyof typeof RULES], k).toBeDefined();
        expect(RULES[k as keyof typeof RULES].source.length, k).toBeGreaterThan(0);
      }
    }
  });
  it('3.12 differs from 3.11 by PEP 683 and its companions only', () => {
    expect(differingRules(PY311, PY312)).toEqual(
      expect.arrayContaining(['pep683ImmortalObjects', 'immortalRefcount', 'immortalInternedStrings']),
    );
    expect(differingRules(PY311, PY312)).not.toContain('borrowedLocalLoads');
    expect(differingRules(PY313, PY314)).toContain('borrowedLocalLoads');
  });
});

describe.skipIf(!hasCorpus)('compareVersions', () => {
  it('rc_local_fresh 3.11 vs 3.14: every count line is LOAD_FAST_BORROW, the module line is the same', () => {
    const r = compareVersions(src('rc_local_fresh'), '3.11', '3.14');
    expect(r.stdoutA).toBe(recorded('rc_local_fresh', '3.11'));
    expect(r.stdoutB).toBe(recorded('rc_local_fresh', '3.14'));
    expect(r.differing).toBe(4);
    for (const row of r.rows.filter((x) => !x.same)) expect(row.rules.map((x) => x.id)).toEqual(['borrowedLocalLoads']);
    expect(r.rows[4]).toMatchObject({ index: 5, same: true, a: 'returned to module: 2' });
  });
  it('fin_local_on_return 3.11 vs 3.14: the count is the borrowed load, the order the frame clear', () => {
    const r = compareVersions(src('fin_local_on_return'), '3.11', '3.14');
    expect(r.stdoutB).toBe(recorded('fin_local_on_return', '3.14'));
    const byLine = Object.fromEntries(r.rows.filter((x) => !x.same).map((x) => [x.index, x.rules.map((y) => y.id)]));
    expect(byLine[1]).toEqual(['borrowedLocalLoads']);
    expect(byLine[3]).toEqual(['clearLocalsLastToFirst']);
    expect(byLine[4]).toEqual(['clearLocalsLastToFirst']);
  });
  it('wr_proxy_repr 3.12 vs 3.13: the proxy repr rule; addresses never count as differences', () => {
    const r = compareVersions(src('wr_proxy_repr'), '3.12', '3.13');
    expect(r.differing).toBe(1);
    expect(r.rows[0].rules.map((x) => x.id)).toEqual(['weakproxyReprQuoted']);
  });
  it('gc_slots_vs_dict 3.12 vs 3.13: inline values', () => {
    const r = compareVersions(src('gc_slots_vs_dict'), '3.12', '3.13');
    expect(r.stdoutB).toBe(recorded('gc_slots_vs_dict', '3.13'));
    expect(r.rows.filter((x) => !x.same).map((x) => x.rules.map((y) => y.id))).toEqual([['inlineValuesAfterDict']]);
  });
  it('imm_singletons_in_function 3.13 vs 3.14 prints the same; 3.12 vs 3.13 too', () => {
    expect(compareVersions(src('imm_singletons_in_function'), '3.13', '3.14').differing).toBe(0);
    expect(compareVersions(src('imm_singletons_in_function'), '3.12', '3.13').differing).toBe(0);
  });
  it('imm_exact_values 3.13 vs 3.14: the immortal refcount value', () => {
    const r = compareVersions(src('imm_exact_values'), '3.13', '3.14');
    expect(r.stdoutB).toBe(recorded('imm_exact_values', '3.14'));
    expect(r.differing).toBe(4);
    for (const row of r.rows.filter((x) => !x.same)) expect(row.rules.map((x) => x.id)).toEqual(['immortalRefcount']);
  });
  it('imm_none_delta 3.11 vs 3.12: PEP 683 immortal objects', () => {
    const r = compareVersions(src('imm_none_delta'), '3.11', '3.12');
    expect(r.stdoutB).toBe(recorded('imm_none_delta', '3.12'));
    const diff = r.rows.filter((x) => !x.same);
    expect(diff.map((x) => x.index).slice(0, 2)).toEqual([1, 2]);
    for (const row of diff) expect(row.rules.map((x) => x.id)).toEqual(['pep683ImmortalObjects']);
  });
  it('gc_is_tracked_tuples 3.13 vs 3.14: tuples untracked at creation', () => {
    const r = compareVersions(src('gc_is_tracked_tuples'), '3.13', '3.14');
    expect(r.rows.filter((x) => !x.same).map((x) => [x.index, x.rules.map((y) => y.id)])).toEqual([[2, ['tuplesUntrackedAtCreation']]]);
  });
});

describe.skipIf(!hasCorpus)('corpus-versions programs under each version', () => {
  const names = hasCorpus ? ['rc_call_chain', 'rc_param_sources', 'rc_listcomp_function', 'rc_while_loop_local', 'rc_except_var', 'gc_dict_materialized', 'gc_is_tracked_dicts', 'wr_proxy_callable', 'imm_none_delta'] : [];
  for (const name of names) {
    for (const v of ['3.12', '3.13', '3.14'] as const) {
      it(`${name} under ${v}`, () => {
        const r = run(src(name), { filename: name + '.py', version: PROFILES[v] });
        const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
        expect(norm(r.stdout)).toBe(norm(recorded(name, v)));
      });
    }
  }
});
