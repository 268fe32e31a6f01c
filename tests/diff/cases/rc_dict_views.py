import sys

d = {"a": 1, "b": 2}
print("dict start:", sys.getrefcount(d))
k = d.keys()
print("keys view:", sys.getrefcount(d))
v = d.values()
it = d.items()
print("three views:", sys.getrefcount(d))
d["c"] = 3
print("views are live:", sorted(k), sorted(v), len(it))
del k, v
print("two views dropped:", sys.getrefcount(d))
print("view of items:", sorted(it))
del it
print("all views dropped:", sys.getrefcount(d))
lk = list(d.keys())
print("list copy does not hold dict:", sys.getrefcount(d), lk)
