import sys

t = (1, 2, 3)
u = tuple([4, 5])
print("start:", sys.getrefcount(u))
s = {u}
print("in set:", sys.getrefcount(u))
s.add(u)
print("added again:", sys.getrefcount(u))
s2 = set(s)
print("set copy:", sys.getrefcount(u))
s3 = s | s2
print("union:", sys.getrefcount(u))
s.discard(u)
print("discarded:", sys.getrefcount(u))
s2.remove(u)
print("removed:", sys.getrefcount(u))
fs = {u: 1}
print("dict key:", sys.getrefcount(u))
del s3, fs
print("dropped union and dict:", sys.getrefcount(u))
print("values:", sorted(s2), t)
