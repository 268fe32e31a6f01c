# The set operations of setobject.c: their results' table sizes and iteration orders.
import sys

g = sys.getsizeof
a = set(range(10))
b = set(range(5, 20))
print("binary:", g(a | b), g(a & b), g(a - b), g(a ^ b), g(b - a), g(b & a))
print("methods:", g(a.union(b)), g(a.intersection(b)), g(a.difference(b)), g(a.symmetric_difference(b)), g(a.union([1, 2])), g(a.union(b, [100, 200])))
print("more args:", g(a.intersection(b, range(7))), g(a.difference([1], {2, 3})), g(a.intersection()), g(a.difference()))
print("orders:", list(a | {64, 128}), list({64, 128} | a), list(a & {9, 1, 17}), list(a - {1, 2}), list({33, 1} ^ {1, 65}))
c = set(range(3))
c |= set(range(20))
print("ior:", g(c))
c &= {1, 2}
print("iand:", g(c), c)
c -= {1}
print("isub:", g(c), c)
c ^= {7, 8, 9, 10}
print("ixor:", g(c), sorted(c))
big = set(range(100))
big -= set(range(90))
print("isub many:", g(big), sorted(big))
d = set(range(50))
d.difference_update(range(45))
print("difference_update:", g(d), sorted(d))
e = set(range(20))
e.intersection_update({1, 2, 3})
print("intersection_update:", g(e), e)
s = {1, 2}
s.symmetric_difference_update([2, 3, 4, 5, 6])
print("symmetric_difference_update:", g(s), sorted(s))
fz = frozenset([1, 2])
fz2 = fz
fz |= {3}
print("frozenset |= is a new object:", fz is fz2, sorted(fz), sorted(fz2))
