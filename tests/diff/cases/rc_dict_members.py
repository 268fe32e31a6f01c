import sys

key = tuple([1, 2, 3])
val = [10, 20]
print("key start:", sys.getrefcount(key), "val start:", sys.getrefcount(val))
d = {key: val}
print("in dict:", sys.getrefcount(key), sys.getrefcount(val))
d["other"] = val
print("second value:", sys.getrefcount(val))
d[key] = [0]
print("value replaced:", sys.getrefcount(key), sys.getrefcount(val))
del d["other"]
print("deleted other:", sys.getrefcount(val))
d2 = dict(d)
print("dict copy:", sys.getrefcount(key))
d2.clear()
print("copy cleared:", sys.getrefcount(key))
v = d.pop(key)
print("popped key:", sys.getrefcount(key), "popped value:", sys.getrefcount(v))
d.setdefault("z", val)
print("setdefault:", sys.getrefcount(val))
d.setdefault("z", key)
print("setdefault existing:", sys.getrefcount(key))
print("dict:", d)
