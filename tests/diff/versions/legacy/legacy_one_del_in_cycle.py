import gc

class Plain(object):
    __slots__ = ("peer",)

class Closing(object):
    __slots__ = ("peer",)

    def __del__(self):
        print("Closing.__del__")

gc.collect()
p = Plain()
c = Closing()
p.peer = c
c.peer = p
del p, c
print("collected: %d" % gc.collect())
print("garbage types: " + ", ".join(type(o).__name__ for o in gc.garbage))
print("still alive through gc.garbage: %s" % (gc.garbage[0].peer.peer is gc.garbage[0]))
