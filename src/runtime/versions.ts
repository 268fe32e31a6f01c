// What differs between CPython versions, in one place: a profile per version, each rule named
// after the CPython change that introduced it (the way What's New lists them). The engine reads
// `profile.<rule>` (never a version number). RULES below gives each rule's title and source; it
// is what the compare view names and what docs/VERSIONS.md lists.

import { IMPORT_COSTS_312, IMPORT_COSTS_313, type ImportCostTable } from './modules/importCosts.generated';

export type PyVersion = '3.11' | '3.12' | '3.13' | '3.14';

export const PY_VERSIONS: readonly PyVersion[] = ['3.11', '3.12', '3.13', '3.14'];

export interface VersionProfile {
  version: PyVersion;
  /** sys.version_info: the patch release the corpora were recorded with */
  versionInfo: [number, number, number];
  /** gc.get_threshold() at start-up: (700, 10, 10) until 3.13 raised threshold 0 to 2000 */
  gcThresholds: [number, number, number];
  /**
   * The collector's state when `python3 file.py` reaches the program's first line: start-up
   * (site, encodings, io) has allocated and collected before it. CPython 3.11.7 here:
   * gc.get_count() == (249, 0, 2), and gc.get_stats() per generation (collections, collected).
   */
  startupGcCount: [number, number, number];
  startupGcStats: [number, number][];
  /**
   * PEP 683 (3.12): None, True/False, small ints (-5..256), (), "" and the one-character
   * latin-1 strings are immortal: sys.getrefcount reads a constant, increfs change nothing.
   */
  pep683ImmortalObjects: boolean;
  /** the refcount an immortal object reads (64-bit builds): _Py_IMMORTAL_REFCNT / _Py_IMMORTAL_INITIAL_REFCNT */
  immortalRefcount: number;
  /** 3.12 only: interned strings (identifier-like literals) are immortal; 3.13 made them mortal again */
  immortalInternedStrings: boolean;
  /**
   * 3.13's inline values: instance attributes stay inline even after `__dict__` or vars() is
   * read; in 3.11 and 3.12 reading them makes a dict of their own, a separate GC object.
   */
  inlineValuesAfterDict: boolean;
  /** 3.13: weakref.proxy's repr is `<weakproxy at 0x..; to 'T' at 0x..>` (3.11/3.12: `to T at`) */
  weakproxyReprQuoted: boolean;
  /**
   * 3.14's LOAD_FAST_BORROW: a local loaded onto the stack and consumed in the same basic block
   * is a borrowed reference, so sys.getrefcount(local) in a function reads one less, and a
   * parameter passed on from a caller's local is borrowed too.
   */
  borrowedLocalLoads: boolean;
  /** 3.14: a returning frame releases its locals last to first (3.11-3.13: first to last) */
  clearLocalsLastToFirst: boolean;
  /** 3.14: every dict is tracked by the collector from creation (no untracking of atom-only dicts) */
  dictsAlwaysTracked: boolean;
  /** 3.14: a tuple built at run time whose items need no tracking is untracked from creation */
  tuplesUntrackedAtCreation: boolean;
  /**
   * PEP 442 (3.4): objects with __del__ in unreachable cycles are finalized and collected. Before
   * it the collector refused such cycles and put them in gc.garbage (the legacy mode).
   */
  pep442SafeFinalization: boolean;
  /**
   * 3.11's inline instance values (bpo-45340): an instance's attributes need no dict object until
   * `__dict__` is read. Before (3.10 and earlier, 2.7 included) the first attribute stored makes
   * a dict of the instance's own, which the collector tracks and counts. Off in the legacy mode.
   */
  inlineInstanceValues: boolean;
  /**
   * 3.12 (gh-97922): an allocation that passes threshold 0 only schedules the collection
   * (_PyObject_GC_Link sets the eval breaker); it runs at the next eval-breaker check: a Python
   * function's start (RESUME), a loop's back edge (JUMP_BACKWARD), the end of a call to a
   * non-Python callable (CALL). 3.11 collects inside the allocation.
   */
  gcScheduledAtEvalBreaker: boolean;
  /**
   * 3.12: Argument Clinic's keyword-name tuples are static objects; in 3.11 a function's
   * _PyArg_Parser builds its tuple on the first parse (print's on its first call: one container).
   */
  staticArgParserKeywords: boolean;
  /**
   * What importing a module costs the collector when start-up has not imported it yet (3.12+:
   * functools, weakref, types... are no longer loaded by site): recorded per version by
   * scripts/record-import-costs.py; null when every simulated module is loaded at start-up (3.11).
   */
  importCosts: ImportCostTable | null;
}

/** CPython 3.11.7: the reference RefScope was built against */
export const PY311: VersionProfile = {
  version: '3.11',
  versionInfo: [3, 11, 7],
  gcThresholds: [700, 10, 10],
  startupGcCount: [249, 0, 2],
  startupGcStats: [[22, 43], [2, 92], [0, 0]],
  pep683ImmortalObjects: false,
  immortalRefcount: 0,
  immortalInternedStrings: false,
  inlineValuesAfterDict: false,
  weakproxyReprQuoted: false,
  borrowedLocalLoads: false,
  clearLocalsLastToFirst: false,
  dictsAlwaysTracked: false,
  tuplesUntrackedAtCreation: false,
  pep442SafeFinalization: true,
  inlineInstanceValues: true,
  gcScheduledAtEvalBreaker: false,
  staticArgParserKeywords: false,
  importCosts: null,
};

/** CPython 3.12.1: immortal objects */
export const PY312: VersionProfile = {
  ...PY311,
  version: '3.12',
  versionInfo: [3, 12, 1],
  // measured with 3.12.1 on this machine as 3.11's figures were (the probe's own 15 allocations off)
  startupGcCount: [677, 4, 0],
  startupGcStats: [[4, 24], [0, 0], [0, 0]],
  pep683ImmortalObjects: true,
  immortalRefcount: 4294967295,
  immortalInternedStrings: true,
  gcScheduledAtEvalBreaker: true,
  staticArgParserKeywords: true,
  importCosts: IMPORT_COSTS_312,
};

/** CPython 3.13.0: threshold 2000, inline values kept, interned strings mortal again */
export const PY313: VersionProfile = {
  ...PY312,
  version: '3.13',
  versionInfo: [3, 13, 0],
  gcThresholds: [2000, 10, 10],
  startupGcCount: [13, 3, 0],
  startupGcStats: [[3, 24], [0, 0], [0, 0]],
  immortalInternedStrings: false,
  inlineValuesAfterDict: true,
  weakproxyReprQuoted: true,
  // 3.14's collector figures follow 3.13's (the generational collector 3.14.5 restored)
  importCosts: IMPORT_COSTS_313,
};

/**
 * CPython 3.14 as of 3.14.5: reference counts as 3.14.2 (the corpus oracle), the collector the
 * generational one of 3.13 (3.14.5 reverted 3.14.0-3.14.4's incremental collector).
 */
export const PY314: VersionProfile = {
  ...PY313,
  version: '3.14',
  versionInfo: [3, 14, 2],
  immortalRefcount: 3221225472,
  borrowedLocalLoads: true,
  clearLocalsLastToFirst: true,
  dictsAlwaysTracked: true,
  tuplesUntrackedAtCreation: true,
};

export const PROFILES: Record<PyVersion, VersionProfile> = { '3.11': PY311, '3.12': PY312, '3.13': PY313, '3.14': PY314 };

/** the fields of a profile that are rules (everything but the version's name) */
export type RuleId = Exclude<keyof VersionProfile, 'version'>;

export interface RuleInfo {
  title: string;
  /** the CPython change: PEP, What's New section, source file or commit */
  source: string;
  /** the tests that show it (corpus-versions programs, tests/diff/versions cases) */
  shownBy: string[];
}

/** every rule's title and source: the compare view names these, docs/VERSIONS.md lists them */
export const RULES: Record<RuleId, RuleInfo> = {
  versionInfo: {
    title: 'sys.version_info',
    source: 'the release itself (3.11.7, 3.12.1, 3.13.0, 3.14.2: the oracles the corpora were recorded with)',
    shownBy: ['corpus-versions/gc_threshold (prints a placeholder on 3.14)'],
  },
  gcThresholds: {
    title: 'gc threshold 0 raised from 700 to 2000',
    source: "What's New in Python 3.13 (gc); Modules/gcmodule.c / Python/gc.c threshold0 default",
    shownBy: ['corpus-versions/gc_threshold'],
  },
  startupGcCount: {
    title: "the collector's counts at the program's first line",
    source: 'measured: gc.get_count() at the first line under each oracle',
    shownBy: ['versions/gc_startup_count'],
  },
  startupGcStats: {
    title: "gc.get_stats() at the program's first line",
    source: 'measured: gc.get_stats() at the first line under each oracle',
    shownBy: ['versions/gc_startup_count'],
  },
  pep683ImmortalObjects: {
    title: 'PEP 683 immortal objects',
    source: "PEP 683 (Python 3.12): None, True, False, small ints, (), '' have a fixed refcount",
    shownBy: ['corpus-versions/imm_none_delta', 'corpus-versions/imm_singletons_in_function', 'corpus-versions/imm_exact_values'],
  },
  immortalRefcount: {
    title: "an immortal object's refcount value",
    source: 'Include/object.h _Py_IMMORTAL_REFCNT (3.12/3.13: 2**32-1); Include/refcount.h _Py_IMMORTAL_INITIAL_REFCNT (3.14: 3<<30)',
    shownBy: ['corpus-versions/imm_exact_values'],
  },
  immortalInternedStrings: {
    title: 'interned strings immortal (3.12 only)',
    source: "PEP 683 / Objects/unicodeobject.c (3.12 immortalizes interned strings; 3.13 made them mortal, gh-113601)",
    shownBy: ['corpus-versions/imm_interned_strings'],
  },
  inlineValuesAfterDict: {
    title: 'inline instance values kept after __dict__ (3.13)',
    source: "What's New in Python 3.13 (objects keep inline values when __dict__ is materialized, gh-115776)",
    shownBy: ['corpus-versions/gc_dict_materialized', 'corpus-versions/gc_slots_vs_dict', 'corpus-versions/gc_setattr_no_dict', 'corpus-versions/gc_referents_instance'],
  },
  weakproxyReprQuoted: {
    title: "weakproxy repr `; to 'T' at` (3.13)",
    source: "Objects/weakrefobject.c proxy_repr in 3.13 (the proxy's repr follows weakref's)",
    shownBy: ['corpus-versions/wr_proxy_repr', 'corpus-versions/wr_proxy_callable'],
  },
  borrowedLocalLoads: {
    title: 'LOAD_FAST_BORROW: borrowed loads of locals (3.14)',
    source: "What's New in Python 3.14 (LOAD_FAST_BORROW); Python/flowgraph.c optimize_load_fast, gh-130704",
    shownBy: ['corpus-versions/rc_local_fresh', 'corpus-versions/rc_call_chain', 'corpus-versions/rc_param_sources', 'corpus-versions/rc_listcomp_function'],
  },
  clearLocalsLastToFirst: {
    title: 'a returning frame releases its locals last to first (3.14)',
    source: 'Python/frame.c _PyFrame_ClearLocals in 3.14 (closes the stack and locals from the top down)',
    shownBy: ['corpus-versions/fin_local_on_return'],
  },
  dictsAlwaysTracked: {
    title: 'every dict tracked by the collector (3.14)',
    source: "What's New in Python 3.14 (gc: dicts are no longer untracked when they hold only atoms); Objects/dictobject.c",
    shownBy: ['corpus-versions/gc_is_tracked_dicts'],
  },
  tuplesUntrackedAtCreation: {
    title: 'tuples of atoms untracked from creation (3.14)',
    source: 'Objects/tupleobject.c in 3.14 (a tuple whose items need no tracking is never tracked)',
    shownBy: ['corpus-versions/gc_is_tracked_tuples'],
  },
  inlineInstanceValues: {
    title: 'inline instance values (3.11): no dict object per instance',
    source: "What's New in Python 3.11 (bpo-45340, faster attribute access: instance dicts made lazily); Objects/dictobject.c make_dict_from_instance_attributes",
    shownBy: ['tests/diff/versions/legacy/legacy_instance_dicts'],
  },
  gcScheduledAtEvalBreaker: {
    title: 'automatic collection at the next eval-breaker check (3.12)',
    source: 'Modules/gcmodule.c _PyObject_GC_Link calls _Py_ScheduleGC (gh-97922); Python/ceval_gil.c _Py_HandlePending runs _Py_RunGC at RESUME, JUMP_BACKWARD, CALL',
    shownBy: ['versions/v_gc_eval_breaker'],
  },
  staticArgParserKeywords: {
    title: "argument parsers' keyword tuples static (3.12)",
    source: 'Python/getargs.c parser_init (3.12: the kwtuple Argument Clinic generates is a static object; 3.11 builds it on the first call, gh-90928)',
    shownBy: ['lessons/generations under 3.12 and 3.13', 'versions/v_gc_eval_breaker'],
  },
  importCosts: {
    title: 'imports that allocate and leave cyclic garbage (3.12+)',
    source: 'measured: scripts/record-import-costs.py under 3.12.1 and 3.13.0 (site no longer imports functools, weakref, types... at start-up)',
    shownBy: ['lessons/lru-cache-leak, registry, capstone under 3.12 and 3.13', 'versions/v_import_costs_*'],
  },
  pep442SafeFinalization: {
    title: 'PEP 442 safe object finalization',
    source: 'PEP 442 (Python 3.4): cycles holding __del__ are finalized and collected; before, they went to gc.garbage',
    shownBy: ['tests/diff/versions/legacy'],
  },
};

/** the legacy mode: a version's rules with the collector and instance layout of before 3.4 (2.7's) */
export function legacyProfile(p: VersionProfile): VersionProfile {
  return { ...p, pep442SafeFinalization: false, inlineInstanceValues: false };
}

/** the profile of the program running now (set by run() before anything else) */
export let profile: VersionProfile = PY311;

export function setProfile(p: VersionProfile): void {
  profile = p;
}
