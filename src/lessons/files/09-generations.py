# lesson: {"order": 9, "slug": "generations", "title": "Generations and automatic collections"}
# The collector does not wait for gc.collect(): every container allocation adds to generation 0's
# count, and when it passes the threshold (700 by default) generation 0 is collected on its own.
# Survivors move to generation 1, and every 10 collections of a generation trigger one of the
# next. Here the threshold is lowered to 50 so you can watch it happen.
# @9: Watch the generation meters under the controls (G turns them on and off): gen 0's count against its threshold, now 50.
# @15: The cycle is garbage now, but nothing collects it yet: it sits in the gen 0 meter's count.
# @16: Step through the loop: each Node() fills the gen 0 meter a little more.
# @17: When gen 0's count passes 50, an automatic collection runs (the red mark on the timeline says what set it off): gen 0 empties, gen 1 counts one collection, and the weakref's callback fires.
# @19: gc.get_count() prints the three counts the meters show; tick "colour by generation" to see which objects survived into generation 1.
# [3.13+]: Since Python 3.13 generation 0's default threshold is 2000, not 700; this lesson sets its own (50), so the point is the same.
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
