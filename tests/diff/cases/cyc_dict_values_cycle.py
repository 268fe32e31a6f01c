import gc

gc.collect()
registry = {}
for i in range(4):
    entry = {"id": i}
    entry["registry"] = registry
    registry[i] = entry
del entry
print("alive:", gc.collect())
del registry
print("registry cycle:", gc.collect())
d = {}
d[1] = [d]
d[2] = (d,)
del d
print("dict with list and tuple:", gc.collect())
