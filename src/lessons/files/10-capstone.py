# lesson: {"order": 10, "slug": "capstone", "title": "Capstone: everything at once"}
# The whole playground demo: aliasing and getrefcount's extra reference, a dict cycle that
# survives del, a self-referencing list kept in gc.garbage by DEBUG_SAVEALL, an object leaked
# through a global list even though it is in a cycle with a __del__, and a WeakValueDictionary
# that forgets its user when the user dies.
# @6: The +1 of getrefcount's argument, then aliasing.
# @22: Both dicts survived del: a cycle, leaked until the collector runs.
# @27: The collection with DEBUG_SAVEALL: the two dicts and the self-list land in gc.garbage.
# @39: LEAKS keeps the Node alive: gc.collect() cannot free what is reachable.
# @48: The User dies; the WeakValueDictionary drops its entry.
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
