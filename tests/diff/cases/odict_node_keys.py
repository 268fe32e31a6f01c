# An OrderedDict node holds its key (_odictnode_KEY): one reference more per key than a dict,
# released when the key leaves (pop, popitem, del, clear), visited by the collector (odict_traverse);
# PyODict_SetItem hashes a key the caller alone holds.
import sys, gc
from collections import OrderedDict
class K: pass
class H:
    def __hash__(self): return 5
ks = [K() for _ in range(3)]
h = H()
od = OrderedDict.fromkeys(ks)
od.setdefault('s', 1)
od.setdefault(h, 2)
od.setdefault(2.5, 3)
t = (1, K())
od[t] = 4
print([sys.getrefcount(k) for k in ks], sys.getrefcount(h), sys.getrefcount(t))
od.move_to_end(ks[0])
od.popitem(last=False)
od.pop(ks[2])
print([sys.getrefcount(k) for k in ks], sys.getrefcount(h))
c = od.copy()
print([sys.getrefcount(k) for k in ks], sys.getrefcount(h), sys.getrefcount(t))
od.clear()
print([sys.getrefcount(k) for k in ks], sys.getrefcount(h), sys.getrefcount(t))
del c
print([sys.getrefcount(k) for k in ks], sys.getrefcount(h), sys.getrefcount(t))
# a cycle through an OrderedDict key
class N: pass
n = N()
n.od = OrderedDict()
n.od[n] = 1
del n
print(gc.collect())
x = OrderedDict()
x[K()] = 1
x[K()] = 2
del x
print(gc.collect())
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
y = OrderedDict()
for i in range(4): y[D(i)] = i
y.move_to_end(next(iter(y)))
del y
print('end')
