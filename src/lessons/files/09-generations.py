# lesson: {"order": 9, "slug": "generations", "title": "Generations and automatic collections"}
# The collector does not wait for gc.collect(): every container allocation adds to generation 0's
# count, and when it passes the threshold (700 by default) generation 0 is collected on its own.
# Survivors move to generation 1, and every 10 collections of a generation trigger one of the
# next. Here the threshold is lowered to 50 so you can watch it happen.
# @15: The cycle is garbage now, but nothing collects it yet.
# @16: Around the 50th allocation an automatic collection runs and the weakref's callback fires.
import gc
import weakref

class Node:
    pass

gc.collect()
gc.set_threshold(50, 10, 10)
print("threshold:", gc.get_threshold(), "count:", gc.get_count())
n = Node()
n.me = n
died = []
watch = weakref.ref(n, lambda r: died.append(len(made)))
del n
made = []
for i in range(80):
    made.append(Node())
print("the cycle was collected after", died, "allocations")
print("count now:", gc.get_count())
gc.set_threshold(700, 10, 10)
