# Copies clone the table unless many entries were deleted; dict_merge resizes once up front.
import sys

g = sys.getsizeof
d = {i: i for i in range(10)}
for i in range(8):
    del d[i]
print("sparse:", g(d), g(d.copy()), g(dict(d)), g({**d}))
dense = {"k%d" % i: i for i in range(30)}
for k in list(dense)[:25]:
    del dense[k]
print("str sparse:", g(dense), g(dense.copy()))
for i in range(10):
    dense["n%d" % i] = i
print("refilled:", g(dense))

e = {}
e.update({"a": 1, "b": 2})
print("update:", g(e))
e.update(c=1)
print(g(e))
e.update([(1, 2)])
print(g(e))
big = {}
big.update({i: i for i in range(10)})
print("update into empty:", g(big))
z = {"z": 0}
z.update({i: i for i in range(10)})
print("update into one:", g(z))
a = {"a": 1}
print("or:", g(a | {"b": 2}), g(a | {i: i for i in range(12)}))
a |= {"c": 3}
print("ior:", g(a))
a |= {i: i for i in range(12)}
print("ior big:", g(a))
c = dict({1: 2}, a=3)
print("dict(m, kw):", g(c))
