import gc
a = [1, 2]; b = [3, 4]
gc.collect()
c0 = gc.get_count()
z = zip(a, b)
c1 = gc.get_count()
del z
c2 = gc.get_count()
t = (a, b)
c3 = gc.get_count()
print(c0, c1, c2, c3)
gc.collect()
c0 = gc.get_count()
z = zip(a, b)
next(z)
c1 = gc.get_count()
del z
c2 = gc.get_count()
print(c0, c1, c2)
