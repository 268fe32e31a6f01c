import weakref

cache = {}

class Result:
    def __init__(self, n):
        self.n = n

def compute(n):
    if n not in cache:
        cache[n] = Result(n * n)
    return cache[n]

refs = []
for i in range(5):
    refs.append(weakref.ref(compute(i)))
print("alive with strong cache:", sum(1 for r in refs if r() is not None))
print("cache size:", len(cache))
cache.clear()
print("alive after clear:", sum(1 for r in refs if r() is not None))
wcache = weakref.WeakValueDictionary()
def compute_weak(n):
    res = wcache.get(n)
    if res is None:
        res = Result(n * n)
        wcache[n] = res
    return res
refs = [weakref.ref(compute_weak(i)) for i in range(5)]
print("alive with weak cache:", sum(1 for r in refs if r() is not None))
