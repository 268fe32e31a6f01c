// import: only the modules RefScope simulates exist.

import { PyModule } from '../objects/descriptors';
import { raise } from '../eval/errors';
import * as BT from '../objects/builtinTypes';
import { chargeImport, resetImportCosts } from './importCosts';

const modules = new Map<string, () => PyModule>();
const loaded = new Map<string, PyModule>();

export function registerModule(name: string, make: () => PyModule): void {
  modules.set(name, make);
}

/** modules of the standard library a student might reach for, to say clearly they are out of scope */
const STDLIB = new Set([
  'os', 'math', 'random', 'time', 'collections', 'itertools', 'functools', 'json', 're', 'copy', 'typing',
  'dataclasses', 'abc', 'io', 'string', 'datetime', 'threading', 'asyncio', 'pathlib', 'tracemalloc',
  'ctypes', 'pickle', 'heapq', 'bisect', 'operator', 'statistics', 'subprocess', 'inspect', 'types', 'array',
  'contextlib', 'enum', 'decimal', 'fractions', 'struct', 'atexit', 'builtins', 'traceback', 'logging',
]);

export function importModule(name: string): PyModule {
  const m = loaded.get(name);
  if (m !== undefined) return m;
  const make = modules.get(name);
  if (make === undefined) {
    const top = name.split('.')[0];
    if (STDLIB.has(top)) {
      return raise(BT.T_NotImplementedError, `module '${top}' is not available in RefScope (supported: ${[...modules.keys()].sort().join(', ')})`);
    }
    return raise(BT.T_ModuleNotFoundError, `No module named '${name}'`);
  }
  const mod = make();
  loaded.set(name, mod);
  chargeImport(name); // 3.12+: what executing the module's files did to the collector
  return mod;
}

/** forget loaded modules between runs */
export function resetModules(): void {
  loaded.clear();
  resetImportCosts();
}
