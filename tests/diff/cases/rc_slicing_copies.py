import sys

a = [1, 2]
b = [3, 4]
outer = [a, b, a]
print("a start:", sys.getrefcount(a))
copy1 = outer[:]
print("full slice copy:", sys.getrefcount(a), copy1 is outer)
copy2 = outer[::2]
print("step slice:", sys.getrefcount(a))
copy3 = list(outer)
print("list():", sys.getrefcount(a))
copy4 = outer.copy()
print("copy():", sys.getrefcount(a))
rev = outer[::-1]
print("reversed slice:", sys.getrefcount(b))
del copy1, copy2, copy3, copy4, rev
print("copies dropped:", sys.getrefcount(a), sys.getrefcount(b))
outer[0:2] = [b]
print("after slice assignment:", sys.getrefcount(a), sys.getrefcount(b))
print("outer:", outer)
