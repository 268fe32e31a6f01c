# 3.14 borrows a local operand (LOAD_FAST_BORROW) for the operator that consumes it: inside the
# special method the operator reaches, sys.getrefcount(self)/(other) reads one less than 3.13.
# Globals, attributes, constants and temporaries are strong references in every version.
import sys

class T:
    def __eq__(self, other):
        print("  __eq__", sys.getrefcount(self), sys.getrefcount(other))
        return True
    __hash__ = object.__hash__
    def __lt__(self, other):
        print("  __lt__", sys.getrefcount(self), sys.getrefcount(other))
        return True
    def __getitem__(self, i):
        print("  __getitem__", sys.getrefcount(self), sys.getrefcount(i))
        return 1
    def __setitem__(self, i, v):
        print("  __setitem__", sys.getrefcount(self), sys.getrefcount(i), sys.getrefcount(v))
    def __delitem__(self, i):
        print("  __delitem__", sys.getrefcount(self), sys.getrefcount(i))
    def __add__(self, other):
        print("  __add__", sys.getrefcount(self), sys.getrefcount(other))
        return 1
    def __radd__(self, other):
        print("  __radd__", sys.getrefcount(self), sys.getrefcount(other))
        return 1
    def __iadd__(self, other):
        print("  __iadd__", sys.getrefcount(self), sys.getrefcount(other))
        return self
    def __neg__(self):
        print("  __neg__", sys.getrefcount(self))
        return 1
    def __bool__(self):
        print("  __bool__", sys.getrefcount(self))
        return True
    def __len__(self):
        print("  __len__", sys.getrefcount(self))
        return 1
    def __iter__(self):
        print("  __iter__", sys.getrefcount(self))
        return iter(())
    def __contains__(self, x):
        print("  __contains__", sys.getrefcount(self), sys.getrefcount(x))
        return True
    def __getattr__(self, name):
        print("  __getattr__", sys.getrefcount(self))
        return 1
    def __call__(self, x):
        print("  __call__", sys.getrefcount(self), sys.getrefcount(x))
        return 1
    def __format__(self, spec):
        print("  __format__", sys.getrefcount(self))
        return "T"

class S:
    def __setattr__(self, name, v):
        print("  __setattr__", sys.getrefcount(self), sys.getrefcount(v))
    def __delattr__(self, name):
        print("  __delattr__", sys.getrefcount(self))

class Plain:
    pass

def locals_():
    print("locals")
    a = T()
    b = T()
    i = T()
    v = T()
    p = Plain()
    s = S()
    a == b
    a < b
    a[i]
    a[i] = v
    del a[i]
    a + b
    p + a
    c = T()
    c += b
    -a
    if a:
        pass
    x = 1 if b else 2
    while not v:
        pass
    assert i
    len(a)
    for _ in a:
        pass
    i in a
    a.missing
    a(v)
    f"{a}"
    s.attr = v
    del s.attr
    r = (a == b)
    return r

ga = T()
gb = T()

def globals_():
    print("globals")
    ga == gb
    ga[gb]
    ga + gb
    if ga:
        pass
    gb in ga

class Holder:
    pass

def attributes():
    print("attributes")
    h = Holder()
    h.a = T()
    h.b = T()
    h.a == h.b
    h.a[h.b]
    h.a + h.b

class K:
    def __eq__(self, other):
        print("  K.__eq__", sys.getrefcount(self))
        return True
    def __getitem__(self, i):
        print("  K.__getitem__", sys.getrefcount(self))
        return 1
    def __radd__(self, other):
        print("  K.__radd__", sys.getrefcount(self))
        return 1

def constants_and_temporaries():
    print("constants and temporaries")
    k = K()
    k == 1
    k[0]
    1 + k
    a = T()
    T() == a
    a < T()
    T()[a]

def maybe_unbound(flag):
    print("maybe unbound (LOAD_FAST_CHECK)")
    if flag:
        a = T()
    a == a
    a[a]

def block_split(flag):
    print("a later operand holds a jump")
    a = T()
    b = T()
    a == (flag and b)
    a[b if flag else 0]
    a < b < b

locals_()
globals_()
attributes()
constants_and_temporaries()
maybe_unbound(True)
block_split(True)
print("module level")
a = T()
b = T()
a == b
a[b]
