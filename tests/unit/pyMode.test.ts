// The page's version modes: the link's py= and lf=, what localStorage keeps, and the version a
// page opens with (store/pyMode.ts, share/link.ts, share/persist.ts).

import { describe, expect, it, beforeEach } from 'vitest';
import { parse, write, DEFAULT_VIEW, type WriteState } from '../../src/share/link';
import { loadMode, saveMode } from '../../src/share/persist';
import { modeKey, modeOfKey, modeTitle, MODE_CHOICES, isDefaultMode } from '../../src/store/pyMode';

const base: WriteState = { ...DEFAULT_VIEW, code: 'x = []\n' };

class MemoryStorage {
  m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

describe('links carry the version', () => {
  it('py= is written only when not the default, and read back', () => {
    expect(write(base)).not.toContain('py=');
    expect(write({ ...base, python: '3.11' })).not.toContain('py=');
    const link = write({ ...base, python: '3.14' });
    expect(link).toMatch(/^\?v=1&py=3\.14#code\//);
    const [search, hash] = [link.slice(0, link.indexOf('#')), link.slice(link.indexOf('#'))];
    const { view, problems } = parse({ search, hash });
    expect(problems).toEqual([]);
    expect(view.python).toBe('3.14');
    expect(view.legacyFinalizers).toBe(false);
    expect(view.code).toBe('x = []\n');
  });

  it('lf=1 goes with 3.11 and round-trips', () => {
    const link = write({ ...base, python: '3.11', legacyFinalizers: true });
    expect(link).toContain('lf=1');
    expect(link).not.toContain('py=');
    const { view } = parse({ search: link.slice(0, link.indexOf('#')), hash: link.slice(link.indexOf('#')) });
    expect(view.python).toBeNull();
    expect(view.legacyFinalizers).toBe(true);
  });

  it('a bad version is refused with a message, the rest of the link still applies', () => {
    const { view, problems } = parse({ search: '?py=2.7&grain=ref', hash: '' });
    expect(view.python).toBeNull();
    expect(view.grain).toBe('ref');
    expect(problems.join(' ')).toMatch(/Python version "2\.7"/);
  });

  it('lf=1 with another version is dropped with a message', () => {
    const { view, problems } = parse({ search: '?py=3.13&lf=1', hash: '' });
    expect(view.python).toBe('3.13');
    expect(view.legacyFinalizers).toBe(false);
    expect(problems.join(' ')).toMatch(/lf=1/);
  });
});

describe('modes', () => {
  it('every choice has a key that reads back as itself', () => {
    for (const c of MODE_CHOICES) expect(modeKey(modeOfKey(c.key)!)).toBe(c.key);
    expect(modeOfKey('3.10')).toBeNull();
    expect(modeOfKey(null)).toBeNull();
    expect(isDefaultMode(modeOfKey('3.11')!)).toBe(true);
    expect(modeTitle(modeOfKey('3.11-lf')!)).toBe('CPython 3.11, pre-PEP 442 finalizers');
  });
});

describe('localStorage remembers the chosen version', () => {
  beforeEach(() => {
    (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  });
  it('saves and loads; the default is stored as nothing; junk reads as nothing', () => {
    expect(loadMode()).toBeNull();
    saveMode({ python: '3.13', legacyFinalizers: false });
    expect(loadMode()).toEqual({ python: '3.13', legacyFinalizers: false });
    saveMode({ python: '3.11', legacyFinalizers: true });
    expect(loadMode()).toEqual({ python: '3.11', legacyFinalizers: true });
    saveMode({ python: '3.11', legacyFinalizers: false });
    expect((globalThis.localStorage as unknown as MemoryStorage).m.size).toBe(0);
    globalThis.localStorage.setItem('refscope.python.v1', '{"evil":1}');
    expect(loadMode()).toBeNull();
  });
});
