import gc

d = {}
print("empty:", gc.is_tracked(d))
d["a"] = 1
print("int value:", gc.is_tracked(d))
d["b"] = "text"
print("str value:", gc.is_tracked(d))
d["c"] = tuple([1, 2])
print("fresh tuple value:", gc.is_tracked(d))
d2 = {}
d2["x"] = [1]
print("list value:", gc.is_tracked(d2))
del d2["x"]
print("list removed, stays tracked:", gc.is_tracked(d2))
d3 = {"k": 1}
d3["k"] = {}
print("nested dict value:", gc.is_tracked(d3))
d4 = dict(a=1, b=2)
print("dict() of ints:", gc.is_tracked(d4))
d5 = d4.copy()
print("copy of untracked:", gc.is_tracked(d5))
