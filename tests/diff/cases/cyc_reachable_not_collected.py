import gc

gc.collect()
a = []
a.append(a)
keep = a
del a
print("still referenced:", gc.collect())
print("keep len:", len(keep))
holder = {"x": keep}
del keep
print("held by dict:", gc.collect())
holder.clear()
print("dict cleared:", gc.collect())
