import weakref
import gc

class K:
    pass

gc.collect()
d = weakref.WeakKeyDictionary()
k = K()
k.me = k
d[k] = [1, 2]
del k
print("entry while in cycle:", len(d))
print("collect:", gc.collect())
print("after collect:", len(d))
