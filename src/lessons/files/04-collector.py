# lesson: {"order": 4, "slug": "collector", "title": "The cyclic collector, step by step"}
# gc.collect() runs CPython's algorithm. Step at the "collector phase" grain: each tracked object
# gets gc_refs = its reference count; references from inside the generation are subtracted; what
# still has gc_refs > 0 is referenced from outside, so it and everything it reaches survive; the
# rest is unreachable garbage. With DEBUG_SAVEALL the garbage is kept in gc.garbage instead of
# being freed, so you can look at it.
# @7: A list that contains itself: a cycle of one.
# @8: gc_refs start at the counts; the self-reference is subtracted; nothing outside holds it.
# @9: DEBUG_SAVEALL: the garbage lands in gc.garbage.
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
keep = ["kept"]
loop = []
loop.append(loop)
del loop
print("collected:", gc.collect())
print("gc.garbage:", gc.garbage)
gc.set_debug(0)
gc.garbage.clear()
