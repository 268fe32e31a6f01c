// Metatypes written natively (the enum module's EnumType): a class statement whose bases carry
// one builds its class with the metatype's `make` (type.__new__'s allocation) and hands the
// finished class to `finish` (what the metatype's __new__ does after type.__new__).

import type { PyType } from './type';
import type { PyDict } from '../dict';

export interface NativeMeta {
  /** allocate the class object (a PyType subclass) */
  make(name: string, bases: PyType[]): PyType;
  /** after type_new: turn the namespace into what the metatype wants (enum members...) */
  finish(cls: PyType, ns: PyDict): void;
}

const metas = new Map<PyType, NativeMeta>();

export function setNativeMeta(t: PyType, m: NativeMeta): void {
  metas.set(t, m);
}

/** the native metatype of the first base (or base's ancestor) that has one */
export function nativeMetaOf(bases: PyType[]): NativeMeta | null {
  if (metas.size === 0) return null;
  for (const b of bases) for (const t of b.mro) {
    const m = metas.get(t);
    if (m !== undefined) return m;
  }
  return null;
}
