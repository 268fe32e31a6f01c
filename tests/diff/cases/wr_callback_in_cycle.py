import weakref
import gc

class A:
    def __init__(self, name):
        self.name = name

def cb(ref):
    print("callback for a dead object, ref() is None:", ref() is None)

gc.collect()
a = A("a")
a.me = a
r = weakref.ref(a, cb)
del a
print("before collect, alive:", r() is not None)
print("collect:", gc.collect())
print("after collect:", r())
