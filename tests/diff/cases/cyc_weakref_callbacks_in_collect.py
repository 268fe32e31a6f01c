import gc
import weakref

class N:
    def __init__(self, name):
        self.name = name

log = []
gc.collect()
a = N("a")
b = N("b")
a.p = b
b.p = a
ra = weakref.ref(a, lambda r: log.append("a died"))
rb = weakref.ref(b, lambda r: log.append("b died"))
del a, b
print("collect:", gc.collect())
print("callbacks:", log)
print("both dead:", ra() is None, rb() is None)
