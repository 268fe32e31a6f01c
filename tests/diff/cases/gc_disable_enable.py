import gc
import weakref

class A:
    pass

gc.collect()
gc.disable()
print("enabled:", gc.isenabled())
probe = A()
probe.self = probe
r = weakref.ref(probe)
del probe
junk = [A() for i in range(3000)]
print("survived while disabled:", r() is not None)
print("manual collect still works:", gc.collect())
print("now dead:", r() is None)
gc.enable()
print("enabled again:", gc.isenabled())
