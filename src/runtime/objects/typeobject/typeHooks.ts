// Late-bound hooks for type_call and the class statement (installed by metaclass.ts and
// typeNew.ts, loaded by eval/runtimeInit.ts after the container types): they break the import
// cycle between calling a class and the modules that lay out subclass instances.

import type { PyType } from './type';
import type { PyDict } from '../dict';

type Kw = Map<string, unknown> | null;

export const typeHooks = {
  /** metaclass.ts: the metaclass's own __call__, if the program defined one */
  metaCallOverride: (_t: PyType): unknown => undefined,
  /** metaclass.ts: type_call on a metaclass */
  callMetaclass: (_t: PyType, _args: unknown[], _kw: Kw): unknown => null,
  /** typeNew.ts: the class's own __new__ function, if any */
  userNewOf: (_t: PyType): unknown => undefined,
  callWithNew: (_t: PyType, _fn: unknown, _args: unknown[], _kw: Kw): unknown => null,
  valueBaseOf: (_t: PyType): PyType | null => null,
  callValueSub: (_t: PyType, _base: PyType, _args: unknown[], _kw: Kw): unknown => null,
  /** class statement helpers (typeNew.ts, metaclass.ts) */
  subclassableBuiltin: (_t: PyType): boolean => false,
  checkLayouts: (_bases: PyType[]): void => {},
  wrapNew: (_ns: PyDict): void => {},
  inheritConstruct: (_cls: PyType): void => {},
  calculateMetaclass: (metaArg: unknown, _bases: unknown[]): unknown => metaArg,
  buildWithMetaclass: (
    _meta: unknown,
    _metaArg: unknown,
    _name: string,
    _bases: unknown[],
    _runBody: (ns: PyDict) => (cls: PyType | null) => void,
    _qualname: string,
  ): unknown => null,
  typeThreeArgs: (_args: unknown[], _kw: Kw): unknown => null,
};
