import gc
import weakref

class A:
    pass

print("start")
gc.collect()
gc.set_threshold(50)
probe = A()
probe.self = probe
r = weakref.ref(probe)
del probe
print("probe alive before allocations:", r() is not None)
objs = []
for i in range(200):
    objs.append(A())
print("probe collected automatically:", r() is None)
gc.set_threshold(700, 10, 10)
