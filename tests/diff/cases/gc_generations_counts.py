import gc

gc.collect()
print("after full collect:", gc.get_count())
a = []
a.append(a)
del a
print("collect(0):", gc.collect(0))
print("count after collect(0):", gc.get_count())
print("collect(0) again:", gc.collect(0))
print("count:", gc.get_count())
b = []
b.append(b)
del b
print("collect(1):", gc.collect(1))
print("count after collect(1):", gc.get_count())
print("collect(2):", gc.collect(2))
print("count after collect(2):", gc.get_count())
