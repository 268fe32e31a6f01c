# __getattribute__ without __getattr__ is called unbound (slot_tp_getattro); with __getattr__ bound (call_attribute, 3.11)
import sys
class G:
    def __getattribute__(self, n):
        print("ga", n, sys.getrefcount(self))
        return object.__getattribute__(self, n)
    def m(self): pass
class H(G):
    def __getattr__(self, n):
        print("gattr", n, sys.getrefcount(self))
        return 5
g = G()
g.x = 1
g.x
getattr(g, 'x')
getattr(g, 'y', 0)
hasattr(g, 'x')
g.m()
g.m
def f():
    h = G()
    h.x = 2
    h.x
    getattr(h, 'x')
    h.m()
f()
k = H()
k.x = 3
k.x
k.zz
getattr(k, 'x')
k.m()
