import weakref as wr
from weakref import ref
import gc

class Obj:
    def __init__(self, name):
        self.name = name

gc.collect()
a = Obj("a")
r1 = ref(a)
r2 = wr.ref(a)
print("same weakref object:", r1 is r2)
print("count:", wr.getweakrefcount(a))
p = wr.proxy(a)
print("proxy name:", p.name)
d = wr.WeakValueDictionary()
d["a"] = a
print("dict size:", len(d))
del a
print("dead:", r1() is None, len(d))
