import gc

gc.collect()
d = {}
d["me"] = d
print("repr:", d)
del d
print("self dict:", gc.collect())
class A:
    pass
a = A()
a.me = a
del a
print("instance self-loop:", gc.collect())
print("again:", gc.collect())
