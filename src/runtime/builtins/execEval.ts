// compile(), exec() and eval() on strings and code objects (Python/bltinmodule.c's
// builtin_compile_impl / builtin_exec_impl / builtin_eval_impl, and PyEval_EvalCode): the
// source is parsed and compiled like a module body; it runs in a new frame whose globals and
// locals are the dicts given (or the caller's), and a globals dict without '__builtins__' gets
// one (the builtins module) first, as CPython does. Fetched on first use (builtins/execStubs.ts).

import { stackSizeOf } from '../eval/compile/stackdepth/stackdepth';
import { parse } from '../../python/parser';
import type * as A from '../../python/ast';
import { decref, incref } from '../objects/object';
import { PyDict } from '../objects/dict';
import { IMMORTAL_RC } from '../objects/typeobject/type';
import { newTuple } from '../objects/tuple';
import { PyCodeObject } from '../objects/codeObject';
import { compiling, type Code } from '../objects/code';
import * as BT from '../objects/builtinTypes';
import { typeOf } from '../objects/typeobject/typeOf';
import { Frame } from '../eval/frame';
import { S } from '../eval/state';
import { PyError, newExc, raise, typeError, valueError } from '../eval/errors';
import { clearFrame } from '../eval/call';
import { addTraceback } from '../eval/tracebackChain';
import { frameLocalsDict } from '../eval/frameAccess';
import { compileModuleBody } from '../eval/compile/stmt';
import { compileExpr } from '../eval/compile/expr';
import { parseArgs } from '../eval/args';
import { builtinsMap } from './builtins';
import { borrowPart, needParserRules, pep709Part } from '../parts';
import { profile } from '../versions';
import { hiddenLocalsOf, makeHostCells } from '../eval/compile/comprehension/hidden';

type Mode = 'exec' | 'eval';

/** a compiled piece of source: a module-level Code whose run leaves eval's value in retval */
class CompiledSource extends PyCodeObject {
  constructor(code: Code, filename: string, readonly mode: Mode) {
    super(code, filename);
  }
}

/** PyEval_GetBuiltins: the builtins module's dict (an uncounted object, like the module itself) */
let builtinsDict: PyDict | null = null;
function getBuiltinsDict(): PyDict {
  if (builtinsDict === null) {
    const d = new PyDict();
    d.rc = IMMORTAL_RC;
    (d as { immortal?: boolean }).immortal = true;
    for (const [k, v] of builtinsMap) d.set(k, v);
    builtinsDict = d;
  }
  return builtinsDict;
}

/** the SyntaxError compile() raises, with msg, filename, lineno, offset, text, end_lineno, end_offset */
function syntaxError(e: A.SyntaxErrorInfo, filename: string, lines: string[]): never {
  if (e.type === 'NotImplementedError') raise(BT.T_NotImplementedError, `${e.message} (in code given to exec/eval/compile, line ${e.line})`);
  const type = e.type === 'IndentationError' ? BT.T_IndentationError : e.type === 'TabError' ? BT.T_IndentationError : e.type === 'RecursionError' ? BT.T_RecursionError : BT.T_SyntaxError;
  if (type === BT.T_RecursionError) raise(BT.T_RecursionError, e.message);
  const text = lines[e.line - 1] !== undefined ? lines[e.line - 1] + '\n' : null;
  const details = newTuple([filename, e.line, e.col + 1, text, e.endLine, e.endCol + 1]);
  const exc = newExc(type as never, [e.message, details]);
  const attrs = exc.attrs;
  if (attrs !== null) {
    attrs.set('msg', e.message);
    attrs.set('filename', filename);
    attrs.set('lineno', e.line);
    attrs.set('offset', e.col + 1);
    attrs.set('text', text);
    attrs.set('end_lineno', e.endLine);
    attrs.set('end_offset', e.endCol + 1);
    attrs.set('print_file_and_line', null);
  }
  throw new PyError(exc);
}

function compileSource(source: string, filename: string, mode: Mode): CompiledSource {
  const src = mode === 'eval' ? source.replace(/^[ \t]+/, '') : source;
  if (src.includes('\0')) valueError('source code string cannot contain null bytes');
  const parsed = parse(src);
  if (parsed.needsRules !== undefined) needParserRules(parsed.needsRules);
  const lines = src.split(/\r?\n/);
  if (parsed.errors.length > 0 || parsed.symtable === null) syntaxError(parsed.errors[0], filename, lines);
  const st = parsed.symtable!;
  if (profile.pep709InlinedComprehensions) pep709Part().inlineComprehensions(st.root);
  // 3.14: the code compiled here gets the borrowed loads (LOAD_FAST_BORROW) as a program's does
  if (profile.borrowedLocalLoads) borrowPart().analyzeBorrowedLoads(parsed.module, st.root, st.byNode);
  const ctx = { scope: st.root, byNode: st.byNode };
  const saved = compiling.filename;
  compiling.filename = filename;
  try {
    return new CompiledSource(compileParsed(parsed.module, ctx, mode, filename, lines), filename, mode);
  } finally {
    compiling.filename = saved;
  }
}

function compileParsed(module: A.Module, ctx: Parameters<typeof compileModuleBody>[1], mode: Mode, filename: string, lines: string[]): Code {
  const parsed = { module };
  let run: (f: Frame) => void;
  if (mode === 'eval') {
    const body = parsed.module.body;
    if (body.length !== 1 || body[0].kind !== 'ExprStmt') {
      const at = body[0] ?? { line: 1, col: 0, endLine: 1, endCol: 1 };
      syntaxError({ type: 'SyntaxError', message: 'invalid syntax', line: at.line, col: at.col, endLine: at.line, endCol: at.col + 1 }, filename, lines);
    }
    const e = compileExpr((body[0] as A.ExprStmt).value, ctx);
    run = (f) => {
      f.line = body[0].line;
      f.retval = e(f);
    };
  } else {
    const body = compileModuleBody(parsed.module, ctx);
    run = (f) => {
      body(f);
      f.retval = null;
    };
  }
  const code: Code = {
    name: '<module>', qualname: '<module>', firstLine: 1, argcount: 0, kwonlycount: 0,
    hasVarargs: false, hasKwargs: false, freevars: [], run, scopeKind: 'module', filename,
    ...hiddenLocalsOf(ctx.scope),
  };
  code.stackSize = () => (mode === 'eval' ? stackSizeOf({ kind: 'Lambda', body: (module.body[0] as A.ExprStmt).value } as A.Lambda, ctx.byNode) : stackSizeOf(module, ctx.byNode));
  return code;
}

/** PyEval_EvalCode: a frame for the code, its function holding globals, the frame holding locals */
function evalCode(c: CompiledSource, globals: PyDict, locals: unknown): unknown {
  if (globals.getStr('__builtins__') === undefined) globals.set('__builtins__', getBuiltinsDict());
  if (!(locals instanceof PyDict)) {
    if (locals !== globals) return raise(BT.T_NotImplementedError, 'exec()/eval() with a locals mapping that is not a dict is not supported in RefScope');
  }
  incref(globals);
  incref(locals);
  const back = S.frame;
  const f = new Frame(c.code, globals, locals === globals ? null : (locals as PyDict), null, back);
  if (f.depth > S.recursionLimit) {
    decref(globals);
    decref(locals);
    return raise(BT.T_RecursionError, 'maximum recursion depth exceeded');
  }
  makeHostCells(f);
  S.frame = f;
  try {
    c.code.run(f);
    return f.retval;
  } catch (e) {
    addTraceback(e, f);
    throw e;
  } finally {
    S.frame = back;
    clearFrame(f);
    decref(locals);
    decref(globals);
  }
}

function toCode(source: unknown, mode: Mode, what: string): CompiledSource {
  if (source instanceof CompiledSource) return source;
  if (typeof source === 'string') return compileSource(source, '<string>', mode);
  if (source instanceof PyCodeObject) return raise(BT.T_NotImplementedError, `${what}() of a function's code object is not supported in RefScope`);
  return typeError(what === 'eval' ? 'eval() arg 1 must be a string, bytes or code object' : `exec() arg 1 must be a string, bytes or code object`);
}

/** the namespaces exec/eval use: the dicts given, or the caller's */
function namespaces(what: string, g: unknown, l: unknown): [PyDict, unknown] {
  if (g !== null && g !== undefined && !(g instanceof PyDict)) {
    return typeError(what === 'exec' ? `exec() globals must be a dict, not ${typeOf(g).name}` : `globals must be a dict`);
  }
  if (l !== null && l !== undefined && typeOf(l).lookup('__getitem__') === undefined && !(l instanceof PyDict)) {
    return typeError(what === 'exec' ? `locals must be a mapping` : 'locals must be a mapping');
  }
  const caller = S.frame!;
  if (g === null || g === undefined) {
    const globals = caller.globals;
    if (l === null || l === undefined) {
      if (caller.ns !== null) return [globals, caller.ns];
      if (caller.code.scopeKind === 'module') return [globals, globals];
      return [globals, frameLocalsDict(caller)];
    }
    return [globals, l];
  }
  return [g, l === null || l === undefined ? g : l];
}

export function runBuiltin(what: Mode, args: unknown[], kw: Map<string, unknown> | null): unknown {
  const [source, g, l] = parseArgs(what, args, kw, ['source', 'globals?', 'locals?']);
  const [globals, locals] = namespaces(what, g, l);
  const c = toCode(source, what, what);
  const r = evalCode(c, globals, locals);
  if (what === 'exec') {
    decref(r);
    return null;
  }
  return r;
}

/** builtin_compile_impl */
export function compileBuiltin(args: unknown[], kw: Map<string, unknown> | null): unknown {
  const [source, filename, mode, flags] = parseArgs('compile', args, kw, ['source', 'filename', 'mode', 'flags?', 'dont_inherit?', 'optimize?', '_feature_version?']);
  if (flags !== undefined && flags !== 0 && flags !== false) return raise(BT.T_NotImplementedError, 'compile() flags are not supported in RefScope');
  if (typeof source !== 'string') {
    if (source instanceof CompiledSource) return incref(source);
    return typeError('compile() arg 1 must be a string, bytes or AST object');
  }
  if (typeof filename !== 'string') return typeError(`compile() argument 'filename' must be str, not ${typeOf(filename).name}`);
  if (mode !== 'exec' && mode !== 'eval') {
    if (mode === 'single' || mode === 'func_type') return raise(BT.T_NotImplementedError, `compile() mode '${mode}' is not supported in RefScope`);
    return valueError("compile() mode must be 'exec', 'eval' or 'single'");
  }
  return compileSource(source, filename, mode);
}
