import '../src/runtime/interpreter';
import { PyDict } from '../src/runtime/dict';
import { PyList } from '../src/runtime/list';
import { PyTuple } from '../src/runtime/tuple';
for (const [name, mk] of [['list', () => new PyList([])], ['tuple', () => new PyTuple([])], ['dict', () => new PyDict()], ['map', () => new Map()]] as const) {
  const t = performance.now();
  let x: unknown;
  for (let i = 0; i < 1_000_000; i++) x = (mk as () => unknown)();
  console.log(name, (performance.now() - t).toFixed(0) + 'ms', !!x);
}
