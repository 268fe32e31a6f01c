// What differs between CPython versions, in one place: a profile per version, each rule named
// after the CPython change that introduced it (the way What's New lists them). The engine reads
// `profile.<rule>` (never a version number). Each rule's title and source are in versionRules.ts
// (what the compare view names and docs/VERSIONS.md lists).

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
   * How many objects the free lists hold at the program's first line: tuples of each length
   * 1..20, lists, dicts (what start-up left in them; taking one is not counted in generation 0).
   * Measured for a minimal program by scripts/record-startup-freelists.py; like startupGcCount,
   * they move a little with the size and shape of the program CPython compiles.
   */
  startupFreeLists: { tuple: number[]; list: number; dict: number };
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
  /**
   * 3.14's LOAD_SPECIAL for `with`: __exit__ and __enter__ are kept unbound with the manager as
   * their self on the stack (3.11-3.13's BEFORE_WITH binds both and drops the manager)
   */
  withLoadSpecial: boolean;
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
   * 3.12: Argument Clinic's keyword-name tuples are static objects in the core; in 3.11 a
   * function's _PyArg_Parser builds its tuple on the first parse (print's on its first call, the
   * others' on their first call with keywords: one container each; eval/args.ts argParserInit).
   * Shared-library modules (math, _bisect) and 3.13's min/max build theirs in every version.
   */
  staticArgParserKeywords: boolean;
  /**
   * What importing a module costs the collector when start-up has not imported it yet (3.12+:
   * functools, weakref, types... are no longer loaded by site): recorded per version by
   * scripts/record-import-costs.py (modules/importCosts.generated.ts, fetched on first use): the
   * version whose table applies; null when every simulated module is loaded at start-up (3.11).
   */
  importCosts: '3.12' | '3.13' | null;
  /**
   * 3.13: a class body stores `__firstlineno__` (its first line, decorators included) and
   * `__static_attributes__` (the names stored through `self.NAME` in its functions) in the
   * namespace, so both are in the class's __dict__.
   */
  classFirstLinenoAndStaticAttributes: boolean;
  /**
   * 3.11-3.13: ast_opt folds a tuple of constants into a Constant the parser's arena holds while
   * the program runs, so a constant tuple has one reference more than its code objects give it
   * (`t = (1, 2)`: sys.getrefcount(t) is 4). 3.14 folds tuples in the code generator (gh-126835).
   */
  tupleConstantsInAstArena: boolean;
  /**
   * 3.12.1: start-up ends just under threshold 0, so compiling the program passes it and a
   * collection runs at the module's first RESUME (gh-97922's scheduling): the program starts at
   * (0, 5, 0) and its constant tuples of atoms are untracked. 3.13's threshold of 2000 is far.
   */
  startupCollectionAtFirstResume: boolean;
  /** 3.12 (gh-101446): repr(OrderedDict) shows its items as a dict, `OrderedDict({'a': 1})` */
  orderedDictReprAsDict: boolean;
  /**
   * 3.13's CALL_ALLOC_AND_ENTER_INIT (gh-91095): once a call site of a class whose `__init__` is a
   * simple Python function is specialised (from its second run), the arguments move from the
   * stack into `__init__`'s frame; the generic call packs them in a tuple (two more references).
   */
  callAllocAndEnterInit: boolean;
  /**
   * 3.14: specialize_class_call no longer checks `__init__`'s argument count (3.13 fails with
   * SPEC_FAIL_WRONG_NUMBER_ARGUMENTS and backs off): the site becomes CALL_ALLOC_AND_ENTER_INIT,
   * which misses on every run (its argument-count guard), so another class at the site misses too.
   */
  classCallSpecialisesAnyArgcount: boolean;
  /**
   * 3.14: get_init_for_simple_managed_python_class no longer asks for instances with a managed
   * `__dict__` (3.13: SPEC_FAIL_NO_DICT, the site becomes CALL_NON_PY_GENERAL), so a class with
   * `__slots__` is specialised to CALL_ALLOC_AND_ENTER_INIT too.
   */
  enterInitWithoutManagedDict: boolean;
  /**
   * 3.13+: FRAME_SPECIALS_SIZE, the slots of a frame's header on the thread's data stack (0: the
   * data stack is not simulated). CALL_ALLOC_AND_ENTER_INIT deoptimises to the generic call when
   * the data stack's chunk has no room for its shim frame and `__init__`'s.
   */
  frameSpecialsSize: number;
  /**
   * 3.13: int() and str() are called through vectorcall, without the tuple _PyObject_MakeTpCall
   * packs (which holds one more reference to the argument while __int__/__str__ run).
   */
  intStrVectorcall: boolean;
  /**
   * 3.12: slot_tp_getattr_hook's call_attribute calls a Python `__getattr__` without binding it
   * (3.11 makes a bound method, one more reference to self while it runs).
   */
  getattrHookUnbound: boolean;
  /**
   * 3.14 (gh-122943): print() receives its positional arguments as the caller's array, without
   * the *args tuple Argument Clinic built before (an allocation, a reference to each argument).
   */
  printArgsArray: boolean;
  /**
   * 3.11: CALL_FUNCTION_EX (`f(*a, **k)`) keeps its argument tuple and keyword dict while a Python
   * function runs (PyObject_Call), one more reference to each argument inside it; 3.12 frees them
   * as the frame is pushed (_PyEvalFramePushAndInit_Ex).
   */
  callFunctionExHoldsArgs: boolean;
  /**
   * 3.13's count_run (gh-116554): list.sort's first run may be descending with runs of equal
   * items, and is extended by the ascending items after it: other `<` comparisons than 3.12's.
   */
  countRunEqualRuns: boolean;
  /**
   * 3.13: min() and max() are vectorcall builtins: several arguments are compared from the
   * caller's array, without the args tuple and its iterator (one reference fewer to each).
   */
  minMaxVectorcall: boolean;
  /**
   * 3.11 quickens a code object after this many RESUMEs and JUMP_BACKWARDs (_PyCode_Warmup,
   * QUICKENING_WARMUP_DELAY 8); its instructions then specialise on their next run. 0: 3.12+
   * quicken at creation and an instruction specialises on its second run (adaptive_counter_warmup).
   * Seen inside Python methods a specialised instruction calls (BINARY_SUBSCR_GETITEM...).
   */
  quickeningWarmup: number;
  /**
   * 3.12's LOAD_ATTR_PROPERTY and LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN: a specialised `o.x` pushes
   * the property getter's or __getattribute__'s frame with the stack's reference to `o` moved in.
   */
  loadAttrPythonFrames: boolean;
  /**
   * 3.12 only: a method load (`o.m()`: LOAD_ATTR with the method flag) specialises to the same two
   * forms, the result then called as a plain value; 3.13's specializer fails a method load there
   * (SPEC_FAIL_ATTR_METHOD)
   */
  loadMethodPythonFrames: boolean;
  /**
   * Where the C path's recursion checks (_Py_EnterRecursiveCall: _PyObject_MakeTpCall,
   * PyObject_Repr, PyObject_RichCompare, a builtin's call...) count: 0 = 3.11's one counter shared
   * with the Python frames against sys.getrecursionlimit(); otherwise 3.12's separate C limit
   * (Py_C_RECURSION_LIMIT: 1500 in 3.12, 10000 in 3.13; 3.14 checks the C stack's size instead:
   * Infinity, not simulated).
   */
  cRecursionLimit: number;
  /** 3.12+: C units a Python function entered from C costs (PY_EVAL_C_STACK_UNITS, 2); 3.11: none */
  evalEntryCUnits: number;
  /**
   * PEP 709 (3.12): list, set and dict comprehensions run inline in the enclosing frame: no
   * function object and no frame of their own, their iteration variables fast locals of the
   * enclosing code (saved before and restored after), the names they read from it no cells.
   */
  pep709InlinedComprehensions: boolean;
  /**
   * 3.12+: an `and`/`or` as a value tests a COPY of each operand but the last (Python/compile.c
   * compiler_boolop: COPY 1, TO_BOOL, POP_JUMP_IF_*; 3.11's JUMP_IF_*_OR_POP tested it in
   * place): the operand holds one reference more while its __bool__ / __len__ runs
   */
  boolOpCopiesOperand: boolean;
  /**
   * 3.12+: a finished generator's frame is cleared by the evaluator with its caller still linked,
   * so a frame object that outlives it (a traceback, sys._getframe) gets the caller's frame
   * object as f_back (Python/frame.c take_ownership, made if missing); 3.11's gen_send_ex2 unlinks
   * frame->previous before _PyFrame_Clear: f_back None, no caller frame object made
   */
  genFrameClearedInEval: boolean;
  /**
   * 3.13 (gh-100762, working from gh-111069): close() of a generator suspended at a yield under
   * no try, except, with or finally cleanup of its own throws no GeneratorExit in: gen_close marks
   * it completed and clears its frame's locals (_PyFrame_ClearLocals, gh-118272: 'clearLocals', the
   * function kept until the generator is freed; 3.14's gen_clear_frame: 'clearFrame', all of it),
   * so no exception, traceback or frame object is made (3.12's check read the YIELD_VALUE's opcode
   * for its oparg and never held: null, GeneratorExit thrown in)
   */
  genCloseWithoutThrow: 'clearLocals' | 'clearFrame' | null;
  /**
   * 3.12 (gh-100762): close() of a generator never started only marks it completed; its frame
   * (the arguments) stays until the generator is freed (3.11 throws GeneratorExit at its first
   * instruction, clearing the frame; gh-142766 restores that after 3.14.2)
   */
  genCloseCreatedKeepsFrame: boolean;
  /**
   * 3.14 (gh-118702): the builtin exception types are called through vectorcall, their args a
   * tuple made from the arguments' array: `Exception(*t).args` is a new tuple (3.11-3.13:
   * type_call's tuple, `t` itself; a class the program made still gets `t`)
   */
  baseExceptionVectorcall: boolean;
  /**
   * 3.13 (gh-121439): a new 20-tuple is taken from the tuple free list; 3.11 and 3.12 push freed
   * 20-tuples there but take only shorter ones (maybe_freelist_pop's `size < PyTuple_MAXSAVESIZE`),
   * so every 20-tuple made counts in generation 0
   */
  tupleFreeListReusesTwenty: boolean;
  /**
   * 3.14 (gh-110067): Lib/heapq.py defines the public max-heap functions above nsmallest and
   * nlargest, 14 lines further down (their code objects' lines, their traceback entries)
   */
  heapqMaxHeapPublic: boolean;
}

/** CPython 3.11.7: the reference RefScope was built against */
export const PY311: VersionProfile = {
  version: '3.11',
  versionInfo: [3, 11, 7],
  gcThresholds: [700, 10, 10],
  startupGcCount: [249, 0, 2],
  startupGcStats: [[22, 43], [2, 92], [0, 0]],
  startupFreeLists: { tuple: [4, 6, 2, 1, 3, 0, 8, 6, 1, 0, 1, 3, 4, 1, 2, 2, 2, 3, 1, 0], list: 39, dict: 7 },
  pep683ImmortalObjects: false,
  immortalRefcount: 0,
  immortalInternedStrings: false,
  inlineValuesAfterDict: false,
  weakproxyReprQuoted: false,
  borrowedLocalLoads: false,
  withLoadSpecial: false,
  clearLocalsLastToFirst: false,
  dictsAlwaysTracked: false,
  tuplesUntrackedAtCreation: false,
  pep442SafeFinalization: true,
  inlineInstanceValues: true,
  gcScheduledAtEvalBreaker: false,
  staticArgParserKeywords: false,
  importCosts: null,
  classFirstLinenoAndStaticAttributes: false,
  tupleConstantsInAstArena: true,
  orderedDictReprAsDict: false,
  startupCollectionAtFirstResume: false,
  callAllocAndEnterInit: false,
  classCallSpecialisesAnyArgcount: false,
  enterInitWithoutManagedDict: false,
  frameSpecialsSize: 0,
  intStrVectorcall: false,
  getattrHookUnbound: false,
  printArgsArray: false,
  callFunctionExHoldsArgs: true,
  countRunEqualRuns: false,
  minMaxVectorcall: false,
  quickeningWarmup: 8,
  loadAttrPythonFrames: false,
  loadMethodPythonFrames: false,
  cRecursionLimit: 0,
  evalEntryCUnits: 0,
  pep709InlinedComprehensions: false,
  boolOpCopiesOperand: false,
  genFrameClearedInEval: false,
  genCloseWithoutThrow: null,
  genCloseCreatedKeepsFrame: false,
  baseExceptionVectorcall: false,
  tupleFreeListReusesTwenty: false,
  heapqMaxHeapPublic: false,
};

/** CPython 3.12.1: immortal objects */
export const PY312: VersionProfile = {
  ...PY311,
  version: '3.12',
  versionInfo: [3, 12, 1],
  // 3.12.1's start-up ends at about 680 of threshold 0's 700: compiling any program but the
  // smallest passes it, so the program's first line sees the collection that followed
  // (startupCollectionAtFirstResume)
  startupGcCount: [0, 5, 0],
  startupGcStats: [[5, 24], [0, 0], [0, 0]],
  startupFreeLists: { tuple: [5, 6, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0], list: 8, dict: 13 },
  pep683ImmortalObjects: true,
  immortalRefcount: 4294967295,
  immortalInternedStrings: true,
  gcScheduledAtEvalBreaker: true,
  staticArgParserKeywords: true,
  importCosts: '3.12',
  orderedDictReprAsDict: true,
  startupCollectionAtFirstResume: true,
  getattrHookUnbound: true,
  callFunctionExHoldsArgs: false,
  quickeningWarmup: 0,
  loadAttrPythonFrames: true,
  loadMethodPythonFrames: true,
  cRecursionLimit: 1500,
  evalEntryCUnits: 2,
  pep709InlinedComprehensions: true,
  boolOpCopiesOperand: true,
  genFrameClearedInEval: true,
  genCloseCreatedKeepsFrame: true,
};

/** CPython 3.13.0: threshold 2000, inline values kept, interned strings mortal again */
export const PY313: VersionProfile = {
  ...PY312,
  version: '3.13',
  loadMethodPythonFrames: false,
  versionInfo: [3, 13, 0],
  gcThresholds: [2000, 10, 10],
  startupGcCount: [13, 3, 0],
  startupGcStats: [[3, 24], [0, 0], [0, 0]],
  // 3.14 keeps these (not measured: its oracle runs in Pyodide)
  startupFreeLists: { tuple: [5, 6, 3, 1, 0, 2, 4, 2, 3, 5, 2, 8, 1, 1, 1, 2, 2, 2, 1, 0], list: 9, dict: 11 },
  immortalInternedStrings: false,
  inlineValuesAfterDict: true,
  weakproxyReprQuoted: true,
  classFirstLinenoAndStaticAttributes: true,
  startupCollectionAtFirstResume: false,
  callAllocAndEnterInit: true,
  frameSpecialsSize: 9,
  intStrVectorcall: true,
  countRunEqualRuns: true,
  minMaxVectorcall: true,
  genCloseWithoutThrow: 'clearLocals',
  tupleFreeListReusesTwenty: true,
  cRecursionLimit: 10000,
  // 3.14's collector figures follow 3.13's (the generational collector 3.14.5 restored)
  importCosts: '3.13',
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
  withLoadSpecial: true,
  clearLocalsLastToFirst: true,
  dictsAlwaysTracked: true,
  tuplesUntrackedAtCreation: true,
  tupleConstantsInAstArena: false,
  printArgsArray: true,
  // gen_close clears the whole frame (gen_clear_frame), the function with it (measured: 3.14.2)
  genCloseWithoutThrow: 'clearFrame',
  baseExceptionVectorcall: true,
  heapqMaxHeapPublic: true,
  // _PyInterpreterFrame gained stackpointer and visited: ten slots
  frameSpecialsSize: 10,
  classCallSpecialisesAnyArgcount: true,
  enterInitWithoutManagedDict: true,
  // 3.14 replaced the C recursion counter by a check of the C stack's size (not simulated)
  cRecursionLimit: Infinity,
  evalEntryCUnits: 0,
};

export const PROFILES: Record<PyVersion, VersionProfile> = { '3.11': PY311, '3.12': PY312, '3.13': PY313, '3.14': PY314 };

/** the legacy mode: a version's rules with the collector and instance layout of before 3.4 (2.7's) */
export function legacyProfile(p: VersionProfile): VersionProfile {
  return { ...p, pep442SafeFinalization: false, inlineInstanceValues: false };
}

/** the profile of the program running now (set by run() before anything else) */
export let profile: VersionProfile = PY311;

export function setProfile(p: VersionProfile): void {
  profile = p;
}
