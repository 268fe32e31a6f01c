# stores in 3.14: several attribute/item targets (`a[0] = b.x = v`: the value loaded borrowed and
# COPY'd), and a store fused with the next load on one line (STORE_FAST_LOAD_FAST: a strong load)
import sys

class T:
    def m(self):
        print(' m', sys.getrefcount(self))

    def __iadd__(self, o):
        print(' iadd', sys.getrefcount(self), sys.getrefcount(o))
        return self

    def __setitem__(self, k, v):
        print(' setitem', sys.getrefcount(self), sys.getrefcount(v))

    def __setattr__(self, k, v):
        print(' setattr', sys.getrefcount(self), sys.getrefcount(v))

def multi(a, b, v):
    print('a[0] = b[1] = v')
    a[0] = b[1] = v
    print('a.x = b[2] = a.y = v')
    a.x = b[2] = a.y = v
    print('a[0] = v')
    a[0] = v
    print('n = a[0] = v')
    n = a[0] = v
    print('a[0] = n = v')
    a[0] = n = v
    print('c, d = a.x = (v, 1)')
    t = (v, 1)
    c, d = a.x = t

def fused(v):
    print('y = T(); y += v')
    y = T(); y += v
    print('z = T(); z.m()')
    z = T(); z.m()
    print('for w in [T()]: w.m()')
    for w in [T()]: w.m()
    print('for w in [T()]:\\n    w.m()')
    for w in [T()]:
        w.m()
    print('[x.m() for x in (T(),)]')
    [x.m() for x in (T(),)]
    print('u = T()\\nu.m()')
    u = T()
    u.m()
    print('s = t = T(); s.m()')
    s = t = T(); s.m()

def unpack(t3, t2):
    print('a, b, c = t3; a.m()')
    a, b, c = t3; a.m()
    print('d, e = t2; d.m()')
    d, e = t2; d.m()
    print('p, q, r = T(), 1, 2; p.m()')
    p, q, r = T(), 1, 2; p.m()
    print('g, h = T(), 1; g.m()')
    g, h = T(), 1; g.m()
    print('with C() as w: w.m()')
    with C() as w: w.m()

class C(T):
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None

multi(T(), T(), T())
fused(T())
unpack((T(), 1, 2), (T(), 1))
