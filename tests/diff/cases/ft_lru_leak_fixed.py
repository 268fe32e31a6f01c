# lru_cache on a method keeps self alive; cache_clear or a per-instance cache fixes it
import functools
import gc
import sys
import weakref
gc.collect()

class Model:
    def __init__(self, name):
        self.name = name
    @functools.lru_cache(maxsize=None)
    def predict(self, x):
        return x * 2
    def __del__(self):
        print("Model freed:", self.name)

m = Model("a")
print(m.predict(3), m.predict(3), Model.predict.cache_info())
print("refcount of m:", sys.getrefcount(m))
w = weakref.ref(m)
del m
print("collect:", gc.collect(), "alive:", w() is not None)
Model.predict.cache_clear()
print("after cache_clear alive:", w() is not None)

class Fixed:
    def __init__(self, name):
        self.name = name
        self.predict = functools.lru_cache(maxsize=2)(self._predict)
    def _predict(self, x):
        return [x]
    def __del__(self):
        print("Fixed freed:", self.name)

f = Fixed("b")
print(f.predict(1), f.predict(2), f.predict(1), f.predict.cache_info())
wf = weakref.ref(f)
del f
print("alive before collect:", wf() is not None)
print("collect:", gc.collect(), "alive:", wf() is not None)
