# gen-0 count around the first print() with no collection before: what print allocates (the
# parser's keyword tuple, the *args tuple, the pending list) comes from the free lists start-up
# left, so the count does not move (the first get_count() puts a 3-tuple in its free list)
import gc
gc.get_count()
a = gc.get_count()[0]; print('first'); b = gc.get_count()[0]
print(b - a)
a = gc.get_count()[0]; print('second', 2); b = gc.get_count()[0]
print(b - a)
