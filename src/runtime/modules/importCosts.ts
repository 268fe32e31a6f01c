// What importing a standard-library module costs the collector under 3.12+ (where, unlike 3.11,
// functools, weakref, types... are not imported at start-up): executing the module files
// allocates containers (generation 0's count moves, maybe triggering automatic collections)
// and leaves cyclic garbage the next collection counts. Mirrors nothing in CPython's C code: it
// replays what the real import (importlib executing Lib/*.py) did, as recorded per version by
// scripts/record-import-costs.py into importCosts.generated.ts.

import { profile } from '../versions';
import { PyObject, decref, incref } from '../objects/object';
import { PyType } from '../objects/typeobject/type';
import { T_object, T_NotImplementedError } from '../objects/builtinTypes';
import { evalBreaker, gcNew, hiddenAlloc, hiddenFree } from '../gc/heap';
import { raise } from '../eval/errors';
import { importCostsPart } from '../parts';

/** the files executed so far in this run (start-up's are not in the table) */
const executed = new Set<string>();

export function resetImportCosts(): void {
  executed.clear();
}

const garbageTypes = new Map<string, PyType>();
function garbageType(name: string): PyType {
  let t = garbageTypes.get(name);
  if (t === undefined) garbageTypes.set(name, (t = new PyType(name, [T_object], true, 'builtins')));
  return t;
}

/**
 * One object of the garbage an import leaves (a function, class, dict... of the module's own
 * temporary class or enum machinery): it references itself, so only the collector frees it.
 * RefScope does not rebuild the real objects, so showing one is refused.
 */
export class PyImportGarbage extends PyObject {
  self: PyObject | null = null;
  constructor(private readonly kind: PyType, readonly module: string) {
    super();
  }
  get type(): PyType {
    return this.kind;
  }
  override get isGC(): boolean {
    return true;
  }
  override traverse(visit: (o: PyObject) => void): void {
    if (this.self !== null) visit(this.self);
  }
  override edges(out: (label: string, o: unknown) => void): void {
    if (this.self !== null) out('(import garbage)', this.self);
  }
  override clear(): void {
    const s = this.self;
    this.self = null;
    if (s !== null) decref(s);
  }
  override releaseContents(): void {
    this.clear();
  }
  pyRepr(): string {
    return raise(T_NotImplementedError, `showing the garbage importing '${this.module}' leaves under ${profile.version} (a ${this.kind.name} object) is not simulated`);
  }
}

/** a garbage object of the import, unreachable from birth; the collector may run right after */
function makeGarbage(type: string, importing: string): void {
  const o = gcNew(new PyImportGarbage(garbageType(type), importing));
  o.self = incref(o);
  decref(o);
  evalBreaker();
}

/**
 * import `name` for the first time in this run: replay, segment by segment in the order the real
 * import starts its files, what executing them did to the collector. The module code runs Python
 * (importlib, the module bodies): eval-breaker checks all along, so a collection the allocations
 * schedule runs inside the import. A file this run already executed (through an earlier import)
 * is not run again: its own recorded cost comes off its segment (the rest is its importer's).
 */
export function chargeImport(name: string): void {
  if (profile.importCosts === null) return;
  const tables = importCostsPart();
  const table = profile.importCosts === '3.12' ? tables.IMPORT_COSTS_312 : tables.IMPORT_COSTS_313;
  const chain = table.chains[name];
  if (chain === undefined) return; // loaded at start-up (or a builtin module: folded into start-up)
  for (const [file, count, garbage] of chain) {
    const again = executed.has(file);
    let n = count;
    if (again) {
      const own = table.files[file];
      if (own === undefined) raise(T_NotImplementedError, `importing '${name}' under ${profile.version}: what module '${file}' costs the collector is not recorded`);
      n -= own!.count;
    }
    const made = garbage.filter(([owner]) => !executed.has(owner));
    if (!again) n -= made.length;
    for (let i = 0; i < Math.abs(n); i++) {
      if (n > 0) hiddenAlloc();
      else hiddenFree();
      evalBreaker();
    }
    for (const [, t] of made) makeGarbage(t, name);
  }
  for (const f of table.imports[name]) executed.add(f);
}
