// Running a program: parse, resolve scopes, compile to closures, execute in a module frame,
// then shut down as CPython 3.11 does (atexit finalizers, a collection if enabled, the module
// dict released, a final collection that finds whatever cycles remain).

import { resetRecursion } from './ceval/recursion';
import { codeWarmup } from './specialize/warmup';
import { parse } from '../../python/parser';
import type { SyntaxErrorInfo } from '../../python/ast';
import { stackSizeOf } from './compile/stackdepth/stackdepth';
import type { Symtable } from '../../python/symtable';
import { compileModuleBody, addTraceback } from './compile/stmt';
import { Frame } from './frame';
import type { Code } from '../objects/code';
import { newDict } from '../objects/dict';
import { decref, obs, resetIds, setObserver } from '../objects/object';
import type { HeapObserver } from '../observer';
import { resetHeap, gcState, limits, setMemoryErrorRaiser } from '../gc/heap';
import { moveTo } from '../gc/gcList';
import { startupCollection } from '../gc/collector';
import { S, StepLimitExceeded } from './state';
import { PyError, newExc, raise, pyErrorFromJs } from './errors';
import * as BT from '../objects/builtinTypes';
import { formatException } from './traceback';
import { finalizeModules, resetModules, runAtExit } from '../modules/registry';
import { collectMain } from '../gc/collector';
import { gcLists } from '../modules/gc';
import { clearFrame } from './call';
import { resetPrint } from '../builtins/builtins';
import { resetArgParsers } from './args';
import { resetBuiltinSubclasses } from '../objects/typeobject/type';
import { resetReprState } from './repr';
import './runtimeInit';
import { handleSystemExit, isSystemExit } from './systemExit';
import { resetBorrows } from './borrow';
import { borrowPart, needParserRules, pep709Part } from '../parts';
import { hiddenLocalsOf, makeHostCells } from './compile/comprehension/hidden';
import { PY311, legacyProfile, profile, setProfile, type VersionProfile } from '../versions';

export interface RunOptions {
  filename?: string;
  /** line events before the run is stopped (default: none) */
  maxSteps?: number;
  maxObjects?: number;
  observer?: HeapObserver | null;
  /** receives output as it is written */
  onWrite?: (stream: 'stdout' | 'stderr', text: string) => void;
  /** the CPython version simulated (default 3.11) */
  version?: VersionProfile;
  /** the collector before PEP 442: the profile's pep442SafeFinalization switched off */
  legacyFinalizers?: boolean;
}

export interface RunError {
  type: string;
  message: string;
  line: number;
  col: number;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  steps: number;
  /** the run hit its step limit */
  stepLimited: boolean;
  /**
   * the JS stack ran out before CPython's recursion limit (reported as RecursionError, so the
   * output may differ from CPython's): the host should run it again with a larger stack
   */
  jsStackOverflowed: boolean;
  /** the uncaught exception or syntax error, with its position */
  error: RunError | null;
  syntaxErrors: SyntaxErrorInfo[];
}

function formatSyntaxError(e: SyntaxErrorInfo, lines: string[], filename: string): string {
  if (e.type === 'RecursionError') return `RecursionError: ${e.message}\n`;
  if (e.type === 'NotImplementedError') {
    return `Traceback (most recent call last):\n  File "${filename}", line ${e.line}, in <module>\nNotImplementedError: ${e.message}\n`;
  }
  const src = lines[e.line - 1] ?? '';
  const stripped = src.replace(/^\s+/, '');
  const indent = src.length - stripped.length;
  const caretCol = Math.max(0, e.col - indent);
  const width = e.endLine === e.line && e.endCol > e.col ? e.endCol - e.col : 1;
  let out = `  File "${filename}", line ${e.line}\n`;
  if (stripped.trim() !== '') out += `    ${stripped.replace(/\s+$/, '')}\n    ${' '.repeat(caretCol)}${'^'.repeat(Math.max(1, Math.min(width, stripped.length - caretCol)))}\n`;
  return out + `${e.type}: ${e.message}\n`;
}

/** Run a whole program. Never throws for user errors: they come back in the result. */
export function run(source: string, opts: RunOptions = {}): RunResult {
  const filename = opts.filename ?? '<string>';
  let stdout = '';
  let stderr = '';
  S.write = (stream, text) => {
    if (stream === 'stdout') stdout += text;
    else stderr += text;
    opts.onWrite?.(stream, text);
  };
  S.filename = filename;
  S.sourceLines = source.split(/\r?\n/);
  S.steps = 0;
  S.maxSteps = opts.maxSteps ?? Infinity;
  S.work = 0;
  S.maxWork = S.maxSteps === Infinity ? Infinity : S.maxSteps * 100;
  const version = opts.version ?? PY311;
  // the legacy mode is 3.11 with the collector and the instance layout of before 3.4 (and 2.7)
  setProfile(opts.legacyFinalizers ? legacyProfile(version) : version);
  S.jsStackOverflowed = false;
  S.recursionLimit = 1000;
  resetRecursion();
  S.frame = null;
  S.pending.length = 0;
  limits.maxObjects = opts.maxObjects ?? 2_000_000;
  resetIds();
  resetBuiltinSubclasses();
  resetHeap();
  resetModules();
  resetPrint();
  resetArgParsers();
  resetReprState();
  resetBorrows();
  gcLists.garbage = null;
  gcLists.callbacks = null;
  setObserver(opts.observer ?? null);
  const result: RunResult = { stdout: '', stderr: '', exitCode: 0, steps: 0, stepLimited: false, jsStackOverflowed: false, error: null, syntaxErrors: [] };

  let parsed: ReturnType<typeof parse>;
  let errors: SyntaxErrorInfo[];
  let symtable: Symtable | null = null;
  let body: ((f: Frame) => number) | null = null;
  try {
    parsed = parse(source);
    if (parsed.needsRules !== undefined) needParserRules(parsed.needsRules);
    errors = parsed.errors;
    symtable = parsed.symtable;
    if (errors.length === 0 && symtable && profile.pep709InlinedComprehensions) pep709Part().inlineComprehensions(symtable.root);
    if (errors.length === 0 && symtable && profile.borrowedLocalLoads) borrowPart().analyzeBorrowedLoads(parsed.module, symtable.root, symtable.byNode);
    if (errors.length === 0 && symtable) body = compileModuleBody(parsed.module, { scope: symtable.root, byNode: symtable.byNode });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    // an expression nested deeper than the JS stack: CPython's compiler gives up the same way
    const msg = 'RecursionError: maximum recursion depth exceeded during compilation\n';
    S.write('stderr', msg);
    setObserver(null);
    return { ...result, stdout, stderr, exitCode: 1, jsStackOverflowed: true, error: { type: 'RecursionError', message: msg.trim(), line: 1, col: 0 } };
  }
  if (errors.length > 0 || symtable === null) {
    const e = errors[0];
    S.write('stderr', formatSyntaxError(e, S.sourceLines, filename));
    setObserver(null);
    // the parser reports nesting deeper than the JS stack as a RecursionError
    const jsStackOverflowed = e.type === 'RecursionError';
    return { ...result, stdout, stderr, exitCode: 1, jsStackOverflowed, syntaxErrors: errors, error: { type: e.type, message: e.message, line: e.line, col: e.col } };
  }

  const run = body!;
  const code: Code = {
    name: '<module>', qualname: '<module>', firstLine: 1, argcount: 0, kwonlycount: 0,
    hasVarargs: false, hasKwargs: false, freevars: [], run: (f) => void run(f), scopeKind: 'module',
    // 3.12+: the inlined comprehensions' hidden fast locals
    ...hiddenLocalsOf(symtable.root),
  };
  const tree = parsed!.module;
  const scopes = symtable.byNode;
  code.stackSize = () => stackSizeOf(tree, scopes);
  const globals = newDict();
  // __main__'s dict holds containers from the start (__builtins__, __loader__); made at start-up,
  // it has been through start-up's collections: the oldest generation holds it
  gcState.track(globals);
  moveTo(globals, gcState.gens[2].head);
  globals.gen = 2;
  globals.set('__name__', '__main__');
  globals.set('__doc__', null);
  globals.set('__package__', null);
  globals.set('__spec__', null);
  globals.set('__file__', filename);
  globals.set('__cached__', null);
  if (profile.startupCollectionAtFirstResume) startupCollection();
  const frame = new Frame(code, globals, null, null, null);
  makeHostCells(frame);
  S.frame = frame;
  opts.observer?.frameEnter(frame);

  const handleUncaught = (e: unknown): void => {
    // reporting and shutting down may allocate: the heap limit has done its job
    limits.maxObjects = Infinity;
    if (e instanceof StepLimitExceeded) {
      result.stepLimited = true;
      const msg = e.inBuiltin
        ? `StepLimitError: stopped after ${e.steps.toLocaleString('en-US')} steps: a builtin iterated over more than ${S.maxWork.toLocaleString('en-US')} items (the step limit); the program may loop forever\n`
        : `StepLimitError: stopped after ${e.steps.toLocaleString('en-US')} steps (the step limit); the program may loop forever\n`;
      S.write('stderr', msg);
      result.error = { type: 'StepLimit', message: msg.trim(), line: S.frame?.line ?? frame.line, col: 0 };
      result.exitCode = 1;
      return;
    }
    let err: PyError;
    const converted = pyErrorFromJs(e);
    if (e instanceof PyError) err = e;
    else if (converted !== null) err = converted;
    else {
      // an engine bug: say so plainly, never show a JS stack to the user
      const m = e instanceof Error ? e.message : String(e);
      err = new PyError(newExc(BT.T_SystemError, `RefScope internal error: ${m}`));
      if ((globalThis as { REFSCOPE_DEBUG?: boolean }).REFSCOPE_DEBUG) console.error(e);
    }
    if (isSystemExit(err.exc)) {
      let text = '';
      result.exitCode = handleSystemExit(err.exc, (t) => S.write('stderr', (text = t)));
      // a non-zero status is reported as the run's error (its message, or the status)
      if (result.exitCode !== 0) {
        result.error = { type: 'SystemExit', message: text.trim() || `SystemExit: ${result.exitCode}`, line: S.frame?.line ?? frame.line, col: 0 };
      }
      decref(err.exc);
      return;
    }
    addTraceback(err, frame);
    let line = frame.line;
    for (let t = err.exc.tb; t !== null; t = t.next) line = t.line;
    S.write('stderr', formatException(err.exc));
    result.error = { type: err.exc.cls.name, message: lastLine(formatException(err.exc)), line, col: 0 };
    result.exitCode = 1;
    decref(err.exc);
  };

  if (profile.quickeningWarmup > 0) codeWarmup(code); // the module's RESUME
  try {
    code.run(frame);
  } catch (e) {
    handleUncaught(e);
  }
  if (!result.stepLimited) {
    try {
      clearFrame(frame);
      shutdown(frame);
    } catch (e) {
      // (a shutdown that loops forever, as CPython's would, is stopped and said so after the error)
      if (result.error === null || e instanceof StepLimitExceeded) handleUncaught(e);
    }
  }
  S.frame = null;
  opts.observer?.frameExit(frame);
  setObserver(null);
  return { ...result, stdout, stderr, steps: S.steps, jsStackOverflowed: S.jsStackOverflowed };
}

function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1];
}

/** Py_FinalizeEx, as far as a program can see it */
function shutdown(frame: Frame): void {
  // finalizers at exit share the run's step limit, so a loop in __del__ still ends (a CLI run
  // without a limit waits, as CPython would); the heap limit no longer applies
  limits.maxObjects = Infinity;
  // a line event at line 0 marks the start of interpreter shutdown in the trace
  if (obs !== null) obs.line(frame, 0);
  runAtExit();
  if (gcState.enabled) collectFull();
  // sys.modules lets go of __main__: its dict goes (or waits in its cycles for the collector)
  const g = frame.globals;
  decref(g);
  collectFull();
  // finalize_modules: the weakref module's finalize registry goes last; what only it kept
  // alive (the finalizers' functions, and through them __main__'s globals) is collected then
  if (finalizeModules()) collectFull();
}

function collectFull(): void {
  if (gcState.collecting) return;
  gcState.collecting = true;
  try {
    collectMain(2);
  } finally {
    gcState.collecting = false;
  }
}

setMemoryErrorRaiser(
  () => raise(BT.T_MemoryError, 'RefScope heap limit reached (too many live objects)'),
  () => raise(BT.T_MemoryError),
);
