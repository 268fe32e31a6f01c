class S:
    __slots__ = ("name", "other")
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del slots", self.name)

a = S("a")
b = S("b")
a.other = b
del b
print("b still held by a")
del a
print("---")
import gc
gc.collect()
c = S("c")
c.other = c
del c
print("collect:", gc.collect())
