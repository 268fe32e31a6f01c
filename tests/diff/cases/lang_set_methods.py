a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.isdisjoint({7}), a.issubset(a))
c = set()
c.add(3)
c.add(3)
c.update([1, 2])
print(sorted(c), len(c))
c.discard(10)
c.remove(1)
print(sorted(c))
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(sorted({x % 3 for x in range(10)}), set() == set(), sorted(set("hello")))
fs = set([1, 2])
print(sorted(fs | {3}), 2 in fs, len(fs))
print(sorted(b - a), sorted(b.symmetric_difference(a)))
e = {2}
print(e.pop(), e)
