import gc

gc.collect()
a = []
a.append(a)
print("self-referencing list:", a)
del a
print("collected:", gc.collect())
b = []
b.append(b)
b.append(b)
del b
print("double self-reference:", gc.collect())
print("nothing left:", gc.collect())
