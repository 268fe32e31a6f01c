# zip_next makes its fresh result tuple before fetching the items (so the call that finds an
# argument exhausted allocates and frees one); map keeps its iterators in a tuple (iters) freed
# last to first before its function; zip refills a result nobody else holds slot by slot.
import gc, sys
c = gc.get_count
rc = sys.getrefcount
a = [1, -2, 3, 4, 5]
b = [4, 5, 6]
def g(x, y, z): return x
gc.collect()
r = [c()]
m = map(abs, a); r.append(c())
m2 = map(g, a, b, a); r.append(c())
z1 = zip(a); r.append(c())
z3 = zip(a, b, a); r.append(c())
l = list(m); r.append(c())
l = list(m2); r.append(c())
l = list(z1); r.append(c())
l = list(z3); r.append(c())
z1 = zip(a); r.append(c())
for t in z1: r.append(c())
del m, m2, z1, z3; r.append(c())
print([y[0] - x[0] - 1 for x, y in zip(r, r[1:])])

class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __del__(self): print('del It', self.n)
class F:
    def __call__(self, *a): return 0
    def __del__(self): print('del F')
m = map(F(), It(1), It(2), It(3))
del m
z = zip(It(1), It(2), It(3))
del z

class O:
    def __init__(self, n): self.n = n
    def __del__(self): print('del O', self.n)
def gen(n):
    for i in range(n):
        yield O(i)
x1, x2, y1 = object(), object(), object()
z = zip([x1, x2], [y1])
t = next(z)
print(rc(x1), rc(x2), rc(y1))
del t
print(next(z, 'end'), rc(x1), rc(x2), rc(y1))
del z
print(rc(x1), rc(x2), rc(y1))
z = zip(gen(3), gen(3), [1, 2])
kept = list(z)
print(len(kept))
del kept
print('--')
try:
    zip([1], 5)
except TypeError as e:
    print(e)
try:
    map(abs, [1], 5)
except TypeError as e:
    print(e)
