// How close RefScope's co_stacksize estimate (eval/compile/stackdepth/stackdepth.ts) comes to
// CPython 3.13's, over every function, lambda, class body and module in the files named (default:
// the differential cases and the shared corpora): `npx tsx bench/stackSizes.ts [files...]`.
// Generator code is left out (a generator's frame is not on the data stack). `-v` lists misses.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/python/parser';
import type * as A from '../src/python/ast';
import { exprChildren, stmtChildren } from '../src/python/astWalk';
import { stackSizeOf } from '../src/runtime/eval/compile/stackdepth/stackdepth';

const verbose = process.argv.includes('-v');
let files = process.argv.slice(2).filter((a) => a !== '-v');
if (files.length === 0) {
  const dirs = ['tests/diff/cases', 'tests/diff/versions', '/work/shared/corpus', '/work/shared/corpus-breadth', '/work/shared/corpus-versions'];
  files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.py')).map((f) => join(d, f)));
}

interface Row { file: string; kind: string; name: string; line: number; stacksize: number }
const r = spawnSync('pyenv', ['exec', 'python', 'bench/stackSizes.py', ...files], { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.13.0' }, maxBuffer: 1 << 28 });
const want = new Map<string, Row>();
const dup = new Set<string>();
for (const l of r.stdout.split('\n')) {
  if (l === '') continue;
  const row = JSON.parse(l) as Row;
  const k = `${row.file}:${row.name}:${row.line}`;
  if (want.has(k)) dup.add(k);
  want.set(k, row);
}

let byNode: Map<unknown, unknown> = new Map();

let same = 0, total = 0, off1 = 0;
const misses: string[] = [];
function check(file: string, name: string, line: number, est: number): void {
  const w = want.get(`${file}:${name}:${line}`);
  if (dup.has(`${file}:${name}:${line}`)) return;
  if (w === undefined || w.kind === 'gen' || w.kind === 'genexpr') return;
  total++;
  if (w.stacksize === est) same++;
  else {
    if (Math.abs(w.stacksize - est) === 1) off1++;
    misses.push(`${file}:${line} ${name}: cpython ${w.stacksize}, estimate ${est}`);
  }
}

function visitExpr(file: string, e: A.Expr): void {
  if (e.kind === 'Lambda') check(file, '<lambda>', e.line, stackSizeOf(e, byNode as never));
  for (const c of exprChildren(e)) visitExpr(file, c);
}

function visitStmts(file: string, body: A.Stmt[]): void {
  for (const s of body) {
    if (s.kind === 'FunctionDef') check(file, s.name, s.decorators.length > 0 ? s.decorators[0].line : s.line, stackSizeOf(s, byNode as never));
    if (s.kind === 'ClassDef') check(file, s.name, s.decorators.length > 0 ? s.decorators[0].line : s.line, stackSizeOf(s, byNode as never));
    const ch = stmtChildren(s);
    for (const e of ch.exprs) visitExpr(file, e);
    visitStmts(file, ch.stmts);
    for (const h of ch.handlers) {
      if (h.type) visitExpr(file, h.type);
      visitStmts(file, h.body);
    }
  }
}

for (const file of files) {
  const p = parse(readFileSync(file, 'utf8'));
  if (p.errors.length > 0 || p.symtable === null) continue;
  byNode = p.symtable.byNode;
  check(file, '<module>', 1, stackSizeOf(p.module, p.symtable.byNode));
  visitStmts(file, p.module.body);
}
if (verbose) for (const m of misses) console.log(m);
console.log(`${same} of ${total} code objects: co_stacksize as CPython 3.13.0's (${off1} more within one)`);
