import weakref

class A:
    pass

a = A()
b = A()
ra = weakref.ref(a)
rb = weakref.ref(b)
print("live refs compare referents:", ra == rb, ra == weakref.ref(a))
del a
print("dead ref equals itself:", ra == ra)
print("dead vs live:", ra == rb)
print("dead ref call:", ra())
print("bool of referent None:", ra() is None)
