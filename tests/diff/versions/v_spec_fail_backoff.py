# A subscript or attribute site whose operand's method cannot be specialised (not a simple
# function, or a __getattribute__ beside a __getattr__) fails and backs off
# (adaptive_counter_backoff, 2**n - 1 runs): the figure inside P's method shows when the site
# specialises again for P (one reference fewer once specialised, 3.12+).
import sys

out = []

class P:
    def __getitem__(self, k):
        out.append(sys.getrefcount(self))
        return 1

class Q:
    def __getitem__(self, k, d=None):
        return 1

class R:
    def __getitem__(self, *k):
        return 1

def get(o):
    return o[0]

p, q, r = P(), Q(), R()
for o in [p, q, p, p, p, p, p]:
    get(o)
print('subscript', out)

# failing twice in a row: the second backoff is longer
out.clear()
def get2(o):
    return o[0]
for o in [p, q, q, p, p, p, p, p, p, p, p, p]:
    get2(o)
print('subscript twice', out)

# a generic run with no __getitem__ function (a *args one) on a fresh site
out.clear()
def get3(o):
    return o[0]
for o in [r, r, p, p, p, p, p]:
    get3(o)
print('subscript varargs', out)

# property whose getter is not simple
out2 = []
class A:
    @property
    def v(self):
        out2.append(sys.getrefcount(self))
        return 1

class B:
    def _g(self, extra=None):
        return 1
    v = property(_g)

def getv(o):
    return o.v

a, b = A(), B()
for o in [a, b, a, a, a, a, a]:
    getv(o)
print('property', out2)

# __getattribute__ with __getattr__ beside it: GETSET_OVERRIDDEN
out3 = []
class G:
    def __getattribute__(self, name):
        out3.append(sys.getrefcount(self))
        return 1

class H:
    def __getattribute__(self, name):
        return 1
    def __getattr__(self, name):
        return 2

def getw(o):
    return o.w

g, h = G(), H()
for o in [g, h, g, g, g, g, g]:
    getw(o)
print('getattribute', out3)
