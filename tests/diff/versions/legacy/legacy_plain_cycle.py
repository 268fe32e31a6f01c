import gc

class Node(object):
    __slots__ = ("next",)

gc.collect()
ring = [Node() for i in range(4)]
for i in range(4):
    ring[i].next = ring[(i + 1) % 4]
del ring
print("collected: %d" % gc.collect())
print("garbage: %d" % len(gc.garbage))
