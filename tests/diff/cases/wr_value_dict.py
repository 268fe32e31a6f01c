import weakref
import gc

class Obj:
    def __init__(self, name):
        self.name = name

gc.collect()
cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print("len:", len(cache), sorted(cache.keys()))
del a
print("after del a:", len(cache), sorted(cache.keys()))
print("get missing:", cache.get("a"))
print("lookup b:", cache["b"].name)
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
c = Obj("c")
c.me = c
cache["c"] = c
del c
print("cycle alive:", "c" in cache)
gc.collect()
print("after collect:", sorted(cache.keys()))
