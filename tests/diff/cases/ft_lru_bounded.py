# a bounded lru_cache: eviction order, results held by the cache, typed keys
import functools
import sys

class Result:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  result", self.n, "dropped")

@functools.lru_cache(maxsize=2)
def compute(n):
    print("  compute", n)
    return Result(n)

r1 = compute(1)
print("refcount of cached result:", sys.getrefcount(r1))
compute(2)
compute(1)
del r1
compute(3)
print(compute.cache_info())
compute.cache_clear()
print("cleared", compute.cache_info().currsize)

@functools.lru_cache(maxsize=8, typed=True)
def kind(x):
    return type(x).__name__
print(kind(1), kind(1.0), kind(True), kind.cache_info())

@functools.lru_cache
def plain(a, b=0):
    return a + b
print(plain(1), plain(1, b=2), plain(1, 2), plain.cache_info(), plain.cache_parameters())
print(type(plain).__name__, plain.__name__, plain.__wrapped__.__name__)
