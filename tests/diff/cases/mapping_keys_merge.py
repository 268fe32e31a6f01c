# dict_merge's generic path (PyMapping_Keys, then PyObject_GetItem per key) for a mapping that
# is not a dict: {**m}, dict(**m), f(**m), d.update(m), dict(m); keys() is called as a method
# (no bound method holds the mapping), what it returns is made a list
import gc
import sys


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name


class M:
    def __init__(self, ks):
        self.ks = ks

    def keys(self):
        print("  keys self", sys.getrefcount(self))
        return self.ks

    def __getitem__(self, k):
        if isinstance(k, Key):
            print("  getitem self", sys.getrefcount(self), "key", sys.getrefcount(k))
        else:
            print("  getitem self", sys.getrefcount(self), k)
        return 1


class G(M):
    def keys(self):
        print("  keys (generator) self", sys.getrefcount(self))
        return (k for k in self.ks)


def f(**k):
    return len(k)


def display(m):
    d = {**m}
    return len(d)


def call_kw(m):
    return f(**m), dict(**m), f(x=0, **m)


def update(m):
    d = {}
    d.update(m)
    return len(dict(m)), len(d)


gc.disable()
for m in (M(["a", "b"]), G(["a"]), M((Key("p"),))):
    print("display", display(m))
    if not isinstance(m.ks[0], Key):
        print("call_kw", call_kw(m))
    print("update", update(m))
    print("count", gc.get_count()[0] - gc.get_count()[0])


class D(dict):
    pass


class DI(dict):
    def __iter__(self):
        return iter(["b"])

    def keys(self):
        print("  DI.keys self", sys.getrefcount(self))
        return ["b"]


for m in (D(a=1), DI(a=1, b=2)):
    print({**m}, f(**m), dict(**m), dict(m))


class A:
    def keys(self):
        raise AttributeError("inner")


class NK:
    pass


class L:
    def keys(self):
        return 5


for e in ["{**A()}", "f(**A())", "{**NK()}", "f(**NK())", "dict(**NK())", "f(a=1, **{'a': 2})",
          "f(**{1: 2})", "f(**{'a': 1}, **M(['a']))", "{**L()}", "f(**L())", "{**1}"]:
    try:
        print(eval(e))
    except Exception as x:
        print(type(x).__name__, x)
