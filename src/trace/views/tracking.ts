// What gc.is_tracked(obj) says and which generation list the object is in, read from the record:
// the trace keeps each object's generation as the runtime's collector has it (gcmodule.c's lists:
// -1 untracked, 0..2 a generation, 3 the permanent generation of gc.freeze()). Only the words
// explaining why are worked out here, from the object's type.

import type { ObjectState } from '../types';

/** types whose instances are never tracked (atoms: they cannot be in a cycle) */
const ATOMIC = new Set(['int', 'float', 'str', 'bytes', 'bool', 'NoneType', 'complex', 'range']);

export interface Tracking {
  tracked: boolean;
  /** the generation list it is in (3: the permanent generation), null when untracked */
  generation: number | null;
  /** why, in a student's words */
  why: string;
}

export function tracking(o: ObjectState, _byId?: Map<number, ObjectState>): Tracking {
  const g = o.generation;
  if (g === 3) return { tracked: true, generation: 3, why: 'tracked, but frozen by gc.freeze() in the permanent generation: collections skip it' };
  if (g >= 0) {
    const dict = o.type === 'dict' ? ': a dict is tracked once it may hold a container, which could make a cycle' : '';
    return { tracked: true, generation: g, why: `tracked by the cyclic collector (gc.is_tracked is True), in generation ${g}${dict}` };
  }
  if (o.type === 'dict')
    return { tracked: false, generation: null, why: 'not tracked (gc.is_tracked is False): a dict holding only atoms (numbers, strings) cannot be part of a cycle' };
  if (o.type === 'tuple')
    return { tracked: false, generation: null, why: 'not tracked (gc.is_tracked is False): a tuple holding only atoms is untracked (by a collection, or as a constant)' };
  if (ATOMIC.has(o.type)) return { tracked: false, generation: null, why: `not tracked (gc.is_tracked is False): a ${o.type} holds no references, so it cannot be in a cycle` };
  return { tracked: false, generation: null, why: 'not tracked by the cyclic collector (gc.is_tracked is False)' };
}
