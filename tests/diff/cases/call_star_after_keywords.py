# f(*x, ...keywords): CALL_FUNCTION_EX makes a sole `*` operand a tuple (check_args_iterable,
# PySequence_Tuple) after the keywords are evaluated and merged (DICT_MERGE); a `*` among other
# arguments is extended into a list in place (LIST_EXTEND); the TypeErrors of each
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


def g():
    print("  g")
    return 0


def f(*a, **k):
    return len(a), len(k)


def s1(h):
    return f(*h, x=g())


def s2(h):
    return f(*h, **h)


def s3(h, t):
    return f(*t, x=h)


def s4(h):
    h2 = h
    return f(*h, **h2)


def s5(h):
    return f(g(), *h, x=g())


h = H()
print("s1", s1(h))
print("s2", s2(h))
print("s3", s3(h, (1, 2)))
print("s4", s4(h))
print("s5", s5(h))
print("top", f(*h, **h))
for e in ["f(*1)", "f(*1, x=2)", "f(1, *1)", "[*1]", "{*1}", "(*1,)", "f(*1, **1)", "f(*1, x=g())"]:
    try:
        print(eval(e))
    except TypeError as x:
        print(type(x).__name__, x)
