# When collections.OrderedDict (the C odict of CPython 3.11) calls a key's __hash__ and __eq__:
# once per insertion (PyODict_SetItem) with a second lookup by the stored hash
# (_odict_add_new_node), again for every key its iterators pass (_odict_find_node) and for every
# value they read (PyODict_GetItem), once per pop/del/move_to_end, never for popitem; update() and
# OrderedDict(mapping) set key by key (mutablemapping_update), copy() reads each value.
from collections import OrderedDict


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("  hash", self.n)
        return self.n % 4

    def __eq__(self, o):
        print("  eq", self.n, getattr(o, "n", o))
        return isinstance(o, K) and self.n == o.n

    def __repr__(self):
        return "K%d" % self.n


a, b, c, e = K(1), K(2), K(3), K(5)
print("insert")
d = OrderedDict()
d[a] = 1
d[b] = 2
d[c] = 3
print("lookup")
print(d[a], b in d, d.get(c))
print("set existing")
d[a] = 10
print("del")
del d[b]
print("pop")
print(d.pop(c), d.pop(K(9), "none"))
print("popitem")
d[b] = 2
d[c] = 3
print(d.popitem(), d.popitem(last=False))
print("move_to_end")
d[a] = 1
d.move_to_end(b)
d.move_to_end(b, last=False)
print("keys")
print(list(d), list(d.keys()))
print("values")
print(list(d.values()))
print("items")
print(list(d.items()))
print("reversed")
print(list(reversed(d)))
print("for")
for k in d:
    pass
print("OrderedDict(od)")
d2 = OrderedDict(d)
print("==")
print(d == d2, d == dict(d2), dict(d2) == d)
print("copy")
d3 = d.copy()
print("fromkeys")
d4 = OrderedDict.fromkeys([a, b], 0)
print("setdefault")
print(d.setdefault(a, 0), d.setdefault(c, 0))
print("update")
u = {e: 5}
d.update(u)
d.update([(K(6), 6)], x=1)
print("dict(od)")
x = dict(d)
print("OrderedDict(list), repr")
d5 = OrderedDict([(a, 1), (b, 2)])
print(d5)
print("clear")
d.clear()
print("collisions")
f = OrderedDict()
f[a] = 1
f[e] = 5
print(f[e], e in f)
print(list(f.items()))
g = f.copy()
print(f == g)
print(list(reversed(f)))
