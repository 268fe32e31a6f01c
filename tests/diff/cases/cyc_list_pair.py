import gc

gc.collect()
a = []
b = []
a.append(b)
b.append(a)
del a, b
print("two lists:", gc.collect())
x = [1, 2]
y = (x,)
x.append(y)
del x, y
print("list and tuple:", gc.collect())
p = {"k": None}
q = [p]
p["k"] = q
del p, q
print("dict and list:", gc.collect())
