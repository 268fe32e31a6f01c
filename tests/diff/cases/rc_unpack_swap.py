import sys

p = [1]
q = [2]
print("start:", sys.getrefcount(p), sys.getrefcount(q))
p, q = q, p
print("after swap:", p, q, sys.getrefcount(p), sys.getrefcount(q))
x, y, z = p, p, q
print("unpack three:", sys.getrefcount(p), sys.getrefcount(q))
first, *rest = [p, q, q]
print("star unpack:", sys.getrefcount(q), len(rest))
del rest
print("rest dropped:", sys.getrefcount(q))
(m, n), o = (p, q), p
print("nested unpack:", sys.getrefcount(p))
del x, y, z, first, m, n, o
print("dropped all:", sys.getrefcount(p), sys.getrefcount(q))
