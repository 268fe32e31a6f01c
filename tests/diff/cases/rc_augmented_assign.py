import sys

a = [1]
b = a
print("start:", sys.getrefcount(a))
a += [2]
print("same object after +=:", a is b, sys.getrefcount(a))
a = a + [3]
print("new object after +:", a is b, sys.getrefcount(b), b)
t = (b,)
t += (b,)
print("tuple += rebinds:", len(t), sys.getrefcount(b))
s = {1}
s2 = s
s |= {2}
print("set |= keeps identity:", s is s2, sorted(s2))
d = {"a": 1}
d2 = d
d |= {"b": 2}
print("dict |= keeps identity:", d is d2, d2)
lst = [b]
lst *= 3
print("list *= 3:", sys.getrefcount(b))
