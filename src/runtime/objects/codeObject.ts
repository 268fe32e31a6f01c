// Code objects as Python sees them (Objects/codeobject.c): `frame.f_code`, with co_name,
// co_qualname, co_filename, co_firstlineno, co_varnames, co_argcount. One per compiled scope;
// like CPython's, they live as long as the functions holding them, so RefScope keeps them
// outside the counted heap.

import * as BT from './builtinTypes';
import { PyObject } from './object';
import { PyType, IMMORTAL_RC } from './type';
import { PyTuple } from './tuple';
import type { Code } from './code';
import { S } from '../eval/state';

export const T_code = new PyType('code', [BT.T_object], true);

export class PyCodeObject extends PyObject {
  readonly immortal = true;
  constructor(public code: Code) {
    super();
    this.rc = IMMORTAL_RC;
  }
  get type(): PyType {
    return T_code;
  }
  pyGetAttr(name: string): unknown {
    const c = this.code;
    switch (name) {
      case 'co_name':
        return c.name;
      case 'co_qualname':
        return c.qualname;
      case 'co_filename':
        return S.filename;
      case 'co_firstlineno':
        return c.firstLine;
      case 'co_argcount':
        return c.argcount;
      case 'co_kwonlyargcount':
        return c.kwonlycount;
      case 'co_varnames': {
        const t = new PyTuple(c.varnames.slice());
        t.rc = IMMORTAL_RC;
        return t;
      }
    }
    return undefined;
  }
  pyRepr(): string {
    return `<code object ${this.code.name} at 0x${(0x7f3a00000000 + this.id * 0x30).toString(16)}, file "${S.filename}", line ${this.code.firstLine}>`;
  }
}

const codeObjects = new WeakMap<Code, PyCodeObject>();

export function codeObjectOf(c: Code): PyCodeObject {
  let o = codeObjects.get(c);
  if (o === undefined) {
    o = new PyCodeObject(c);
    codeObjects.set(c, o);
  }
  return o;
}
