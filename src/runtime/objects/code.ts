// A compiled code object (the closure tree the compiler produced for one scope).

import type { Frame } from '../eval/frame';

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
  /** the body: runs in a frame, leaves the return value in frame.retval */
  run: (f: Frame) => void;
  /** 'function' | 'module' | 'class' | 'lambda' | 'comprehension' */
  scopeKind: string;
  /** the docstring (a function body's first statement, when a string) */
  doc?: string;
}
