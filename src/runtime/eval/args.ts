// Argument parsing for builtins (a small PyArg_ParseTupleAndKeywords).

import { isValueSub } from '../objects/typeobject/subInstance';
import type { Kw } from '../objects/function';
import { typeError } from './errors';
import { typeOf } from '../objects/typeobject/typeOf';
import { PyFloat } from '../objects/float';
import { hiddenAlloc } from '../gc/heap';
import { tupleFreeList } from '../objects/tuple';
import { profile } from '../versions';

/** the _PyArg_Parsers that have built their keyword-name tuple (3.11) */
const parsersInitialized = new Set<string>();
export function resetArgParsers(): void {
  parsersInitialized.clear();
}

/**
 * Python/getargs.c parser_init: a function parsing its arguments with a _PyArg_Parser, called
 * with keywords (or a positional count out of its range), has the parser build the tuple of its
 * keyword names on the first such call, kept for the process's life: a container of `keywords`
 * names. Argument Clinic's parsers in the core (`static`, the default) have it made at compile
 * time since 3.12 (staticArgParserKeywords, gh-90928); `runtime` parsers build it in every
 * version: the clinic parsers of modules built as shared libraries (math, _bisect: their
 * KWTUPLE is NULL under Py_BUILD_CORE_MODULE) and hand-written ones (3.13's min/max).
 */
export function argParserInit(parser: string, keywords: number, kind: 'static' | 'runtime' = 'static'): void {
  if ((kind === 'static' && profile.staticArgParserKeywords) || parsersInitialized.has(parser)) return;
  parsersInitialized.add(parser);
  hiddenAlloc(tupleFreeList(keywords));
}

/** argParserInit when the call passes keywords (the clinic's fast path skips the parser otherwise) */
export function argParserInitKw(parser: string, keywords: number, kw: Kw, kind: 'static' | 'runtime' = 'static'): void {
  if (kw !== null && kw.size > 0) argParserInit(parser, keywords, kind);
}

/**
 * Bind args/kw to the named parameters of a builtin. Names ending in '?' are optional;
 * returns the values (borrowed) with undefined for missing optional ones.
 */
export function parseArgs(fname: string, args: unknown[], kw: Kw, names: string[], opts: { maxPos?: number } = {}): unknown[] {
  const out: unknown[] = new Array(names.length).fill(undefined);
  const maxPos = opts.maxPos ?? names.length;
  const required = names.filter((n) => !n.endsWith('?')).length;
  if (args.length > maxPos) {
    const lo = required;
    const what = lo === maxPos ? `${fname}() takes ${plural(maxPos, 'positional argument')} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given` : `${fname}() takes at most ${plural(maxPos, 'argument')} (${args.length} given)`;
    typeError(maxPos === 0 ? `${fname}() takes no arguments (${args.length} given)` : what);
  }
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.findIndex((n) => n.replace('?', '') === k);
      if (i < 0) typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined) typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < names.length; i++) {
    if (out[i] === undefined && !names[i].endsWith('?')) {
      if (args.length < required && (kw === null || kw.size === 0)) {
        typeError(required === 1 && names.length === 1 ? `${fname}() takes exactly one argument (${args.length} given)` : `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

export function noKw(fname: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) typeError(`${fname}() takes no keyword arguments`);
}

export function exactArgs(fname: string, args: unknown[], n: number): void {
  if (args.length !== n) {
    if (n === 1) typeError(`${fname}() takes exactly one argument (${args.length} given)`);
    typeError(`${fname} expected ${n} arguments, got ${args.length}`);
  }
}

export function argRange(fname: string, args: unknown[], lo: number, hi: number): void {
  if (args.length < lo) typeError(`${fname} expected at least ${lo} argument${lo === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > hi) typeError(`${fname} expected at most ${hi} argument${hi === 1 ? '' : 's'}, got ${args.length}`);
}

/** an int argument (int or bool), as a JS number */
export function intArg(v: unknown, fname: string): number {
  if (isValueSub(v) && typeof v.baseValue !== 'object') v = v.baseValue;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return typeError(`'float' object cannot be interpreted as an integer`);
  return typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  void fname;
}
