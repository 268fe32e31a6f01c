import copy
import sys

class Tracked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("  copy", sys.getrefcount(self))
        return Tracked(self.v)
    def __deepcopy__(self, memo):
        print("  deepcopy, memo", len(memo))
        new = Tracked(copy.deepcopy(self.v, memo))
        memo[id(self)] = new
        return new

t = Tracked([1, [2]])
a = copy.copy(t)
b = copy.deepcopy(t)
print(a.v is t.v, b.v is t.v, b.v[1] is t.v[1])
box = [t, t]
bc = copy.deepcopy(box)
print(bc[0] is bc[1], bc[0] is t)

class State:
    def __init__(self, n):
        self.n = n
        self.cache = {"big": list(range(3))}
    def __getstate__(self):
        print("  getstate")
        return {"n": self.n}
    def __setstate__(self, st):
        print("  setstate", st)
        self.n = st["n"]
        self.cache = {}
s = State(5)
s2 = copy.deepcopy(s)
print(s2.n, s2.cache, "__slotnames__" in State.__dict__)

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
pt = copy.copy(Point(1, [2]))
pd = copy.deepcopy(Point(3, [4]))
print(pt.x, pt.y, pd.x, pd.y, Point.__slotnames__)

class Red:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        print("  reduce")
        return (Red, (self.a, self.b))
r = copy.deepcopy(Red(1, [2]))
print(r.a, r.b)
