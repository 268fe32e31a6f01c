// How deep each recursion shape (bench/recursionShapes.ts) goes in the page's engine, for issue #11.
// `npx tsx bench/recursionDepth.ts [STACK_KB] [SHAPE]`: for each shape, CPython's deepest level
// under its limit of 1000, then RefScope's deepest level with the limit raised, so that only the
// JavaScript stack stops it: run as the page's worker runs a program (recordRun, the recorder
// attached, code loaded), once, in a fresh `node --stack-size=STACK_KB` process. The default
// stack is the one that reproduces the page's depths in Chromium's worker (see docs/ENGINE.md).
// A shape "fits" when RefScope reaches past CPython's depth (the RecursionError is then CPython's).

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SHAPES, unboundedProgram } from './recursionShapes';

const self = fileURLToPath(import.meta.url);

async function child(shapeName: string): Promise<void> {
  const { loadAllCode } = await import('../src/runtime/onDemand');
  const { recordRun } = await import('../src/trace/record');
  await loadAllCode();
  const shape = SHAPES.find((s) => s.name === shapeName)!;
  const { trace, result } = recordRun(unboundedProgram(shape, 100_000), { filename: '<playground>', maxSteps: 1_000_000, maxEdges: 64 });
  void trace;
  process.stdout.write(JSON.stringify({ out: result.stdout.trim(), err: result.stderr.trim().split('\n').pop(), js: result.jsStackOverflowed }) + '\n');
}

function cpythonDepth(shapeName: string): string {
  const shape = SHAPES.find((s) => s.name === shapeName)!;
  const r = spawnSync('python3', ['-c', unboundedProgram(shape, null)], { encoding: 'utf8' });
  return r.stdout.trim() || `error: ${r.stderr.trim().split('\n').pop()}`;
}

function refscopeDepth(shapeName: string, stackKb: number): string {
  const r = spawnSync(process.execPath, [`--stack-size=${stackKb}`, '--import', 'tsx', self, '--child', shapeName], { encoding: 'utf8' });
  if (r.status !== 0) return `crash: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as { out: string; err: string };
  return o.out !== '' ? o.out : `error: ${o.err}`;
}

if (process.argv[2] === '--child') {
  void child(process.argv[3]);
} else {
  const stackKb = Number(process.argv[2] ?? 984);
  const only = process.argv[3];
  console.log(`deepest level reached; RefScope as the page runs it, node --stack-size=${stackKb}`);
  console.log('shape              cpython  refscope  fits');
  for (const s of SHAPES.filter((x) => !only || x.name.includes(only))) {
    const py = cpythonDepth(s.name);
    const rs = refscopeDepth(s.name, stackKb);
    const fits = Number(rs) > Number(py) ? 'yes' : 'NO';
    console.log(`${s.name.padEnd(18)} ${py.padStart(7)}  ${rs.padStart(8)}  ${fits}`);
  }
}
