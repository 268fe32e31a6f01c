// Quick differential report: run every case of a folder in-process, print the first difference.
//   node --stack-size=7000 --import tsx scripts/diff-report.ts [DIR] [FILTER]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../src/runtime/eval/interpreter';
import { loadAllCode } from '../src/runtime/onDemand';

await loadAllCode();

const dir = process.argv[2] ?? 'tests/diff/cases';
const filter = process.argv[3] ?? '';
const norm = (s: string) => s.replace(/0x[0-9a-f]+/g, '0xADDR');
const last = (s: string) => s.split('\n').filter((l) => l.trim() !== '').pop() ?? '';
let pass = 0;
let fail = 0;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.py') && f.includes(filter)).sort()) {
  const name = f.slice(0, -3);
  const src = readFileSync(join(dir, f), 'utf8');
  let problem = '';
  try {
    const r = run(src, { filename: f, maxSteps: 5_000_000 });
    const exp = norm(readFileSync(join(dir, name + '.out'), 'utf8')).split('\n');
    const got = norm(r.stdout).split('\n');
    for (let i = 0; i < Math.max(exp.length, got.length); i++) {
      if (exp[i] !== got[i]) {
        problem = `line ${i + 1}: expected ${JSON.stringify(exp[i])} got ${JSON.stringify(got[i])}`;
        break;
      }
    }
    const errf = join(dir, name + '.err');
    if (!problem && existsSync(errf)) {
      const want = norm(last(readFileSync(errf, 'utf8')));
      if (norm(last(r.stderr)) !== want) problem = `stderr: expected ${JSON.stringify(want)} got ${JSON.stringify(last(r.stderr))}`;
    } else if (!problem && r.exitCode !== 0) problem = `exit ${r.exitCode}: ${last(r.stderr)}`;
  } catch (e) {
    problem = 'CRASH ' + (e as Error).stack?.split('\n').slice(0, 4).join(' | ');
  }
  if (problem) {
    fail++;
    console.log(`FAIL ${name}: ${problem}`);
  } else pass++;
}
console.log(`${pass} passed, ${fail} failed`);
