import gc
import weakref

class A:
    pass

print("warm up stdout")
gc.collect()
gc.set_threshold(50)
probe = A()
probe.self = probe
died = []
r = weakref.ref(probe, lambda ref: died.append(i))
del probe
objs = []
for i in range(200):
    objs.append(A())
print("probe died at iteration:", died)
print("count:", gc.get_count())
gc.set_threshold(700, 10, 10)
