import gc
gc.collect()
c0 = gc.get_count()
print("a", (1,2,3), "b")
c1 = gc.get_count()
print("a", (1,2,3), "b")
c2 = gc.get_count()
print()
print(c0, c1, c2)
