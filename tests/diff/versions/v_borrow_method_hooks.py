# `h.m(...)` on a local whose class has a Python __getattribute__ or a __getattr__: its
# tp_getattro is slot_tp_getattr_hook, so _PyObject_GetMethod has no fast path and LOAD_ATTR
# makes a bound method (no self pushed; CALL unpacks it). Under 3.14 a borrowed receiver stays
# borrowed while the hook runs, and a method's self (the fast path) while the arguments are
# evaluated
import sys

class H:
    def __getattribute__(self, name):
        print(' getattribute', name, sys.getrefcount(self))
        return object.__getattribute__(self, name)
    def m(self, *a):
        print(' m', sys.getrefcount(self))

class G:
    def __getattr__(self, name):
        print(' getattr', name, sys.getrefcount(self))
        return lambda *a: None
    def m(self, *a):
        print(' G.m', sys.getrefcount(self))

class L(list):
    def __getattr__(self, name):
        return 1
    def m(self):
        print(' L.m', sys.getrefcount(self))

class P:
    def m(self, *a):
        print(' P.m', sys.getrefcount(self))

seen = []

def probe():
    print(' probe', sys.getrefcount(seen[0]))
    return 1

def calls(h, g, l):
    seen.append(h)
    for i in range(2):
        print('run', i)
        h.m()
        h.m(probe())
        g.zz()
        g.m()
        l.m()
    seen.pop()

def args_evaluated():
    p = P()
    seen.append(p)
    p.m(probe())
    p.m(probe(), probe())
    seen.pop()
    g = G()
    seen.append(g)
    g.m(probe())
    seen.pop()

def locals_():
    h = H()
    h.m()
    g = G()
    g.m()

calls(H(), G(), L())
args_evaluated()
locals_()
