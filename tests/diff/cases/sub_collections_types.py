# Subclasses of defaultdict, OrderedDict and Counter: an LRU cache, a tree, a tally
import gc
import sys
from collections import Counter, OrderedDict, defaultdict

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            print("evict", self.popitem(last=False))

cache = LRU(2)
cache.put("a", [1])
cache.put("b", [2])
cache.get("a")
cache.put("c", [3])
print(cache, list(cache), cache.capacity, gc.is_tracked(cache))
print("refcount of cache:", sys.getrefcount(cache))

class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
    def paths(self, prefix=""):
        for k, v in self.items():
            yield prefix + k
            yield from v.paths(prefix + k + "/")
t = Tree()
t["a"]["b"]["c"]
t["a"]["d"]
print(list(t.paths()), type(t["a"]).__name__, t.default_factory is Tree)

class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]
words = Tally("the cat and the hat and the bat".split())
print(words.top(), words["the"], words["zebra"], repr(Tally()), type(words + words).__name__)
words.me = words
t["loop"] = t
del t, words, cache
print("collected:", gc.collect())
