// `refscope compare`: the compare report (src/trace/compare.ts) as text, one output line per
// row: `=` where both versions print the same, `!` with both lines and the rules that explain
// the difference; the rules' sources are listed once at the end.

import type { CompareReport, RuleRef } from '../trace/compare';

export function formatCompare(r: CompareReport, file: string): string {
  const width = Math.max(String(r.rows.length).length, 1);
  const out: string[] = [];
  const n = r.rows.length;
  const summary = r.differing === 0 ? 'the same output' : `${r.differing} of ${n} output line${n === 1 ? '' : 's'} differ${r.differing === 1 ? 's' : ''}`;
  out.push(`${file} under CPython ${r.a} and ${r.b}: ${summary}`);
  const show = (s: string | null) => (s === null ? '<no line>' : s);
  const indent = ' '.repeat(width + 3);
  const vw = Math.max(r.a.length, r.b.length);
  const used = new Map<string, RuleRef>();
  for (const row of r.rows) {
    const num = String(row.index).padStart(width);
    if (row.same) {
      out.push(`= ${num} ${show(row.a)}`);
      continue;
    }
    out.push(`! ${num} ${r.a.padEnd(vw)} | ${show(row.a)}`);
    out.push(`${indent}${r.b.padEnd(vw)} | ${show(row.b)}`);
    const names = row.rules.map((x) => (x.id === 'unexplained' ? x.title : `${x.title} [${x.id}]`));
    if (row.combined) out.push(`${indent}why (together): ${names.join(' + ')}`);
    else for (const name of names) out.push(`${indent}why: ${name}`);
    for (const x of row.rules) if (x.id !== 'unexplained') used.set(x.id, x);
  }
  if (r.exitA !== r.exitB) out.push(`exit status: ${r.a} ${r.exitA}, ${r.b} ${r.exitB}`);
  if (used.size > 0) {
    out.push('rules:');
    for (const x of used.values()) out.push(`  [${x.id}] ${x.source}`);
  }
  return out.join('\n') + '\n';
}
