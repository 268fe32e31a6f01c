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
