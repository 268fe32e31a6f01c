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
  /** the body: runs in a frame, leaves the return value in frame.retval (None unless set) */
  run: (f: Frame) => unknown;
  /** 'function' | 'module' | 'class' | 'lambda' | 'comprehension' */
  scopeKind: string;
  /** generator functions (CO_GENERATOR): the body as a JS generator that yields at each `yield` */
  genBody?: (f: Frame) => Generator<unknown, number, unknown>;
  /** the code object Python code sees (gi_code), made on first request */
  obj?: unknown;
}

// ---------- the code object Python code sees (Objects/codeobject.c) ----------

import { PyObject } from './object';
import { PyType, IMMORTAL_RC } from './type';
import { T_object } from './builtinTypes';
import { newTuple } from './tuple';

const T_code = new PyType('code', [T_object], true);

/** co_name, co_qualname, co_varnames...: one per Code, shared like a compiled code constant */
export class PyCodeObject extends PyObject {
  readonly immortal = true;
  constructor(readonly code: Code) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_code;
  }
  pyGetAttr(name: string): unknown {
    const c = this.code;
    switch (name) {
      case 'co_name': return c.name;
      case 'co_qualname': return c.qualname;
      case 'co_firstlineno': return c.firstLine;
      case 'co_argcount': return c.argcount;
      case 'co_kwonlyargcount': return c.kwonlycount;
      case 'co_varnames': return newTuple([...c.varnames]);
      case 'co_freevars': return newTuple([...c.freevars]);
      case 'co_filename': return '<string>';
    }
    return undefined;
  }
  pyRepr(): string {
    return `<code object ${this.code.name} at 0x${(0x7f3a10000000 + this.id * 0x40).toString(16)}, file "<string>", line ${this.code.firstLine}>`;
  }
}

/** the code object of a Code (made once) */
export function codeObjectOf(c: Code): PyCodeObject {
  if (c.obj === undefined) c.obj = new PyCodeObject(c);
  return c.obj as PyCodeObject;
}
