# 3.14 borrows a local loaded into a display or a call's arguments (LOAD_FAST_BORROW) until the
# instruction that consumes it: BUILD_TUPLE / BUILD_LIST / BUILD_SET / BUILD_MAP n at the end of
# the display (the items before a `*`: BUILD_* i at the star), LIST_EXTEND / SET_UPDATE /
# DICT_UPDATE for a `*x` / `**m`, BUILD_SLICE / BINARY_SLICE for slice bounds, CALL for an
# argument, CALL_FUNCTION_EX for a sole `*a`. While a later item runs, sys.getrefcount reads one
# less than in 3.13. A jump between the load and the build (if-else, and/or, an inlined
# comprehension) ends the basic block: the load stays strong. More than 30 items are appended
# one by one (nothing runs while one is on the stack).
import sys

class H:
    def __iter__(self):
        print("  __iter__", sys.getrefcount(self))
        return iter((1,))
    def __getitem__(self, k):
        print("  __getitem__", type(k).__name__, sys.getrefcount(self))
        return 1
    def __setitem__(self, k, v):
        print("  __setitem__", type(k).__name__, sys.getrefcount(self))
    def __delitem__(self, k):
        print("  __delitem__", type(k).__name__, sys.getrefcount(self))
    def m(self, *a, **k):
        return 0

def probe(o, tag):
    print(tag, sys.getrefcount(o))
    return 0

def displays(h):
    t = (h, probe(h, "tuple"))
    l = [h, probe(h, "list")]
    s = {h, probe(h, "set")}
    d = {h: probe(h, "dict key")}
    d = {"k": h, "z": probe(h, "dict value")}
    d = {h: h, "z": probe(h, "dict key and value")}
    t = (h, h, probe(h, "tuple twice"))
    l = [1, 2, h, probe(h, "list after constants")]
    t = (h, sys.getrefcount(h))
    print("getrefcount in a tuple", t[1])
    t = ((h, probe(h, "inner tuple")), probe(h, "outer after inner"))
    t = (h, (probe(h, "inner before h"), h), probe(h, "outer after both"))
    return t, l, s, d

def jumps(h, c):
    t = (h, probe(h, "if-else") if c else 0)
    t = (h, c and probe(h, "and"))
    t = (h, c or probe(h, "or"))
    t = (h, [probe(h, "list comprehension") for _ in range(1)])
    t = (probe(h, "if-else first") if c else 0, h, probe(h, "after if-else"))
    t = (c and 1, h, probe(h, "after and"))
    d = {"a": h, "b": probe(h, "dict if-else") if c else 0}
    d = {"a": c and 1, "b": h, "c": probe(h, "dict after and")}
    return t, d

def stars(h, a):
    l = [h, probe(h, "before a star"), *a]
    l = [h, *a, probe(h, "after a star")]
    l = [*a, h, probe(h, "appended after a star")]
    t = (h, *a, probe(h, "tuple after a star"))
    s = {h, *a, probe(h, "set after a star")}
    d = {**{}, "k": h, "z": probe(h, "dict after **")}
    l = [*h]
    t = (*h,)
    s = {*h}
    return l, t, s, d

def big(h):
    t = (h, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, probe(h, "tuple of 33"))
    l = [h, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, probe(h, "list of 33")]
    d = {"a0": h, "a1": probe(h, "dict of 19, first chunk"), "a2": 2, "a3": 3, "a4": 4, "a5": 5, "a6": 6, "a7": 7, "a8": 8, "a9": 9, "a10": 10, "a11": 11, "a12": 12, "a13": 13, "a14": 14, "a15": 15, "a16": 16, "a17": h, "a18": probe(h, "dict of 19, second chunk")}
    d = {h: probe(h, "dict of 18, a key while its value runs"), "a1": 1, "a2": 2, "a3": 3, "a4": 4, "a5": 5, "a6": 6, "a7": 7, "a8": 8, "a9": 9, "a10": 10, "a11": 11, "a12": 12, "a13": 13, "a14": 14, "a15": 15, "a16": 16, "a17": 17}
    return t, l, d

def slices(c, h, k):
    c[h:probe(h, "slice lower")]
    c[h:k:probe(h, "slice with step")]
    c[h:probe(h, "slice stored")] = 1
    del c[h:probe(h, "slice deleted")]
    c[h, probe(h, "tuple index")]

def calls(h, c):
    c.m(h, probe(h, "method argument"))
    c.m(x=h, y=probe(h, "keyword argument"))
    probe(h, probe(h, "argument of a global function"))
    c.m(*h)
    probe(*(h, probe(h, "star of a tuple display")))

h = H()
displays(h)
jumps(h, True)
jumps(h, False)
stars(h, [1])
big(h)
slices(H(), h, 2)
calls(h, H())
