// print(): Python/bltinmodule.c's builtin_print (3.11: Argument Clinic with *args, parsed by
// _PyArg_UnpackKeywordsWithVararg) writing each piece through Objects/fileobject.c's
// PyFile_WriteObject. Generation 0 sees, in CPython's order: the parser's keyword-name tuple on
// the first call (3.11), the *args tuple (a tuple of len(args), from its free list), for each piece
// the bound `write` method PyFile_WriteObject looks up (made and freed), and what the stream's
// TextIOWrapper does with the piece (modules/io/textio.ts).

import { type Kw } from '../objects/function';
import { decref, incref } from '../objects/object';
import { pyStr } from '../eval/repr';
import { pyTruthy } from '../eval/protocols';
import { getAttr } from '../eval/attr';
import { callObject } from '../eval/call';
import { typeError } from '../eval/errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { S } from '../eval/state';
import { hiddenAlloc, hiddenFree } from '../gc/heap';
import { profile } from '../versions';
import { obs } from '../objects/object';
import { textiowrapperWrite, textiowrapperFlush, resetTextIO, type StreamName } from '../modules/io/textio';

/** the largest tuple size with a free list (PyTuple_MAXSAVESIZE - 1) */
const TUPLE_MAXSAVESIZE = 20;

/** print's _PyArg_Parser has built its keyword-name tuple */
let parserInitialized = false;

export function resetPrint(): void {
  parserInitialized = false;
  resetTextIO();
}

/** a tuple allocation's free-list key, or null when the size has none */
function tupleKey(n: number): string | null {
  return n <= TUPLE_MAXSAVESIZE ? 'tuple' + n : null;
}

/** where print writes: one of the simulated standard streams, or an object with a write method */
type Target = { stream: StreamName } | { file: unknown };

function target(file: unknown): Target {
  if (file === null) return { stream: 'stdout' };
  const name = (file as { streamName?: StreamName }).streamName;
  return name !== undefined ? { stream: name } : { file };
}

/**
 * PyFile_WriteObject(v, f, Py_PRINT_RAW): look up f.write (a bound method, made and freed), str(v),
 * call the method. Text written to a standard stream is collected in `out`.
 */
function fileWriteObject(t: Target, v: unknown, out: string[]): void {
  if ('stream' in t) {
    hiddenAlloc(); // the bound builtin method sys.stdout.write (no free list)
    try {
      // str() of an object may run Python code that writes too: what came before goes out first
      if (typeof v === 'object' && v !== null) emit(t.stream, out);
      const text = pyStr(v);
      textiowrapperWrite(t.stream, text);
      out.push(text);
    } finally {
      hiddenFree();
    }
    return;
  }
  const writer = getAttr(t.file, 'write');
  try {
    const text = pyStr(v);
    decref(callObject(writer, [text], null));
  } finally {
    decref(writer);
  }
}

function emit(stream: StreamName, out: string[]): void {
  if (out.length === 0) return;
  const text = out.join('');
  out.length = 0;
  S.write(stream, text);
  if (obs !== null) obs.write(stream, text);
}

export function builtinPrint(args: unknown[], kw: Kw): unknown {
  // _PyArg_UnpackKeywordsWithVararg: 3.11 builds the parser's keyword tuple (sep, end, file,
  // flush) on the first call, whatever the call passes (static since 3.12, gh-90928)
  if (!parserInitialized) {
    parserInitialized = true;
    if (!profile.staticArgParserKeywords) hiddenAlloc('tuple4');
  }
  let sep: unknown = null;
  let end: unknown = null;
  let file: unknown = null;
  let flush: unknown = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'sep') sep = v;
      else if (k === 'end') end = v;
      else if (k === 'file') file = v;
      else if (k === 'flush') flush = v;
      else typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  // the *args tuple (the empty tuple is a singleton), holding a reference to each argument
  // (3.14 passes them as the caller's array: printArgsArray)
  const argsKey = tupleKey(args.length);
  const packs = args.length > 0 && !profile.printArgsArray;
  if (packs) {
    hiddenAlloc(argsKey);
    for (const a of args) incref(a);
  }
  const t = target(file);
  const out: string[] = [];
  try {
    if (sep !== null && typeof sep !== 'string') typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
    if (end !== null && typeof end !== 'string') typeError(`end must be None or a string, not ${typeOf(end).name}`);
    for (let i = 0; i < args.length; i++) {
      if (i > 0) fileWriteObject(t, sep ?? ' ', out);
      fileWriteObject(t, args[i], out);
    }
    fileWriteObject(t, end ?? '\n', out);
    if (flush !== false && pyTruthy(flush)) {
      if ('stream' in t) textiowrapperFlush(t.stream);
      else {
        const f = getAttr(t.file, 'flush');
        try {
          decref(callObject(f, [], null));
        } finally {
          decref(f);
        }
      }
    }
  } finally {
    // what reached the stream before an exception is written too
    if ('stream' in t) emit(t.stream, out);
    if (packs) {
      for (let i = args.length - 1; i >= 0; i--) decref(args[i]);
      hiddenFree(argsKey);
    }
  }
  return null;
}
