import { run } from '../src/runtime/interpreter';
const mk = 'x = []\ny = []\nfor i in range(50000):\n    x = [x]\n    y = [y]\n';
for (const tail of ['print(len(repr(x)))\n', 'print(x == y)\n', 'del x\nprint(1)\n', 'import gc\nx[0].append(x)\ndel x\nprint(gc.collect())\n', 'x = ()\nfor i in range(50000):\n    x = (x,)\nprint(hash(x) == hash(x))\n']) {
  try {
    const r = run(mk + tail, { maxSteps: 1_000_000 });
    console.log(JSON.stringify(tail.slice(0, 20)), r.exitCode, r.stdout.trim(), r.stderr.trim().split('\n').pop());
  } catch (e) {
    console.log(JSON.stringify(tail.slice(0, 20)), 'THREW', (e as Error).message, (e as Error).stack?.split('\n').slice(1, 6).join(' | '));
  }
}
