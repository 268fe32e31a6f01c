// import: only the modules RefScope simulates exist.

import { PyModule } from '../objects/descriptors';
import { raise } from '../eval/errors';
import * as BT from '../objects/builtinTypes';
import { hasLoader, loaderKeys, need } from '../onDemand';
import { profile } from '../versions';
import { importReplayPart } from '../parts';

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
  const top = name.split('.')[0];
  // a module of the standard library whose code is fetched on first import (modules/stdlib.ts)
  if (make === undefined && !modules.has(top) && hasLoader(top)) need(top);
  if (make === undefined) {
    if (STDLIB.has(top) || modules.has(top)) {
      return raise(BT.T_NotImplementedError, `module '${modules.has(top) ? name : top}' is not available in RefScope (supported: ${[...new Set([...modules.keys(), ...loaderKeys().filter((k) => !k.includes(':'))])].sort().join(', ')})`);
    }
    return raise(BT.T_ModuleNotFoundError, `No module named '${name}'`);
  }
  const mod = make();
  loaded.set(name, mod);
  // 3.12+: what executing the module's files did to the collector (fetched on first use)
  if (profile.importCosts !== null) importReplayPart().chargeImport(name);
  return mod;
}

/** forget loaded modules between runs */
export function resetModules(): void {
  loaded.clear();
  for (const r of resets) r();
}

/** what loaded modules do at exit (weakref: finalize's atexit callbacks, then its registry let go) */
interface ModuleExit {
  /** atexit: before __main__ goes */
  atExit(): void;
  /** finalize_modules: true if it let go of something the collector may now find */
  finalize(): boolean;
}
const exits: ModuleExit[] = [];
export function onModuleExit(exit: ModuleExit): void {
  exits.push(exit);
}
export function runAtExit(): void {
  for (const e of exits) e.atExit();
}
export function finalizeModules(): boolean {
  let any = false;
  for (const e of exits) any = e.finalize() || any;
  return any;
}

/** what else forgets a run's imports when modules are reset (the import replay, once loaded) */
const resets: (() => void)[] = [];
export function onResetModules(reset: () => void): void {
  resets.push(reset);
}
