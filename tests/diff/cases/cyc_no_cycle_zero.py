import gc

gc.collect()
class A:
    pass
a = A()
a.x = [1, 2, 3]
del a
print("no cycle, freed by refcount:", gc.collect())
lst = [[i] for i in range(100)]
del lst
print("big acyclic list:", gc.collect())
t = tuple([1, 2, 3])
del t
print("tuple:", gc.collect())
