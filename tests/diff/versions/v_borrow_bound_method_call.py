# calling a bound method object (`bm = c.m; bm(t)`): CALL unpacks it (its function and self
# replace it on the stack), so under 3.14 a borrowed argument moves into the frame borrowed and
# `del x` there does not change the count; a builtin that calls a Python function (map, filter,
# sorted, max) passes references of its own, which the callee's rebinding drops
import sys

class T:
    pass

probe = []

class C:
    def m(self, x):
        print(' before', sys.getrefcount(probe[0]))
        del x
        print(' after del', sys.getrefcount(probe[0]))
    def self_count(self):
        print(' self', sys.getrefcount(self))

def f(x):
    print(' before', sys.getrefcount(probe[0]))
    x = None
    print(' after rebind', sys.getrefcount(probe[0]))
    return 0

def g():
    t = T()
    probe.append(t)
    c = C()
    bm = c.m
    print('bound method object')
    bm(t)
    print('bound method object, keyword')
    bm(x=t)
    print('its self')
    s = c.self_count
    s()
    print('map')
    list(map(f, [t]))
    print('filter')
    list(filter(f, (t,)))
    print('sorted key')
    sorted([t], key=f)
    print('max key')
    max(t, t, key=f)

g()
