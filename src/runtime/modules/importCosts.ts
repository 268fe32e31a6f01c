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
import { evalBreaker, gcNew, gcState, hiddenAlloc, hiddenFree, uncounted } from '../gc/heap';
import { newDict, type PyDict } from '../objects/dict';
import { PyFunction } from '../objects/function';
import type { Code } from '../objects/code';
import { newTuple, tupleFreeList } from '../objects/tuple';
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
  /** the untracked tuples and dicts only this garbage held, freed with it ([free list, how many];
   * 'counted': a tuple too big for one, generation 0's count falls) */
  alsoFrees: [string, number][] | null = null;
  constructor(private readonly kind: PyType, readonly module: string, private readonly freeList: string | null) {
    super();
  }
  /** an exact tuple or dict goes back to its free list, as the real one did */
  override get deallocFreeList(): string | null {
    return this.freeList;
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
    if (this.alsoFrees !== null) for (const [key, n] of this.alsoFrees) for (let i = 0; i < n; i++) hiddenFree(key === 'counted' ? null : key);
  }
  pyRepr(): string {
    return raise(T_NotImplementedError, `showing the garbage importing '${this.module}' leaves under ${profile.version} (a ${this.kind.name} object) is not simulated`);
  }
}

/** a garbage object of the import, unreachable from birth; the collector may run right after.
 * `type`: its type's name, with a tuple's size ('tuple/3') */
function makeGarbage(type: string, importing: string, alsoFrees: [string, number][] | null): void {
  const [name, size] = type.split('/');
  const freeList = name === 'tuple' ? tupleFreeList(Number(size)) : name === 'dict' || name === 'list' ? name : null;
  const o = gcNew(new PyImportGarbage(garbageType(name!), importing, freeList));
  o.alsoFrees = alsoFrees;
  o.self = incref(o);
  decref(o);
  evalBreaker();
}

/**
 * Lib/types.py's `class _C: def _m(self): pass` (deleted at the module's end: the class, its
 * dict, its function, its tuples and descriptors are left to the collector). Its line in the
 * release each table was recorded from.
 */
const TYPES_C = { file: 'types', line: { '3.12': 39, '3.13': 40 }, garbage: 'dict function getset_descriptor getset_descriptor tuple tuple type' };

/** the types module's globals (the module outlives the program; only its functions show it) */
let typesGlobals: PyDict | null = null;

/** types._C made for real, so gc.garbage can show it: what it cost is in the readings already */
function makeTypesC(line: number): void {
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
}
/** the segment's garbage is types._C's, from a table recorded from this very version (3.14
 * borrows 3.13's counts, but its types.py makes no _C: there the objects stay unshowable) */
function showsTypesC(made: [string, string][]): boolean {
  return profile.importCosts === profile.version && made.length > 0 && made.every(([f]) => f === TYPES_C.file) && made.map(([, t]) => t.split('/')[0]).sort().join(' ') === TYPES_C.garbage;
}

/**
 * The garbage's tuples a collection untracked while they lived (untrack_tuples after
 * deduce_unreachable: a reachable tuple whose items are no GC objects but untracked tuples,
 * _PyTuple_MaybeUntrack): a type 'tuple/size@r' is such a tuple, made before reading r; once a
 * collection ran at reading r or later, the collector does not count it, and it goes back to its
 * free list when the garbage holding it is freed.
 */
function untrackTuples(made: [string, string][], lastCollection: number, freed: Record<string, number>): [string, string][] {
  const tracked: [string, string][] = [];
  for (const [owner, t] of made) {
    const at = t.indexOf('@');
    if (at < 0) tracked.push([owner, t]);
    else if (lastCollection < Number(t.slice(at + 1))) tracked.push([owner, t.slice(0, at)]);
    else {
      const key = tupleFreeList(Number(t.slice('tuple/'.length, at))) ?? 'counted';
      freed[key] = (freed[key] ?? 0) + 1;
    }
  }
  return tracked;
}

/** types._C made for real, or the garbage objects, as they appear (what they cost is in the
 * readings replayed around them); `lastCollection`: the reading of this import's last collection */
function makeGarbageOf(made: [string, string][], importing: string, freedByIt: Record<string, number>, lastCollection: number): void {
  const freed = { ...freedByIt };
  const tracked = untrackTuples(made, lastCollection, freed);
  if (showsTypesC(tracked)) makeTypesC(TYPES_C.line[profile.importCosts!]);
  else {
    // the first stand-in frees what the garbage held besides itself
    const also = Object.entries(freed);
    uncounted(() => tracked.forEach(([, t], i) => makeGarbage(t, importing, i === 0 && also.length > 0 ? also : null)));
  }
}

/** how many collections have run (gc.get_stats()' collections, all generations) */
function collections(): number {
  return gcState.stats.reduce((n, s) => n + s.collections, 0);
}

/** a reading of the recorded course: the count's change not due to the free lists, and the lists,
 * dicts and tuples of each size allocated, then freed ([free list, allocations, frees, frees
 * first]) */
type Reading = [other: number, ops: [string, number, number, boolean][]];
const parsedReadings = new Map<string, Reading[]>();
function readingsOf(text: string): Reading[] {
  let rs = parsedReadings.get(text);
  if (rs === undefined) {
    rs = text.split(',').map((r) => {
      const [other, ...kinds] = r.split(';');
      return [Number(other), kinds.map((kv) => {
        const [k, n] = kv.split('=');
        const [made, freed] = n!.split(/[/:]/);
        return [k === 'l' ? 'list' : k === 'd' ? 'dict' : 'tuple' + k, Number(made), Number(freed ?? 0), n!.includes(':')];
      })];
    });
    parsedReadings.set(text, rs);
  }
  return rs;
}

/** `n` allocations (n > 0) or frees, from or to free list `key` (null: counted) */
function allocs(n: number, key: string | null): void {
  for (let i = 0; i < n; i++) hiddenAlloc(key);
  for (let i = 0; i < -n; i++) hiddenFree(key);
}

/**
 * import `name` for the first time in this run: replay what the real import (the files it
 * executes, in their order) did to the collector, reading by reading: generation 0's count as
 * CPython read it at each line, the lists, dicts and tuples made and freed meanwhile (taken from
 * and given back to RefScope's own free lists, so a free list the program filled or emptied
 * counts as CPython's would), then an eval-breaker check (a collection the allocations schedule
 * runs inside the import, where CPython's would). Each file's garbage appears where it did. A
 * file this run already executed (through an earlier import) is not run again: the readings of
 * its import (its body and the imports it starts) are skipped.
 */
export function chargeImport(name: string): void {
  if (profile.importCosts === null) return;
  const tables = importCostsPart();
  const table = profile.importCosts === '3.12' ? tables.IMPORT_COSTS_312 : tables.IMPORT_COSTS_313;
  const course = table.traj[name];
  if (course === undefined) return; // loaded at start-up (or a builtin module: folded into start-up)
  const [text, , spans, appears] = course;
  const readings = readingsOf(text);
  const skipped = spans.filter(([file]) => executed.has(file));
  let next = 0;
  let lastCollection = -1;
  for (let k = 0; k < readings.length; k++) {
    const atK = next < appears.length && appears[next]![0] === k ? appears[next++]! : null;
    if (skipped.some(([, from, to]) => k >= from && k < to)) continue;
    const [other, ops] = readings[k]!;
    for (const [key, made, freed, freesFirst] of ops) {
      if (freesFirst) allocs(-freed, key);
      allocs(made, key);
      if (!freesFirst) allocs(-freed, key);
    }
    allocs(other, null);
    const ran = collections();
    if (atK !== null) makeGarbageOf(atK[1].filter(([owner]) => !executed.has(owner)), name, atK[2], lastCollection);
    evalBreaker();
    if (collections() !== ran) lastCollection = k;
  }
  for (const f of table.imports[name]) executed.add(f);
}
