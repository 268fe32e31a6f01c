import sys

class A:
    pass

a = A()
val = [1]
a.v = val
print("val via attribute:", sys.getrefcount(val))
d = a.__dict__
print("dict obtained, val:", sys.getrefcount(val))
print("dict refcount:", sys.getrefcount(d))
d["w"] = val
print("added via dict:", sys.getrefcount(val), a.w is val)
v2 = vars(a)
print("vars is same dict:", v2 is d, sys.getrefcount(d))
del d, v2
print("dict references dropped:", sys.getrefcount(a.__dict__))
del a
print("instance gone:", sys.getrefcount(val))
