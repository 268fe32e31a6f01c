import gc

class A:
    pass

gc.collect()
c0 = gc.get_count()[0]
x = A()
c1 = gc.get_count()[0]
y = A()
z = A()
c2 = gc.get_count()[0]
del x
c3 = gc.get_count()[0]
del y, z
c4 = gc.get_count()[0]
print("one instance:", c1 - c0)
print("three instances:", c2 - c0)
print("after freeing one:", c3 - c0)
print("after freeing all:", c4 - c0)
