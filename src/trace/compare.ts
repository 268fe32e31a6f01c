// One program under two CPython versions, line by line, each difference explained by the
// profile rule that makes it: the program is run again under A's profile with B's value of one
// rule switched in at a time; a rule explains a line when that switch alone makes the line read
// as B's. (No CPython counterpart: this is RefScope's own view of versions.ts.)

import { run } from '../runtime/eval/interpreter';
import { PROFILES, type PyVersion, type VersionProfile } from '../runtime/versions';
import { RULES, type RuleId } from '../runtime/versionRules';

export interface RuleRef {
  /** the profile field's name, or 'unexplained' */
  id: string;
  title: string;
  source: string;
}

export interface CompareRow {
  /** the output line number, 1-based */
  index: number;
  a: string | null;
  b: string | null;
  same: boolean;
  /** for a differing row: the rules that explain it (each alone, or together when `combined`) */
  rules: RuleRef[];
  /** no single rule makes the row read as B's: these rules do together */
  combined?: boolean;
}

export interface CompareReport {
  a: PyVersion;
  b: PyVersion;
  rows: CompareRow[];
  /** how many rows differ */
  differing: number;
  stdoutA: string;
  stdoutB: string;
  exitA: number;
  exitB: number;
}

export interface CompareOptions {
  maxSteps?: number;
  filename?: string;
}

export const UNEXPLAINED: RuleRef = {
  id: 'unexplained',
  title: 'unexplained: no rule of the version profiles reproduces this difference',
  source: '',
};

export function ruleRef(id: RuleId): RuleRef {
  return { id, title: RULES[id].title, source: RULES[id].source };
}

/** the rules whose values differ between two profiles, in the table's order */
export function differingRules(pa: VersionProfile, pb: VersionProfile): RuleId[] {
  return (Object.keys(RULES) as RuleId[]).filter((r) => JSON.stringify(pa[r]) !== JSON.stringify(pb[r]));
}

/** stdout as lines (a final newline ends the last line, it does not start another) */
export function outputLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** addresses differ from run to run and version to version: they never make a difference */
const norm = (s: string | null): string | null => (s === null ? null : s.replace(/0x[0-9a-f]+/g, '0xADDR'));

export function compareVersions(source: string, a: PyVersion, b: PyVersion, opts: CompareOptions = {}): CompareReport {
  const pa = PROFILES[a];
  const pb = PROFILES[b];
  const exec = (p: VersionProfile) => run(source, { filename: opts.filename, maxSteps: opts.maxSteps, version: p });
  const ra = exec(pa);
  const rb = exec(pb);
  const la = outputLines(ra.stdout);
  const lb = outputLines(rb.stdout);
  const n = Math.max(la.length, lb.length);
  const rows: CompareRow[] = [];
  for (let i = 0; i < n; i++) {
    const x = i < la.length ? la[i] : null;
    const y = i < lb.length ? lb[i] : null;
    rows.push({ index: i + 1, a: x, b: y, same: norm(x) === norm(y), rules: [] });
  }
  const diff = rows.filter((r) => !r.same);
  if (diff.length > 0) explain(diff, differingRules(pa, pb), pa, pb, exec);
  return { a, b, rows, differing: diff.length, stdoutA: ra.stdout, stdoutB: rb.stdout, exitA: ra.exitCode, exitB: rb.exitCode };
}

/** fill each differing row's rules: single switches first, then the smallest combination found */
function explain(rows: CompareRow[], candidates: RuleId[], pa: VersionProfile, pb: VersionProfile, exec: (p: VersionProfile) => { stdout: string }): void {
  const cache = new Map<string, (string | null)[]>();
  const linesWith = (set: RuleId[]): (string | null)[] => {
    const key = [...set].sort().join(',');
    let got = cache.get(key);
    if (got === undefined) {
      const p: VersionProfile = { ...pa };
      for (const r of set) (p as unknown as Record<string, unknown>)[r] = pb[r];
      got = outputLines(exec(p).stdout).map(norm);
      cache.set(key, got);
    }
    return got;
  };
  const readsB = (row: CompareRow, set: RuleId[]): boolean => {
    const l = linesWith(set);
    return (row.index - 1 < l.length ? l[row.index - 1] : null) === norm(row.b);
  };
  for (const row of rows) {
    const singles = candidates.filter((r) => readsB(row, [r]));
    if (singles.length > 0) {
      row.rules = singles.map(ruleRef);
      continue;
    }
    // no single rule: start from all of them and drop each one the row does not need
    if (candidates.length === 0 || !readsB(row, candidates)) {
      row.rules = [UNEXPLAINED];
      continue;
    }
    let set = [...candidates];
    for (const r of candidates) {
      const without = set.filter((x) => x !== r);
      if (without.length > 0 && readsB(row, without)) set = without;
    }
    row.rules = set.map(ruleRef);
    if (set.length > 1) row.combined = true;
  }
}
