# What imports leave for the collector. 3.11 has these modules loaded at start-up (nothing to
# count); 3.12 and 3.13 execute them: allocations, and cyclic garbage the next collection counts.
import gc
gc.collect()
import weakref
print('after import weakref:', gc.collect())
import functools
print('after import functools:', gc.collect())
def f():
    import enum
    return gc.collect()
print('import enum inside a function:', f())
import weakref
import functools
print('importing them again:', gc.collect())
import operator, collections
print('modules functools already brought in:', gc.collect())
gc.set_debug(gc.DEBUG_SAVEALL)
import heapq
gc.collect()
print('gc.garbage after import heapq:', len(gc.garbage))
gc.set_debug(0)
