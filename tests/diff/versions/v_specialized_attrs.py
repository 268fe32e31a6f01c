# o.x specialised in a loop: LOAD_ATTR_PROPERTY and LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN (3.12+)
# push the getter's frame with the stack's reference moved in: one less inside from the second
# run; 3.11 calls them through the generic path. Other operators reaching Python methods keep
# their counts (no such specialisation).
import sys
class A:
    def __init__(self, v):
        self.v = v
    @property
    def p(self):
        return sys.getrefcount(self)
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v)
        out.append(sys.getrefcount(self))
    def __eq__(self, o):
        return sys.getrefcount(self)
    def __add__(self, o):
        return sys.getrefcount(self)
    def __lt__(self, o):
        return sys.getrefcount(self)
    def m(self, x):
        return sys.getrefcount(self)
    def __call__(self):
        return sys.getrefcount(self)
    def __len__(self):
        return sys.getrefcount(self)
class G:
    def __getattribute__(self, n):
        out.append(sys.getrefcount(self))
        return object.__getattribute__(self, n)
class H(G):
    def __getattr__(self, n):
        return 0
out = []
a = A(1)
b = A(2)
r = {k: [] for k in 'prop set eq add lt m call len'.split()}
for i in range(10):
    r['prop'].append(a.p)
    a.w = 1
    r['eq'].append(a == b)
    r['add'].append(a + b)
    r['lt'].append(a < b)
    r['m'].append(a.m(1))
    r['call'].append(a())
    r['len'].append(len(a))
r['set'] = out[2:]
out.clear()
for k, v in r.items():
    print(k, v)
g = G()
g.x = 1
for i in range(5):
    g.x
print('getattribute', out); out.clear()
def f():
    h = G()
    h.x = 2
    for i in range(5):
        h.x
    print('getattribute local', out); out.clear()
f()
k = H()
k.x = 3
for i in range(5):
    k.x
print('with __getattr__', out); out.clear()
