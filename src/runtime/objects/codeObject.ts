// Code objects as Python sees them (Objects/codeobject.c): f.__code__, frame.f_code and what
// compile() returns. RefScope's compiled closures (code.ts) are not heap objects, so a code
// object is an uncounted wrapper, like the constants CPython keeps alive in co_consts.

import { PyObject } from './object';
import { IMMORTAL_RC, PyType } from './typeobject/type';
import * as BT from './builtinTypes';
import { newTuple } from './tuple';
import type { Code } from './code';
import { PyError, newExc } from '../eval/errors';
import { S } from '../eval/state';

export const T_code = new PyType('code', [BT.T_object], true);

const wrappers = new WeakMap<Code, PyCodeObject>();

export class PyCodeObject extends PyObject {
  readonly immortal = true;
  constructor(readonly code: Code, readonly filename: string) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_code;
  }
  pyRepr(): string {
    return `<code object ${this.code.name} at 0x${(0x7f3a10000000 + this.id * 0x40).toString(16)}, file "${this.filename}", line ${this.code.firstLine}>`;
  }
  pyGetAttr(name: string): unknown {
    const c = this.code;
    switch (name) {
      case 'co_name': return c.name;
      case 'co_qualname': return c.qualname;
      case 'co_filename': return this.filename;
      case 'co_firstlineno': return c.firstLine;
      case 'co_argcount': return c.argcount;
      case 'co_kwonlyargcount': return c.kwonlycount;
      case 'co_varnames': return newTuple([...c.varnames]);
      case 'co_freevars': return newTuple([...c.freevars]);
      default:
        if (name.startsWith('co_')) throw new PyError(newExc(BT.T_NotImplementedError, `code.${name} is not supported in RefScope`));
        return undefined;
    }
  }
}

/** the code object of a compiled scope (one per Code) */
export function codeObjectOf(code: Code, filename: string = S.filename): PyCodeObject {
  let w = wrappers.get(code);
  if (w === undefined) {
    w = new PyCodeObject(code, code.filename ?? filename);
    wrappers.set(code, w);
  }
  return w;
}
