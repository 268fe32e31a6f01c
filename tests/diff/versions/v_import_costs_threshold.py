# An import that passes threshold 0: the collection runs inside it (3.12+: at an eval-breaker
# check of the module code), collecting the garbage made before it, not the garbage made after.
import gc
gc.collect()
gc.set_threshold(300, 10, 10)
import functools
print('collected inside import functools:', gc.get_stats()[0]['collections'] > 0)
print('left for gc.collect():', gc.collect())
import weakref
print('after weakref:', gc.collect())
gc.set_threshold(700, 10, 10)
