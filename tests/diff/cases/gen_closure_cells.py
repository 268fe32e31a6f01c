import sys, gc
gc.collect()

def make_counter(start):
    count = start
    def bump():
        nonlocal count
        count += 1
    def gen():
        while count < start + 3:
            yield count
            bump()
    return gen

g = make_counter(5)()
print(list(g))

def outer():
    items = []
    def produce():
        for i in range(3):
            items.append(i)
            yield len(items)
    return produce(), items

p, items = outer()
print(next(p), items, sys.getrefcount(items))
print(list(p), items, sys.getrefcount(items))

def cell_gen(x):
    f = lambda: x
    yield f()
    x = x * 2
    yield f()
print(list(cell_gen(21)))
class K:
    def values(self):
        yield self
        yield type(self).__name__
k = K()
print(sys.getrefcount(k))
v = k.values()
print(sys.getrefcount(k))
print(next(v) is k, sys.getrefcount(k))
print(next(v), sys.getrefcount(k))
del v
print(sys.getrefcount(k), gc.collect())
