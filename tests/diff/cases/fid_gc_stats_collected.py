# gc.get_stats(): collections and collected per generation, from CPython's start-up state
import gc
print(gc.get_stats())
gc.collect()
print(gc.get_stats()[2])
class Node:
    pass
a = Node(); a.me = a
b = []; b.append(b)
del a, b
print(gc.collect())
st = gc.get_stats()
print(st[2]["collections"], st[2]["collected"], st[2]["uncollectable"])
for i in range(3):
    c = [[]]; c[0].append(c)
    del c
    gc.collect(0)
print(gc.get_stats()[0]["collected"] - 43, gc.get_stats()[0]["collections"] - 22)
