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
import { gcNew, hiddenAlloc, hiddenFree } from '../gc/heap';
import { raise } from '../eval/errors';
import type { ImportCostTable } from './importCosts.generated';

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

/** the recorded cost of executing exactly `files` when `name` is imported, or undefined */
function findEntry(table: ImportCostTable, name: string, files: string[]) {
  const want = [...files].sort().join(',');
  return table.imports[name]?.find((e) => [...e.files].sort().join(',') === want);
}

/**
 * import `name` for the first time in this run: replay what executing its not-yet-executed
 * files did to the collector (net allocations, then the cyclic garbage they left).
 */
export function chargeImport(name: string): void {
  const table = profile.importCosts;
  if (table === null) return;
  const entries = table.imports[name];
  if (entries === undefined) return; // loaded at start-up (or a builtin module: folded into start-up)
  const files = entries[0].files.filter((f) => !executed.has(f));
  if (files.length === 0) return;
  const e = findEntry(table, name, files);
  if (e === undefined) {
    raise(T_NotImplementedError, `importing '${name}' under ${profile.version} after the modules this program imported before it: its collector cost is not recorded`);
  }
  for (const f of files) executed.add(f);
  const survivors = e!.count - e!.garbage;
  if (survivors >= 0) for (let i = 0; i < survivors; i++) hiddenAlloc();
  else for (let i = 0; i < -survivors; i++) hiddenFree();
  for (const t of e!.garbageTypes) {
    const o = gcNew(new PyImportGarbage(garbageType(t), name));
    o.self = incref(o);
    decref(o);
  }
}
