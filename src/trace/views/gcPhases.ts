// The collector's phases in words, for the banner over the graph and the step's caption (the
// same phase at the same step), with a plain explanation of its vocabulary.

export const PHASE_TITLES: Record<string, string> = {
  start: 'collection starts',
  update_refs: 'update_refs',
  subtract_refs: 'subtract_refs',
  move_unreachable: 'move_unreachable',
  weakrefs: 'weak references',
  finalize: 'finalizers',
  resurrected: 'resurrection check',
  clear: 'breaking the cycles',
  saveall: 'DEBUG_SAVEALL',
  free: 'freeing',
  done: 'collection done',
};

export const PHASE_TEXT: Record<string, string> = {
  start: 'the generations being collected are merged into one list of objects to examine, the "young list"',
  update_refs: "each object's gc_refs starts as its reference count",
  subtract_refs: 'references from inside the young list are subtracted: what is left comes from outside',
  move_unreachable: 'objects with gc_refs > 0, and all they reach, survive; the rest is tentatively unreachable',
  weakrefs: 'weak references to unreachable objects are cleared',
  finalize: 'finalizers (__del__) run, once per object (PEP 442)',
  resurrected: 'objects a finalizer made reachable again are spared; the rest is garbage',
  clear: 'tp_clear breaks the cycles; the objects free themselves',
  saveall: 'DEBUG_SAVEALL is on: the garbage goes into gc.garbage instead of being freed',
  free: 'the garbage is freed',
  done: 'the collection is done',
};

/** what "generation N" means for this collection */
export function generationText(g: number): string {
  if (g >= 2) return 'generation 2: a full collection, every object the collector tracks is examined';
  if (g === 1) return 'generations 0 and 1: objects that survived at most one collection';
  return 'generation 0: the objects created since the last collection';
}

/** the words a student meets in a collection, explained the first time they appear */
export function gcGlossary(g: number): string {
  const which =
    g >= 2 ? 'in a generation 2 (full) collection, every object the collector tracks' : g === 1 ? 'the objects of generations 0 and 1' : 'the objects created since the last collection (generation 0)';
  return `The "young list" is the set of objects this collection examines: ${which}.`;
}
