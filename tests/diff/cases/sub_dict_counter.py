# dict subclasses: __missing__, overridden __setitem__/__getitem__, __init__ through super()
import gc, sys
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, len(c))
class Logged(dict):
    def __setitem__(self, k, v):
        print("  set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  get", k)
        return super().__getitem__(k)
d = Logged(a=1)
d["b"] = 2
print(d["a"], d.get("b"), dict(d), isinstance(d, dict))
class Conf(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
cf = Conf("main", debug=True, level=3)
print(cf, cf.name, cf.copy(), type(cf.copy()).__name__)
v = object()
cf["v"] = v
print(sys.getrefcount(v))
cf["self"] = cf
del cf
print(sys.getrefcount(v), gc.collect(), sys.getrefcount(v))
