# print after gc.collect(0), (1) and (2): only a full collection empties the free lists
import gc
print('warm')
gc.collect()
# the same free lists in both: a few 3-tuples (the counts read below) and 1-tuples
keep = [gc.get_count() for i in range(8)] + [(i,) for i in range(8)]
del keep
for gen in (0, 1, 2, 0, 1, 2):
    gc.collect(gen)
    a = gc.get_count()
    print(gen)
    b = gc.get_count()
    print(a, b)
def f(x):
    print(x, x)
    return gc.get_count()
gc.collect()
a = gc.get_count(); b = f(5); print(a, b)
keep = [(i, i) for i in range(4)]
del keep
gc.collect(0)
a = gc.get_count(); b = f(6); print(a, b)
