import gc, weakref
class A: pass
a = A()
f = lambda r: 0
gc.collect()
c0 = gc.get_count()
w = weakref.ref(a, f)
c1 = gc.get_count()
gc.collect()
c2 = gc.get_count()
w2 = weakref.ref(a)
c3 = gc.get_count()
gc.collect()
c4 = gc.get_count()
gc.set_threshold(700, 10, 10)
c5 = gc.get_count()
print(c0, c1, c2, c3, c4, c5)
