t = (1, 2, 3)
print(t, t[0], t[-1], len(t), t + (4,), t * 2, 2 in t)
print(t.count(2), t.index(3), (1,), tuple(), ())
print(hash((1, 2)) == hash((1, 2)), hash(1), hash(0), hash(-1), hash(-2))
print(hash(True), hash(10 ** 20) == hash(10 ** 20))
nested = ((1, 2), (3, [4]))
nested[1][1].append(5)
print(nested)
try:
    hash(nested)
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
d = {(1, 2): "pair", (1,): "single"}
print(d[(1, 2)], d[1,])
a, b = divmod(100, 7)
print(a, b)
