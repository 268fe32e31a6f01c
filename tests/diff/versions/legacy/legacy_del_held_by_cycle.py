import gc

class Res(object):
    __slots__ = ("tag",)

    def __del__(self):
        print("Res freed")

class Link(object):
    __slots__ = ("next", "res")

gc.collect()
x = Link()
y = Link()
x.next = y
y.next = x
x.res = Res()
x.res.tag = "r"
del x, y
print("collected: %d" % gc.collect())
print("garbage: " + ", ".join(type(o).__name__ for o in gc.garbage))
