import sys

inner = [0]
print("start:", sys.getrefcount(inner))
t = (inner, inner)
print("tuple of 2:", sys.getrefcount(inner))
t2 = t + (inner,)
print("concatenated:", sys.getrefcount(inner))
t3 = t2[1:]
print("sliced:", sys.getrefcount(inner))
t4 = t[:]
print("full slice is same tuple:", t4 is t, sys.getrefcount(t))
a, b = t
print("unpacked:", sys.getrefcount(inner))
del a, b, t2, t3, t4
print("dropped:", sys.getrefcount(inner))
t = None
print("tuple gone:", sys.getrefcount(inner))
