# A tuple subclass with __new__: items, the class reference, slicing and concatenation give tuples
import gc
import sys

class Vec(tuple):
    def __new__(cls, *xs):
        return tuple.__new__(cls, xs)
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)

v = Vec(1, 2, 3)
w = v + Vec(10, 20, 30)
print(v, w, type(w).__name__, len(v), v[1], v[1:], type(v[1:]).__name__, list(v))
print(v == (1, 2, 3), hash(v) == hash((1, 2, 3)), tuple(v), type(tuple(v)).__name__, tuple(v) is v)
print(v * 2, type(v * 2).__name__, (0,) + v, type((0,) + v).__name__, v.count(2), v.index(3))
payload = []
holder = Vec(payload, payload)
print("refcount of payload:", sys.getrefcount(payload))
print("refcount of Vec:", sys.getrefcount(Vec))
print("tracked:", gc.is_tracked(Vec()), gc.is_tracked(()), gc.is_tracked(Vec(1, 2)))
payload.append(holder)
del payload, holder
print("collected:", gc.collect())
class Slotted(tuple):
    __slots__ = ()
print(hasattr(Slotted((1,)), "__dict__"), hasattr(v, "__dict__"))
