import gc

class P:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = P()
b = P()
a.peer = b
b.peer = a
d = a.__dict__
del d
del a, b
print("collected:", gc.collect())
print("types:", sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("debug off:", gc.get_debug())
