import sys
import gc
import weakref

x = [1, 2, 3]
print("Initial refcount:", sys.getrefcount(x))
y = x
print("After alias:", sys.getrefcount(x))
del y
print("After del y:", sys.getrefcount(x))

a = []
print(sys.getrefcount(a))

a = {}
b = {}
a["ref"] = b
b["ref"] = a
print("Refcount for a:", sys.getrefcount(a))
print("Refcount for b:", sys.getrefcount(b))
del a, b

gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print("Unreachable objects:", gc.garbage)

LEAKS = []
class Node:
    def __init__(self):
        self.ref = self
    def __del__(self):
        pass
n = Node()
LEAKS.append(n)
del n
gc.collect()
print("Leak count:", len(LEAKS))

registry = weakref.WeakValueDictionary()
class User:
    pass
u = User()
registry["user"] = u
print("Before GC:", dict(registry))
del u
gc.collect()
print("After GC:", dict(registry))
