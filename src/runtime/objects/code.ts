// A compiled code object (the closure tree the compiler produced for one scope).

import type { Frame } from '../eval/frame';

/** the filename of the source being compiled when it is not the program's (compile()/exec()/eval()) */
export const compiling: { filename: string | undefined } = { filename: undefined };

export interface Code {
  name: string;
  qualname: string;
  firstLine: number;
  /** fast locals: positional parameters, *args, keyword-only, **kwargs, then the other locals */
  varnames: string[];
  /** positional-or-keyword parameter count */
  argcount: number;
  kwonlycount: number;
  hasVarargs: boolean;
  hasKwargs: boolean;
  /** indexes into varnames of the locals captured by inner scopes (MAKE_CELL) */
  cellSlots: number[];
  /** names this scope takes from its closure; they live at varnames.length + i */
  freevars: string[];
  /** the body: runs in a frame, leaves the return value in frame.retval (None unless set) */
  run: (f: Frame) => unknown;
  /** 'function' | 'module' | 'class' | 'lambda' | 'comprehension' */
  scopeKind: string;
  /** generator functions (CO_GENERATOR): the body as a JS generator that yields at each `yield` */
  genBody?: (f: Frame) => Generator<unknown, number, unknown>;
  /** co_filename when it is not the program's (code compiled by compile()/exec()/eval()) */
  filename?: string;
  /** the docstring (a function body's first statement, when a string) */
  doc?: string;
  /** 3.11's co_warmup: RESUMEs and JUMP_BACKWARDs run so far, up to the quickening (eval/specialize.ts) */
  warmup?: number;
  /** co_stacksize, estimated from the AST when asked (eval/compile/stackdepth/stackdepth.ts) */
  stackSize?: () => number;
  /** co_framesize, once computed (eval/ceval/dataStack.ts) */
  framesize?: number;
}
