# the weak containers' dict API: copy, get, pop, setdefault, update, valuerefs/keyrefs, in, len; finalize's peek/detach
import weakref
class O:
    def __init__(s, n): s.n = n
objs = [O(i) for i in range(3)]
d = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
c = d.copy()
print(type(c).__name__, len(c), sorted(c.keys()), 1 in c, c.get(5, "none"))
print(sorted(k for k, v in d.items()), len(list(d.values())), len(d.valuerefs()))
print(d.pop(0).n, d.setdefault(9, objs[0]).n, len(d))
d.update({7: objs[1]})
print(sorted(d))
k = weakref.WeakKeyDictionary({objs[0]: 1, objs[1]: 2})
print(len(k), k[objs[0]], len(k.keyrefs()), sorted(k.values()), k.get(objs[2], "-"), len(k.copy()))
s = weakref.WeakSet(objs)
print(len(s), objs[0] in s, len(s.copy()))
del objs
print(len(d), len(k), len(s), len(c))
f = weakref.finalize(O(1), print, "x")
print(f.alive, f.peek(), f.detach(), f.alive)
