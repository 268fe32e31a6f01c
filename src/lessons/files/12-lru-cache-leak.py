# lesson: {"order": 12, "slug": "lru-cache-leak", "title": "lru_cache on a method leaks self"}
# `functools.lru_cache` remembers every call's arguments as the key of a dict, to answer the next
# identical call from the dict. On a method the first argument is `self`, so the cache — which
# lives on the class, as long as the program — holds a reference to every instance it has seen.
# `del` removes your name, but the instance stays alive, reachable from the class through the
# cache: a leak no collection can find, because nothing about it is garbage. `cache_clear()`
# lets go; so does keeping the cached value on the instance itself (`functools.cached_property`).
# @16: The first call stores `(r, 2)` as a key in the cache's dict: the cache now refers to `r`.
# @19: `del r` removed the only name, yet the weak reference still finds the report: the cache holds it.
# @20: The cache has one entry (a miss, then stored) — the entry that keeps the report alive.
# @21: `cache_clear()` drops the keys, the report's count reaches zero and it is freed at once.
# @36: `cached_property` kept the value in the instance's own `__dict__`: nothing outside holds `self`, so `del s` frees it.
# @19 [3.12+]: In Python 3.12 and later this count is not 0: importing functools left cyclic garbage behind, which this collection finds. The report stays alive all the same.
import functools
import gc
import weakref

class Report:
    def __init__(self, name):
        self.name = name
        self.rows = list(range(1000))
    @functools.lru_cache(maxsize=None)
    def total(self, scale):
        return sum(self.rows) * scale
    def __del__(self):
        print("report", self.name, "freed")

r = Report("q1")
print("total:", r.total(2))
probe = weakref.ref(r)
del r
print("collected:", gc.collect(), "- still alive:", probe() is not None)
print(Report.total.cache_info())
Report.total.cache_clear()
print("after cache_clear, alive:", probe() is not None)

class Report2:
    def __init__(self, name):
        self.name = name
        self.rows = list(range(1000))
    @functools.cached_property
    def total(self):
        return sum(self.rows) * 2
    def __del__(self):
        print("report", self.name, "freed")

s = Report2("q2")
print("total:", s.total)
del s
print("done")
