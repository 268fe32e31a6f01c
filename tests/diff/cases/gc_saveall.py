import gc

class A:
    pass

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
a.append(a)
b = A()
b.me = b
del a, b
print("collected:", gc.collect())
print("garbage size:", len(gc.garbage))
print("garbage types:", sorted(type(o).__name__ for o in gc.garbage))
lists = [o for o in gc.garbage if isinstance(o, list)]
print("saved list is intact:", lists[0][0] is lists[0])
gc.set_debug(0)
del lists
gc.garbage.clear()
print("after clearing:", gc.collect(), len(gc.garbage))
