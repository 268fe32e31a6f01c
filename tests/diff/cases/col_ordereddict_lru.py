# an LRU cache built on OrderedDict: move_to_end on hits, popitem(last=False) evicts
import gc
import sys
from collections import OrderedDict
gc.collect()

class Page:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  page", self.n, "evicted and freed")

class LRU:
    def __init__(self, size):
        self.size = size
        self.od = OrderedDict()
    def get(self, k):
        if k in self.od:
            self.od.move_to_end(k)
            return self.od[k]
        page = Page(k)
        self.od[k] = page
        if len(self.od) > self.size:
            self.od.popitem(last=False)
        return page

lru = LRU(3)
for k in [1, 2, 3, 1, 4, 5, 1]:
    p = lru.get(k)
    print("get", k, "->", list(lru.od))
print("refcount of page 1:", sys.getrefcount(lru.od[1]))
del p
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(list(reversed(lru.od)), lru.od.copy() == lru.od)
lru.od["self"] = lru
del lru
print("collected:", gc.collect())
