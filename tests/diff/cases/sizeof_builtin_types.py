import sys
g = sys.getsizeof
print("int", [g(v) for v in (0, 1, -1, 2**30 - 1, 2**30, 2**60, -2**90, True, False)])
print("str", [g(s) for s in ("", "a", "hello", "é", "éa", "€", "€€x", "😀", "a😀")])
print("float", g(1.5), g(-0.0), "None", g(None))
print("tuple", g(()), g((1,)), g((1, 2, 3)), g(tuple(range(10))))
print("range", g(range(100)), g(range(10**20)))
print("object", g(object()), g(Ellipsis), g(NotImplemented))

class Empty:
    pass
class Slots:
    __slots__ = ("a", "b")
class NoSlots:
    __slots__ = ()
class WeakSlots:
    __slots__ = ("a", "__weakref__")
e = Empty()
e.x = 1
print("instances", g(Empty()), g(e), g(Slots()), g(NoSlots()), g(WeakSlots()))

class Custom:
    def __sizeof__(self):
        return 100
print("custom __sizeof__", g(Custom()))
def f():
    pass
print("function", g(f), g(lambda: 0))
print("iterators", g(iter([])), g(iter(())), g(iter(range(3))), g(iter("ab")))
