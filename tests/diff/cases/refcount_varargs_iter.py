# Reference counts inside a user __iter__ / __reversed__ / __len__ / __length_hint__, by the
# calling convention of the builtin that asks: METH_VARARGS functions (zip, min, max, set.union,
# dict.update, functools.reduce...) hold their arguments in a tuple, METH_FASTCALL ones do not.
import sys
import functools
import heapq


class It:
    def __init__(self, tag):
        self.tag = tag

    def __iter__(self):
        print(self.tag, "iter", sys.getrefcount(self))
        return iter([1, 2])


class Rev(It):
    def __reversed__(self):
        print(self.tag, "reversed", sys.getrefcount(self))
        return iter([2, 1])


class Sized(It):
    def __len__(self):
        print(self.tag, "len", sys.getrefcount(self))
        return 2


class Hinted(It):
    def __length_hint__(self):
        print(self.tag, "hint", sys.getrefcount(self))
        return 5


class BadLen(It):
    def __len__(self):
        print(self.tag, "badlen")
        raise TypeError("no length")


x = It("x")
print("base", sys.getrefcount(x))
z = zip(x); del z
z = zip(x, x); del z
z = zip([1, 2], x, strict=True); print(list(z))
print(list(zip(*[x])))
m = map(str, x); del m
e = enumerate(x); del e
f = filter(None, x); del f
i = iter(x); del i
print(min(x), max(x), min(x, key=lambda v: -v), max(x, default=0))
print(min(*[x]))
print(sum(x), sorted(x), list(x), tuple(x), set(x), frozenset(x))
print("".join(map(str, x)))
print(any(x), all(x))
print(dict.fromkeys(x))
s = {1, 3}
print(s.union(x), s.union(x, x), s.intersection(x), s.difference(x))
print(s.symmetric_difference(x), s.issubset(x), s.issuperset(x), s.isdisjoint(x))
s.update(x)
s.intersection_update(x)
s.difference_update(x)
s.symmetric_difference_update(x)
print(sorted(s), frozenset({1}).union(x))
print(functools.reduce(lambda a, b: a + b, x))
print(heapq.nlargest(1, x))


class Pairs(It):
    def __iter__(self):
        print(self.tag, "iter", sys.getrefcount(self))
        return iter([("a", 1)])


p = Pairs("p")
d = dict(p)
d = dict(p, k=1)
d.update(p)
d.update(p, k=2)
d.update(**{"k": 3})
print(d)

r = Rev("r")
print(list(reversed(r)))

for o in (Sized("len"), Hinted("hint"), BadLen("bad")):
    print("--", o.tag)
    l = list(o)
    t = tuple(o)
    l2 = sorted(o)
    l3 = [0]
    l3[0:1] = o
    l3.extend(o)
    l3 += o
    u = [*o]
    u2 = (*o,)
    u3 = {*o}
    b = bytes(o)
    print(l, t, l2, l3, u, u2, u3, b)
print(sys.getsizeof(list(Sized("a"))), sys.getsizeof(list(Hinted("b"))))
