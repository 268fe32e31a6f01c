import '../src/runtime/builtins';
import { PyList } from '../src/runtime/list';
let t = performance.now(); let x; for (let i = 0; i < 1e6; i++) x = new PyList([]); console.log('builtins', (performance.now() - t).toFixed(0) + 'ms');
