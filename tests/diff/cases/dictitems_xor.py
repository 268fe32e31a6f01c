import sys
class K:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("hash", self.n, sys.getrefcount(self))
        return self.n % 3
    def __eq__(self, o):
        print("eq", self.n, getattr(o, 'n', o), sys.getrefcount(self))
        return isinstance(o, K) and self.n == o.n
    def __repr__(self): return "K%d" % self.n
class V:
    def __init__(self, n): self.n = n
    def __hash__(self):
        print("vhash", self.n)
        return self.n
    def __eq__(self, o):
        print("veq", self.n, o.n, sys.getrefcount(self), sys.getrefcount(o))
        return self.n == o.n
    def __repr__(self): return "V%d" % self.n
k1, k2, k4 = K(1), K(2), K(4)
d1 = {k1: V(1), k2: V(2), 'a': 1, 3: 3}
d2 = {}
d2[k4] = V(4)
d2[K(1)] = V(1)
d2[3] = 4
d2["a"] = 1
d2["z"] = 0
print("go")
r = d1.items() ^ d2.items()
print(sorted(map(repr, r)))
print(sys.getrefcount(k1), sys.getrefcount(k4))
r = d2.items() ^ d1.items()
print(sorted(map(repr, r)))
print({1: 2}.items() ^ {1: 2}.items(), {}.items() ^ {}.items())
try:
    print({1: []}.items() ^ {2: 3}.items())
except TypeError as e:
    print("TE", e)
try:
    print({1: 2}.items() ^ {2: []}.items())
except TypeError as e:
    print("TE", e)
try:
    print({1: []}.keys() ^ {2: []}.items())
except TypeError as e:
    print("TE", e)
print(sorted({1: 2, 3: 4}.keys() ^ {3: 4, 5: 6}.keys()))
print(sorted({1: 2, 3: 4}.items() ^ {(3, 4), (1, 5)}))
print(sorted({(3, 4), (1, 5)} ^ {1: 2, 3: 4}.items()))
print(sorted(map(repr, {1: 2, 3: 4}.keys() ^ {(3, 4): 1, 1: 5}.items())))
import gc
gc.collect()
print(gc.get_count())
x = {i: i for i in range(5)}.items() ^ {i: i+1 for i in range(3, 8)}.items()
print(gc.get_count(), len(x))
class Bad:
    def __hash__(self): return 7
    def __eq__(self, o): raise ValueError("bad eq")
b = Bad()
b2 = Bad()
v = [1]
try:
    {1: b, 2: v}.items() ^ {2: v, 1: b2}.items()
except ValueError as e:
    print("VE", e, sys.getrefcount(b), sys.getrefcount(b2), sys.getrefcount(v))
try:
    {b: v}.items() ^ {b2: v}.items()
except ValueError as e:
    print("VE", e, sys.getrefcount(b), sys.getrefcount(b2), sys.getrefcount(v))
try:
    {1: v}.items() ^ {2: 3}.items()
except TypeError as e:
    print("TE", e, sys.getrefcount(v))
class W:
    def __del__(self): print("del W")
d = {1: W(), 2: 2}
r = d.items() ^ {2: 2}.items()
print("r", len(r))
del d
print("d gone")
del r
print("r gone")
print(gc.get_count())
