# gc.get_count() and gc.is_tracked() read on lines of their own and printed at the end, for the
# trace's recorded generations (tests/unit/genTrace.test.ts compares the trace's figures at each
# `seen.append` line with what these lines print)
import gc
print("start")  # the first print makes the output stream's state (before the counts matter)
gc.collect()
gc.set_threshold(40, 3, 5)
seen = []
seen.append(gc.get_count())
a = []
b = {}
c = {"k": 1}
seen.append(gc.get_count())
d = [[] for i in range(12)]
seen.append(gc.get_count())
t = (1, 2)
u = (a, b)
tracked = [gc.is_tracked(a), gc.is_tracked(b), gc.is_tracked(c), gc.is_tracked(u)]
c["x"] = []
tracked.append(gc.is_tracked(c))
del d
seen.append(gc.get_count())
e = [[i] for i in range(60)]
seen.append(gc.get_count())
f = [{} for i in range(130)]
seen.append(gc.get_count())
x = (1, "s")
g = [x]
gc.collect(0)
seen.append(gc.get_count())
tracked.append(gc.is_tracked(x))
gen1 = gc.get_objects(1)
where = [any(o is g for o in gen1), any(o is a for o in gen1), any(o is b for o in gen1)]
del gen1
del e, f
seen.append(gc.get_count())
gc.collect()
seen.append(gc.get_count())
gc.set_threshold(700, 10, 10)
seen.append(gc.get_count())
for s in seen:
    print(s)
print(tracked)
print(where)
print(gc.get_threshold())
