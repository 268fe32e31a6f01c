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
import { evalBreaker, gcNew, hiddenAlloc, hiddenFree, uncounted } from '../gc/heap';
import { newDict, type PyDict } from '../objects/dict';
import { PyFunction } from '../objects/function';
import type { Code } from '../objects/code';
import { newTuple } from '../objects/tuple';
import { buildClass } from '../objects/typeobject/typeNewImpl';
import { raise } from '../eval/errors';
import { importCostsPart } from '../parts';
import { onResetModules } from './registry';

/** the files executed so far in this run (start-up's are not in the table) */
const executed = new Set<string>();

export function resetImportCosts(): void {
  executed.clear();
  typesGlobals = null;
}
onResetModules(resetImportCosts);

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
 * Lib/types.py's `class _C: def _m(self): pass` (deleted at the module's end: the class, its
 * dict, its function, its tuples and descriptors are left to the collector). Its line in the
 * release each table was recorded from.
 */
const TYPES_C = { file: 'types', line: { '3.12': 39, '3.13': 40 }, garbage: 'function tuple dict type tuple getset_descriptor getset_descriptor' };

/** the types module's globals (the module outlives the program; only its functions show it) */
let typesGlobals: PyDict | null = null;

/** types._C made for real, so gc.garbage can show it: what it cost is in the table already */
function makeTypesC(line: number, made: number): void {
  uncounted(() => {
    if (typesGlobals === null) {
      typesGlobals = newDict();
      typesGlobals.set('__name__', 'types');
    }
    const code: Code = {
      name: '_m', qualname: '_C._m', firstLine: line + 1, varnames: ['self'], argcount: 1, kwonlycount: 0,
      hasVarargs: false, hasKwargs: false, cellSlots: [], freevars: [], scopeKind: 'function', filename: 'types.py',
      run: (f) => {
        f.retval = null;
      },
    };
    const m = gcNew(new PyFunction(code, incref(typesGlobals), null, null, null));
    const ns = newDict();
    ns.set('__module__', 'types');
    ns.set('__qualname__', '_C');
    if (profile.classFirstLinenoAndStaticAttributes) ns.set('__firstlineno__', line);
    ns.set('_m', m);
    decref(m);
    if (profile.classFirstLinenoAndStaticAttributes) ns.set('__static_attributes__', newTuple([]));
    const cls = buildClass('_C', [], ns);
    decref(ns);
    decref(cls);
  });
  // what generation 0 counted for them when the real import made them
  for (let i = 0; i < made; i++) {
    hiddenAlloc();
    evalBreaker();
  }
}
/** the segment's garbage is types._C's, from a table recorded from this very version (3.14
 * borrows 3.13's counts, but its types.py makes no _C: there the objects stay unshowable) */
function showsTypesC(made: [string, string][]): boolean {
  return profile.importCosts === profile.version && made.length > 0 && made.every(([f]) => f === TYPES_C.file) && made.map(([, t]) => t).join(' ') === TYPES_C.garbage;
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
    if (showsTypesC(made)) makeTypesC(TYPES_C.line[profile.importCosts], made.length);
    else for (const [, t] of made) makeGarbage(t, name);
  }
  for (const f of table.imports[name]) executed.add(f);
}
