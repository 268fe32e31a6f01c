# 3.14: CALL_FUNCTION_EX's operands loaded borrowed (LOAD_FAST_BORROW) until what consumes them
import sys


class H:
    def __iter__(self):
        print("  iter", sys.getrefcount(self))
        return iter((1,))

    def keys(self):
        print("  keys", sys.getrefcount(self))
        return ["q"]

    def __getitem__(self, k):
        return 1


def peek(x):
    print("  peek", sys.getrefcount(x))
    return 0


def f(*a, **k):
    return len(a), sorted(k)


class C:
    def __init__(self, *a, **k):
        print("  C.__init__ T", sys.getrefcount(T))

    def m(self, *a, **k):
        print("  m T", sys.getrefcount(T))


def shapes(h, o, t, c):
    print("a", f(*h, **h))
    print("b", f(*h, x=peek(h)))
    print("c", f(*h, x=o, y=peek(o)))
    print("d", f(o, peek(o), *h))
    print("e", f(o, *h, peek(o), **h))
    print("f", f(x=o, **h, y=peek(o)))
    print("g", f(*t, x=o, **h))
    print("h", f(*h, x=(o or h)))
    print("i", f(o, peek(o), **h))
    C(*t, x=1)
    c.m(*t, x=o)
    c.m(*t)
    C(*t)


T = (1, 2)
shapes(H(), H(), T, C())
