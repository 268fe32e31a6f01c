import heapq, sys, gc
log = []
class X:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v, sys.getrefcount(self), sys.getrefcount(o))
        return self.v < o.v
    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v
    def __repr__(self): return "X%d" % self.v
data = [X(v) for v in [5, 1, 4, 1, 9, 2, 6]]
print(heapq.nlargest(3, data))
print(heapq.nsmallest(3, data))
print(heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(3, iter(data)))
print(heapq.nlargest(1, data), heapq.nsmallest(1, iter(data)), heapq.nlargest(1, []))
print(heapq.nlargest(10, data))
print(heapq.nsmallest(7, data))
print(heapq.nlargest(0, iter(data)), heapq.nsmallest(0, data), heapq.nsmallest(-1, iter(data)))
print(heapq.nlargest(2, iter(data), key=lambda x: -x.v))
print(heapq.nsmallest(2, (x for x in data), key=lambda x: x.v % 4))
print(heapq.nlargest(3, [3, 1, 3, 2, 3]), heapq.nsmallest(2, iter([3, 1, 3, 1, 1])))
class D:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __del__(self): print("del", self.v)
def gen():
    for v in [3, 8, 1, 7, 2]:
        yield D(v)
r = heapq.nlargest(2, gen())
print("got", [d.v for d in r])
del r
r = heapq.nsmallest(2, gen(), key=lambda d: d.v)
print("got", [d.v for d in r])
del r
gc.collect()
print(gc.get_count())
r = heapq.nlargest(3, iter(list(range(20))))
print(gc.get_count(), r)
r = heapq.nsmallest(3, iter(list(range(20))), key=lambda v: -v)
print(gc.get_count(), r)
r = heapq.nsmallest(30, list(range(20)))
print(gc.get_count(), r[:3])
