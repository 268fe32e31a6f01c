import sys, gc
gc.collect()

def g(a):
    x = [a]
    yield 1
    yield 2

print("fn", sys.getrefcount(g))
o = object()
it = g(o)
print("fn after create", sys.getrefcount(g), "o", sys.getrefcount(o), "gen", sys.getrefcount(it))
next(it)
print("fn after next", sys.getrefcount(g), "o", sys.getrefcount(o))
fr = it.gi_frame
print("frame rc", sys.getrefcount(fr), gc.is_tracked(fr), gc.is_tracked(it))
print(fr.f_lineno, sorted(fr.f_locals))
del fr
list(it)
print("fn after done", sys.getrefcount(g), "o", sys.getrefcount(o))
print(it.gi_frame, it.gi_running, it.gi_yieldfrom, it.gi_suspended)
it2 = g(o)
fr = it2.gi_frame
print(fr.f_lineno, len(fr.f_locals))
next(it2)
print(fr.f_lineno, len(fr.f_locals), fr.f_back)
del it2
print(len(fr.f_locals), fr.f_lineno, "o", sys.getrefcount(o))
del fr
print("o", sys.getrefcount(o))
print(gc.collect())
