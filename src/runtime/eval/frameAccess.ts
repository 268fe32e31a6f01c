// sys._getframe and the attributes of frame objects, loaded on first use (parts.ts) (Python/sysmodule.c's sys__getframe_impl,
// Objects/frameobject.c's getters). f_locals of a function frame is PyFrame_FastToLocals: one
// dict per frame, refreshed on every read, holding references to the locals until the frame
// is cleared.

import { decref, incref } from '../objects/object';
import { PyDict, newDict } from '../objects/dict';
import { PyCell } from '../objects/function';
import { frameObjectOf, type PyFrameObject } from '../objects/frameObject';
import { codeObjectOf } from '../objects/codeObject';
import { S } from './state';
import { valueError, typeError } from './errors';
import type { Frame } from './frame';

/** sys._getframe([depth]) */
export function sysGetframe(args: unknown[]): unknown {
  if (args.length > 1) return typeError(`_getframe expected at most 1 argument, got ${args.length}`);
  let depth = 0;
  if (args.length === 1) {
    const d = args[0];
    if (typeof d !== 'number' && typeof d !== 'boolean') return typeError(`'${typeof d === 'string' ? 'str' : 'object'}' object cannot be interpreted as an integer`);
    depth = Number(d);
  }
  let f: Frame | null = S.frame;
  while (depth > 0 && f !== null) {
    f = f.back;
    depth--;
  }
  if (f === null) return valueError('call stack is not deep enough');
  return incref(frameObjectOf(f));
}

/** PyFrame_FastToLocalsWithError: the locals (cells' contents, free variables) into the frame's dict */
function fastToLocals(f: Frame, values: unknown[], existing: PyDict | null): PyDict {
  const d = existing ?? newDict();
  const names = [...f.code.varnames, ...f.code.freevars];
  for (let i = 0; i < names.length; i++) {
    let v = values[i];
    if (v instanceof PyCell && (f.code.cellSlots.includes(i) || i >= f.code.varnames.length)) v = v.contents;
    if (v === undefined) {
      if (d.getStr(names[i]) !== undefined) d.delete(names[i]);
    } else {
      d.set(names[i], v);
    }
  }
  return d;
}

/** PyEval_GetLocals for a running frame: its namespace, or its refreshed f_locals dict (borrowed) */
export function frameLocalsDict(f: Frame): PyDict {
  if (f.ns !== null) return f.ns;
  if (f.code.scopeKind === 'module') return f.globals;
  f.localsDict = fastToLocals(f, f.locals, f.localsDict);
  return f.localsDict;
}

function fLocals(fo: PyFrameObject): unknown {
  const f = fo.frame;
  if (f.ns !== null) return incref(f.ns);
  if (f.code.scopeKind === 'module') return incref(f.globals);
  if (fo.owned !== null) {
    // the frame has finished: the frame object holds its locals and its f_locals dict
    const d = fastToLocals(f, fo.owned, fo.ownedLocalsDict as PyDict | null);
    fo.ownedLocalsDict = d;
    return incref(d);
  }
  f.localsDict = fastToLocals(f, f.locals, f.localsDict);
  return incref(f.localsDict);
}

/** a frame object's attributes: f_locals, f_lineno, f_code, f_back, f_globals */
export function frameAttr(fo: PyFrameObject, name: string): unknown {
  const f = fo.frame;
  switch (name) {
    case 'f_lineno':
      return f.line;
    case 'f_globals':
      return incref(f.globals);
    case 'f_locals':
      return fLocals(fo);
    case 'f_code':
      return codeObjectOf(f.code, S.filename);
    case 'f_back': {
      if (fo.owned !== null) return fo.back === null ? null : incref(fo.back);
      const b = f.back;
      return b === null ? null : incref(frameObjectOf(b));
    }
    case 'f_builtins':
    case 'f_lasti':
    case 'f_trace':
      return undefined;
    default:
      return undefined;
  }
}

