import sys, collections
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n, sys.getrefcount(self))
        return self.n % 3
    def __eq__(self, o):
        print("eq", self.n, o.n, sys.getrefcount(self), sys.getrefcount(o))
        return self.n == o.n
d = {}
a = K(1)
print(d.setdefault(a, 'x'))
print(d.setdefault(K(4), []))
print(d.setdefault(K(1), 'y'))
print(d.setdefault(K(7)))
print(len(d), sys.getrefcount(a))
d2 = {'a': 1}
print(d2.setdefault(K(2), 5), d2.setdefault('a', 9), d2.setdefault('b'))
print(len(d2), list(d2.values()))
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n, sys.getrefcount(self))
        return self.n % 3
    def __eq__(self, o):
        print("eq", self.n, o.n)
        return self.n == o.n
o = collections.OrderedDict()
print(o.setdefault(K(1), 2), o.setdefault(K(4), 3), len(o))
dd = collections.defaultdict(list)
print(dd.setdefault(K(1), 2), dd.setdefault(K(4), 3), len(dd))
class D(dict): pass
x = D()
print(x.setdefault(K(1), 2), x.setdefault(K(4), 3), len(x))
d = {}
for i in range(10):
    d.setdefault(i, i)
    d.setdefault(str(i), [])
    print(sys.getsizeof(d), end=' ')
print()
c = {}
try:
    c.setdefault([], 1)
except TypeError as e:
    print(e)
import gc
g = {}
print(gc.is_tracked(g)); g.setdefault(1, 2); print(gc.is_tracked(g)); g.setdefault(2, []); print(gc.is_tracked(g))
