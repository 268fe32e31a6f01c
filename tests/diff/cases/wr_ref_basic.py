import weakref
import sys

class A:
    pass

a = A()
r = weakref.ref(a)
print("alive:", r() is a)
print("refcount unchanged by weakref:", sys.getrefcount(a))
print("weakref count:", weakref.getweakrefcount(a))
r2 = weakref.ref(a)
print("same ref object reused:", r is r2)
del a
print("dead:", r() is None)
print("count of dead object refs: n/a, r2 dead too:", r2() is None)
