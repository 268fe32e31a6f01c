// listsort (src/runtime/objects/storage/listSort.ts + listMerge.ts) against a plain stable sort:
// the same final order on random arrays of many shapes and sizes (under 3.11's and 3.13's
// count_run), and a comparison that raises mid-merge leaves every item in the list exactly once.
// The comparison counts themselves are CPython's recorded figures in tests/diff (lang_sort_merge_*).
import { afterEach, describe, expect, it } from 'vitest';
import { listsort } from '../../src/runtime/objects/storage/listSort';
import { PY311, PY313, setProfile } from '../../src/runtime/versions';

/** a small deterministic generator (mulberry32), so every run tests the same arrays */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shapes(n: number, r: () => number): [string, number[]][] {
  const rand = Array.from({ length: n }, () => r());
  const few = Array.from({ length: n }, () => Math.floor(r() * 4));
  const asc = Array.from({ length: n }, (_, i) => i);
  const swaps = asc.slice();
  for (let k = 0; k < 3; k++) {
    const i = Math.floor(r() * n);
    const j = Math.floor(r() * n);
    [swaps[i], swaps[j]] = [swaps[j], swaps[i]];
  }
  const runs = Array.from({ length: n }, (_, i) => (i % 97) * (Math.floor(i / 97) % 2 ? -1 : 1));
  return [
    ['random', rand],
    ['few distinct', few],
    ['ascending', asc],
    ['descending', asc.map((x) => -x)],
    ['organ pipe', asc.map((x) => Math.min(x, n - x))],
    ['a few swaps', swaps],
    ['alternating runs', runs],
    ['descending with equal items', few.slice().sort((a, b) => b - a)],
  ];
}

/** listsort on the values' indices; the reference: Array.prototype.sort, stable since ES2019 */
function check(values: number[]): void {
  const idx = values.map((_, i) => i);
  let calls = 0;
  listsort(idx, (a, b) => {
    calls++;
    return values[a] < values[b];
  });
  const expected = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  expect(idx).toEqual(expected);
  if (values.length > 1) expect(calls).toBeGreaterThan(0);
}

afterEach(() => setProfile(PY311));

describe('listsort orders as a stable sort does', () => {
  for (const [version, p] of [['3.11', PY311], ['3.13', PY313]] as const) {
    for (const n of [0, 1, 2, 63, 64, 65, 100, 257, 1000, 4099]) {
      it(`${n} items under ${version}'s count_run`, () => {
        setProfile(p);
        const r = rng(n * 31 + 7);
        for (const [, values] of shapes(n, r)) check(values);
      });
    }
  }
});

describe('a comparison that raises mid-sort', () => {
  it('leaves each item in the list once, whichever comparison raises', () => {
    const r = rng(99);
    const values = Array.from({ length: 300 }, () => Math.floor(r() * 50));
    let total = 0;
    listsort(values.map((_, i) => i), (a, b) => (total++, values[a] < values[b]));
    for (let stop = 1; stop <= total; stop += 7) {
      const idx = values.map((_, i) => i);
      let calls = 0;
      expect(() =>
        listsort(idx, (a, b) => {
          if (++calls === stop) throw new Error('boom');
          return values[a] < values[b];
        }),
      ).toThrow('boom');
      expect(idx.slice().sort((a, b) => a - b)).toEqual(values.map((_, i) => i));
    }
  });
});
