import gc

class Holder(object):
    __slots__ = ("me", "label")

    def __del__(self):
        print("Holder.__del__ " + self.label)

gc.collect()
h = Holder()
h.label = "one"
h.me = h
del h
print("first collect: %d" % gc.collect())
print("in garbage: %d" % len(gc.garbage))
g = gc.garbage[0]
g.me = None
del gc.garbage[:]
print("garbage emptied")
del g
print("second collect: %d" % gc.collect())
