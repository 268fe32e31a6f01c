import gc

class Node(object):
    __slots__ = ("name", "other")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del " + self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("collected: %d" % gc.collect())
print("garbage: %d" % len(gc.garbage))
print("names: " + ", ".join(sorted(n.name for n in gc.garbage)))
