// Each version rule's title, its CPython source and the tests that show it: what the compare
// view names for a difference and what docs/VERSIONS.md lists. The rules themselves, the
// profiles, are versions.ts's; this file is read only when two versions are compared.

import type { VersionProfile } from './versions';

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
  startupFreeLists: {
    title: "the free lists' contents at the program's first line",
    source: 'measured: scripts/record-startup-freelists.py under each oracle (Objects/tupleobject.c, listobject.c, dictobject.c free lists)',
    shownBy: ['versions/v_gc_startup_freelists'],
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
    shownBy: ['corpus-versions/rc_local_fresh', 'corpus-versions/rc_call_chain', 'corpus-versions/rc_param_sources', 'corpus-versions/rc_listcomp_function', 'versions/v_borrow_operators', 'versions/v_borrow_call_ex'],
  },
  withLoadSpecial: {
    title: 'with: LOAD_SPECIAL keeps __enter__/__exit__ unbound, the manager their self on the stack (3.14)',
    source: 'Python/bytecodes.c LOAD_SPECIAL, Objects/typeobject.c _PyObject_LookupSpecialMethod (3.14 replaced BEFORE_WITH); Python/codegen.c codegen_with',
    shownBy: ['versions/v_with_load_special'],
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
  callAllocAndEnterInit: {
    title: 'CALL_ALLOC_AND_ENTER_INIT: a specialised class call enters __init__ directly (3.13)',
    source: "What's New in Python 3.13 (gh-91095); Python/specialize.c specialize_class_call, get_init_for_simple_managed_python_class; Objects/call.c _PyObject_MakeTpCall for the generic call",
    shownBy: ['versions/v_borrow_class_init', 'versions/v_class_call_specialised'],
  },
  classCallSpecialisesAnyArgcount: {
    title: "a class call site specialises to CALL_ALLOC_AND_ENTER_INIT whatever __init__'s argument count (3.14)",
    source: 'Python/specialize.c specialize_class_call (3.13: SPEC_FAIL_WRONG_NUMBER_ARGUMENTS, adaptive_counter_backoff; 3.14: the count is a guard of the specialised instruction); measured with dis.get_instructions(adaptive=True)',
    shownBy: ['versions/v_class_call_site_shared'],
  },
  enterInitWithoutManagedDict: {
    title: 'a class with __slots__ is specialised to CALL_ALLOC_AND_ENTER_INIT too (3.14)',
    source: 'Python/specialize.c get_init_for_simple_managed_python_class (3.13: Py_TPFLAGS_MANAGED_DICT required, SPEC_FAIL_NO_DICT; 3.14: no such check); measured with dis.get_instructions(adaptive=True): 3.13.0 CALL_NON_PY_GENERAL, 3.14 CALL_ALLOC_AND_ENTER_INIT',
    shownBy: ['versions/v_class_call_site_kinds'],
  },
  frameSpecialsSize: {
    title: "CALL_ALLOC_AND_ENTER_INIT needs room on the data stack's chunk for its shim and __init__'s frame (3.13)",
    source: 'Python/bytecodes.c CALL_ALLOC_AND_ENTER_INIT (3.13; _CHECK_AND_ALLOCATE_OBJECT in 3.14): DEOPT_IF(!_PyThreadState_HasStackSpace(tstate, code->co_framesize + _Py_InitCleanup.co_framesize)); Python/pystate.c push_chunk, DATA_STACK_CHUNK_SIZE; Include/internal/pycore_frame.h FRAME_SPECIALS_SIZE',
    shownBy: ['versions/v_init_data_stack'],
  },
  intStrVectorcall: {
    title: 'int() and str() called through vectorcall (3.13)',
    source: 'Objects/longobject.c long_vectorcall and Objects/unicodeobject.c unicode_vectorcall (3.13); Objects/call.c _PyObject_MakeTpCall packs a tuple for types without vectorcall',
    shownBy: ['versions/v_tp_call_refs'],
  },
  getattrHookUnbound: {
    title: '__getattr__ called without a bound method (3.12)',
    source: 'Objects/typeobject.c call_attribute (3.12: a Py_TPFLAGS_METHOD_DESCRIPTOR attribute is vectorcalled with self, not bound first)',
    shownBy: ['versions/v_tp_call_refs'],
  },
  printArgsArray: {
    title: "print()'s arguments passed as an array, no *args tuple (3.14)",
    source: 'gh-122943 (Argument Clinic: a var-positional parameter as a C array, `*args: array`); Python/bltinmodule.c builtin_print in 3.14',
    shownBy: ['versions/v_tp_call_refs'],
  },
  callFunctionExHoldsArgs: {
    title: 'f(*args, **kw) keeps its argument tuple and dict while the function runs (3.11)',
    source: "Python/ceval.c CALL_FUNCTION_EX in 3.11 (do_call_core, PyObject_Call); 3.12's Python/bytecodes.c CALL_FUNCTION_EX pushes the frame with _PyEvalFramePushAndInit_Ex, which releases them",
    shownBy: ['versions/v_star_call_refs', 'versions/v_star_method_calls'],
  },
  countRunEqualRuns: {
    title: "list.sort's runs: descending with equal items, extended after (3.13)",
    source: "gh-116554: Objects/listobject.c count_run in 3.13 (What's New 3.13: list.sort finds more runs)",
    shownBy: ['versions/v_sort_comparisons', 'versions/v_sort_merge_comparisons'],
  },
  minMaxVectorcall: {
    title: 'min() and max() called through vectorcall (3.13)',
    source: 'gh-90350: Python/bltinmodule.c builtin_min/builtin_max as METH_FASTCALL | METH_KEYWORDS in 3.13 (min_max walks the argument array)',
    shownBy: ['versions/v_sort_comparisons'],
  },
  gcScheduledAtEvalBreaker: {
    title: 'automatic collection at the next eval-breaker check (3.12)',
    source: 'Modules/gcmodule.c _PyObject_GC_Link calls _Py_ScheduleGC (gh-97922); Python/ceval_gil.c _Py_HandlePending runs _Py_RunGC at RESUME, JUMP_BACKWARD, CALL',
    shownBy: ['versions/v_gc_eval_breaker'],
  },
  staticArgParserKeywords: {
    title: "argument parsers' keyword tuples static (3.12)",
    source: "Python/getargs.c parser_init (3.12: the kwtuple Argument Clinic generates for the core is a static object; 3.11 builds it on the first call with keywords, gh-90928; shared-library modules' parsers such as math's and _bisect's, and 3.13's min/max parser, still build it)",
    shownBy: ['lessons/generations under 3.12 and 3.13', 'versions/v_gc_eval_breaker', 'cases/gc_count_exc_args_object_sort (3.11: list.sort)', 'cases/gc_count_arg_parser_keywords (3.11)', 'versions/v_arg_parser_keywords'],
  },
  classFirstLinenoAndStaticAttributes: {
    title: "a class's __firstlineno__ and __static_attributes__ in its __dict__ (3.13)",
    source: "What's New in Python 3.13 (Other Language Changes; gh-118465, gh-115775): Python/compile.c compiler_class_body",
    shownBy: ['versions/v_class_dict', 'lessons/capstone under 3.13 and 3.14'],
  },
  tupleConstantsInAstArena: {
    title: 'constant tuples folded in the AST, held by the parser arena (until 3.13)',
    source: 'Python/ast_opt.c fold_tuple / make_const (_PyArena_AddPyObject; the arena lives until the program ends, Python/pythonrun.c pyrun_file); 3.14: gh-126835 moved the folding to Python/flowgraph.c',
    shownBy: ['versions/v_const_tuples'],
  },
  startupCollectionAtFirstResume: {
    title: 'a collection before the first line (3.12)',
    source: 'measured with 3.12.1: start-up ends at about 680 of threshold 0\'s 700; compiling the program passes it and gh-97922 runs the scheduled collection at the first RESUME (gc.get_count() (0, 5, 0) at the first line, constant tuples untracked)',
    shownBy: ['versions/v_gc_tracked_mix', 'lessons/generations under 3.12'],
  },
  orderedDictReprAsDict: {
    title: "OrderedDict's repr shows a dict (3.12)",
    source: "What's New in Python 3.12 (collections); gh-101446: Lib/collections/__init__.py OrderedDict.__repr__",
    shownBy: ['versions/v_ordereddict_repr'],
  },
  importCosts: {
    title: 'imports that allocate and leave cyclic garbage (3.12+)',
    source: 'measured: scripts/record-import-costs.py under 3.12.1 and 3.13.0 (site no longer imports functools, weakref, types... at start-up)',
    shownBy: ['lessons/lru-cache-leak, registry, capstone under 3.12 and 3.13', 'versions/v_import_costs_*'],
  },
  quickeningWarmup: {
    title: 'specialised instructions: after a code object warms up (3.11), from their second run (3.12)',
    source: "PEP 659; Python/ceval.c _PyCode_Warmup at RESUME and JUMP_BACKWARD, QUICKENING_WARMUP_DELAY 8 (3.11); Python/specialize.c _PyCode_Quicken, adaptive_counter_warmup (3.12); BINARY_SUBSCR_GETITEM and PRECALL_NO_KW_STR_1 move the stack's references into __getitem__'s frame / skip the args tuple",
    shownBy: ['versions/v_specialized_getitem', 'versions/v_specialized_attrs'],
  },
  loadAttrPythonFrames: {
    title: 'LOAD_ATTR_PROPERTY, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN (3.12)',
    source: "What's New in Python 3.12; Python/specialize.c analyze_descriptor (PROPERTY, GETATTRIBUTE_IS_PYTHON_FUNCTION), Python/bytecodes.c LOAD_ATTR_PROPERTY, LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN",
    shownBy: ['versions/v_specialized_attrs'],
  },
  loadMethodPythonFrames: {
    title: 'a method load specialises to LOAD_ATTR_PROPERTY / LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN too (3.12 only)',
    source: 'Python/specialize.c _Py_Specialize_LoadAttr (3.12: PROPERTY and GETATTRIBUTE_IS_PYTHON_FUNCTION accept oparg & 1; 3.13 fails them with SPEC_FAIL_ATTR_METHOD)',
    shownBy: ['versions/v_specialized_method_loads'],
  },
  cRecursionLimit: {
    title: 'C-level recursion counted apart from the Python frames (3.12), its limit raised (3.13), a C stack check (3.14)',
    source: "Include/internal/pycore_ceval.h _Py_EnterRecursiveCall, Python/ceval.c _Py_CheckRecursiveCall (3.11: recursion_remaining shared by the Python frames and the C path); 3.12: c_recursion_remaining against Py_C_RECURSION_LIMIT 1500 (Include/cpython/pystate.h), 3.13: 10000; 3.14: _Py_ReachedRecursionLimit checks the C stack pointer",
    shownBy: ['tests/diff/cases/recursion_c_levels', 'versions/v_recursion_c_levels'],
  },
  evalEntryCUnits: {
    title: 'a Python function entered from C costs two C units (3.12)',
    source: 'Python/ceval.c _PyEval_EvalFrameDefault (3.12, 3.13): c_recursion_remaining -= PY_EVAL_C_STACK_UNITS - 1, then _Py_EnterRecursiveCallTstate',
    shownBy: ['versions/v_recursion_c_levels'],
  },
  pep709InlinedComprehensions: {
    title: 'PEP 709 inlined comprehensions: no function, no frame (3.12)',
    source: 'PEP 709; Python/symtable.c inline_comprehension, Python/compile.c compiler_comprehension, push_inlined_comprehension_state / pop_inlined_comprehension_state (LOAD_FAST_AND_CLEAR, MAKE_CELL, SWAP, STORE_FAST_MAYBE_NULL)',
    shownBy: ['versions/v_inlined_comp_frames', 'versions/v_inlined_comp_scopes', 'versions/v_inlined_comp_refcounts', 'versions/v_inlined_comp_gc_counts', 'versions/v_inlined_comp_release_order'],
  },
  boolOpCopiesOperand: {
    title: 'An and/or value tests a copy of each operand (3.12)',
    source: 'Python/compile.c compiler_boolop: COPY 1, TO_BOOL, POP_JUMP_IF_* (3.11: JUMP_IF_TRUE_OR_POP tests the operand in place)',
    shownBy: ['versions/v_borrow_bool_tests'],
  },
  genFrameClearedInEval: {
    title: "A finished generator's frame object keeps its caller as f_back (3.12)",
    source: 'Objects/genobject.c gen_send_ex2 (3.11: frame->previous = NULL, then _PyFrame_Clear); 3.12: Python/ceval.c clear_gen_frame with the caller still linked, Python/frame.c take_ownership',
    shownBy: ['versions/v_gen_frame_back'],
  },
  genCloseWithoutThrow: {
    title: 'close() throws no GeneratorExit into a generator suspended outside any try or with (3.13)',
    source: "gh-100762 (Objects/genobject.c gen_close: no gen.throw() unless necessary; 3.12's test read YIELD_VALUE's opcode, not its oparg, and never held: fixed by gh-111069), gh-111354 (the exception depth in RESUME's oparg, RESUME_OPARG_DEPTH1_MASK); gh-118272 (3.13: the frame's locals cleared, _PyFrame_ClearLocals); 3.14: gen_clear_frame clears the whole frame, its function too (measured with 3.14.2); 3.13 releases the value stack bottom up, 3.14 top down",
    shownBy: ['versions/v_gen_close_no_throw', 'versions/v_gen_close_stack_order'],
  },
  genCloseCreatedKeepsFrame: {
    title: 'close() of a generator never started keeps its frame until it is freed (3.12)',
    source: 'gh-100762: Objects/genobject.c gen_close marks a FRAME_CREATED generator FRAME_COMPLETED and returns (3.11 throws GeneratorExit at its first instruction); gh-142766 clears it again after 3.14.2',
    shownBy: ['versions/v_gen_close_no_throw'],
  },
  baseExceptionVectorcall: {
    title: 'builtin exception types called through vectorcall (3.14)',
    source: "gh-118702: Objects/exceptions.c BaseException_vectorcall (the args tuple made from the array; 3.11-3.13's BaseException_new keeps type_call's tuple, CALL_FUNCTION_EX's own for T(*t))",
    shownBy: ['versions/v_exc_args_tuple'],
  },
  tupleFreeListReusesTwenty: {
    title: 'freed 20-tuples reused from the free list (3.13)',
    source: "gh-121439: Objects/tupleobject.c maybe_freelist_pop served sizes below PyTuple_MAXSAVESIZE (20) while maybe_freelist_push kept size 20 too (3.11.7, 3.12.1: never reused; fixed for 3.13.0)",
    shownBy: ['versions/v_tuple_freelist_twenty'],
  },
  heapqMaxHeapPublic: {
    title: "heapq's max-heap functions public (3.14): nlargest and nsmallest 14 lines further down",
    source: 'gh-110067: Lib/heapq.py heapify_max, heappush_max, heappop_max, heapreplace_max, heappushpop_max defined before nsmallest (its co_firstlineno 463 → 477, nlargest 523 → 537)',
    shownBy: ['versions/v_heapq_lines'],
  },
  pep442SafeFinalization: {
    title: 'PEP 442 safe object finalization',
    source: 'PEP 442 (Python 3.4): cycles holding __del__ are finalized and collected; before, they went to gc.garbage',
    shownBy: ['tests/diff/versions/legacy'],
  },
};
