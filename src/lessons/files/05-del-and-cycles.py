# lesson: {"order": 5, "slug": "finalizers", "title": "__del__, and __del__ in cycles (PEP 442)"}
# `__del__` runs when an object is about to be freed: the moment its count reaches zero. In a
# cycle, counts never reach zero, so the collector calls the finalizers itself — once per object —
# before breaking the cycle. Before Python 3.4 (PEP 442) such cycles were "uncollectable" and ended
# up in gc.garbage with their __del__ never called; since 3.4 they are collected normally.
# @10: The count drops to zero: __del__ runs right here, in the middle of the line.
# @15: A cycle with finalizers: del leaves both alive.
# @16: The collector runs both __del__ methods, then frees the pair.
# [lf]: This mode runs the collector from before PEP 442 (Python 3.3 and earlier): a cycle holding a __del__ is never collected.
# @16 [lf]: Before PEP 442 the collector refuses this cycle: no __del__ runs, and both objects are put in gc.garbage — leaked for good.
import gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

r = Resource("plain")
del r
a = Resource("a")
b = Resource("b")
a.peer, b.peer = b, a
del a, b
print("cycle left behind; collecting")
print("collected:", gc.collect())
