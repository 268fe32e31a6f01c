# gen-0 count around print() after a full collection (3.11: builtin_print's *args tuple, its
# parser's keyword tuple on the first call, the bound write method of each piece, the
# TextIOWrapper's pending list)
import gc
gc.collect()
x = gc.get_count(); print(x); print(gc.get_count())
print(1); print(gc.get_count())
print(1); print(2); print(gc.get_count())
print(1); print(2); print(3); print(gc.get_count())
gc.collect()
a = gc.get_count(); print(1, 2, 3); b = gc.get_count()
print(a, b)
gc.collect()
a = gc.get_count(); print('s'); b = gc.get_count(); print(7); c = gc.get_count(); print([1, 2]); d = gc.get_count()
print(a, b, c, d)
