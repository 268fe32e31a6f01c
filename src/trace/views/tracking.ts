// What gc.is_tracked(obj) says, from the recorded state. The trace records a generation once an
// object is in a collector list; CPython also starts tracking a dict the moment it is given a
// value that may itself be tracked (MAINTAIN_TRACKING), which the trace does not record as such,
// so that case is derived here from the dict's contents.

import type { ObjectState } from '../types';

/** types whose instances are never tracked (atoms: they cannot be in a cycle) */
const ATOMIC = new Set(['int', 'float', 'str', 'bytes', 'bool', 'NoneType', 'complex', 'range', 'builtin_function_or_method']);
/** containers that are always tracked from creation */
const ALWAYS = new Set(['list', 'set', 'frozenset', 'function', 'cell', 'method', 'generator', 'type']);

export interface Tracking {
  tracked: boolean;
  /** the generation, when the trace knows it */
  generation: number | null;
  /** why, in a student's words */
  why: string;
}

export function tracking(o: ObjectState, byId: Map<number, ObjectState>): Tracking {
  if (o.generation >= 0) return { tracked: true, generation: o.generation, why: `tracked by the cyclic collector, generation ${o.generation}` };
  if (o.type === 'dict') {
    const holdsContainer = o.edges.some((e) => !e.weak && e.to.kind === 'obj' && !ATOMIC.has(byId.get(e.to.id)?.type ?? 'int'));
    if (holdsContainer)
      return {
        tracked: true,
        generation: null,
        why: 'tracked by the cyclic collector (gc.is_tracked is True): a dict is tracked once it holds a container, which could make a cycle',
      };
    return { tracked: false, generation: null, why: 'not tracked (gc.is_tracked is False): a dict holding only atoms (numbers, strings) cannot be part of a cycle' };
  }
  if (ALWAYS.has(o.type)) return { tracked: true, generation: null, why: `tracked by the cyclic collector (gc.is_tracked is True): every ${o.type} is` };
  if (ATOMIC.has(o.type)) return { tracked: false, generation: null, why: `not tracked (gc.is_tracked is False): a ${o.type} holds no references, so it cannot be in a cycle` };
  return { tracked: false, generation: null, why: 'not tracked by the cyclic collector (gc.is_tracked is False)' };
}
