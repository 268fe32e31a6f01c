import sys
calls = [0]
hook = [None]
class X:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls[0] += 1
        if calls[0] == 2: hook[0](hook[1])
        return self.v < o.v
    def __repr__(self): return "X%d" % self.v
def run(name, fn):
    l = [X(4), X(3), X(2), X(1)]
    calls[0] = 0
    hook[:] = [fn, l]
    try:
        l.sort()
        print(name, "ok", l, sys.getsizeof(l))
    except ValueError as e:
        print(name, "VE", e, l, calls[0])
def app_clear(l): l.append(1); l.clear()
def app_pop(l): l.append(1); l.pop()
def app_del(l): l.append(1); del l[:]
def clear(l): l.clear()
def delall(l): del l[:]
def ext_empty(l): l.extend([])
def ext_gen(l): l.extend(x for x in [])
def ext_iter(l): l.extend(iter([]))
def app(l): l.append(5)
def iadd(l): l += [7]; l.remove(7)
def imul(l): l *= 3
def slice_set(l): l[:] = []
def slice_set2(l): l[:] = [1]; l[:] = []
def nested(l): l.sort()
def sz(l): print("size during", sys.getsizeof(l), len(l))
for f in [app_clear, app_pop, app_del, clear, delall, ext_empty, ext_gen, ext_iter, app, iadd, imul, slice_set, slice_set2, nested, sz]:
    run(f.__name__, f)
l = [3, 1, 2]
def k(x):
    l.append(x); l.pop()
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print("key VE", e, l)
l = [3, 1, 2]
def k2(x):
    l.append(x)
    raise KeyError(x)
try:
    l.sort(key=k2)
except KeyError as e:
    print("key KE", e, l, sys.getsizeof(l))
l = [5, 3, 1, 2]
print(sys.getsizeof(l)); l.sort(); print(sys.getsizeof(l))
