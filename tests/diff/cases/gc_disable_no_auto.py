import gc
import weakref

class N:
    pass

gc.collect()
gc.disable()
refs = []
for i in range(5):
    n = N()
    n.me = n
    refs.append(weakref.ref(n))
del n
junk = [[] for i in range(5000)]
print("alive while disabled:", sum(1 for r in refs if r() is not None))
gc.enable()
print("collect:", gc.collect())
print("alive after collect:", sum(1 for r in refs if r() is not None))
