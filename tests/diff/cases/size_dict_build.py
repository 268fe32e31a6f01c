# Dict displays are presized (BUILD_MAP n), comprehensions and dict(a=...) insert one by one,
# dict.fromkeys presizes from a dict or set.
import sys

g = sys.getsizeof
x = 1
print("empty:", g({}), g(dict()))
print("displays:", g({"a": x}), g({"a": 1, "b": 2}), g({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}), g({"a": x, "b": x, "c": x, "d": x, "e": x, "f": x}))
print("general:", g({1: x, 2: x, 3: x, 4: x, 5: x, 6: x}), g({str(x): x, 1: x, "b": x, "c": x, "d": x, "e": x, "f": x}))
print("sixteen:", g({"a": x, "b": x, "c": x, "d": x, "e": x, "f": x, "g": x, "h": x, "i": x, "j": x, "k": x, "l": x, "m": x, "n": x, "o": x, "p": x}))
print("seventeen:", g({"a": x, "b": x, "c": x, "d": x, "e": x, "f": x, "g": x, "h": x, "i": x, "j": x, "k": x, "l": x, "m": x, "n": x, "o": x, "p": x, "q": x}))
print("duplicates:", g({"a": 1, "a": 2, "a": 3, "b": 1, "c": 2, "d": 3, "e": 4}))
print("comprehensions:", [g({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22)])
print("str comprehension:", g({str(i): i for i in range(6)}))


def kw(**k):
    return g(k)


print("**kwargs:", kw(), kw(a=1), kw(a=1, b=2, c=3, d=4, e=5, f=6))
print("dict(kw):", g(dict(a=1, b=2, c=3, d=4, e=5, f=6)), g(dict(zip("abcdefg", range(7)))), g(dict([(1, 2), (3, 4)])))
print("fromkeys:", g(dict.fromkeys(range(6))), g(dict.fromkeys("abcdefg")), g(dict.fromkeys({1, 2, 3, 4, 5, 6, 7})), g(dict.fromkeys({"a": 1, "b": 2})))
print("unpacking:", g({**{"a": 1, "b": 2}}), g({**{i: i for i in range(8)}}), g({"x": 1, **{i: i for i in range(8)}}))
for n in (0, 1, 5, 6, 10, 11, 20, 21, 22, 42, 43, 100):
    d = {i: i for i in range(n)}
    print(n, g(d), g(d.copy()), g(dict(d)), g(dict.fromkeys(d)))
