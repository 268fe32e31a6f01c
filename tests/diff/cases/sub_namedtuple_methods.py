# Subclassing a namedtuple class with __slots__ = (): methods, properties, _make, _replace
import gc
import sys
from collections import namedtuple

Base = namedtuple("Base", "x y")
class Point(Base):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

p = Point(3, 4)
print(p, p.norm2, p.scaled(2), type(p.scaled(2)).__name__, Point._make([1, 1]))
print(p._asdict(), p._fields, isinstance(p, Base), isinstance(p, tuple), p == (3, 4))
print("refcount of Point:", sys.getrefcount(Point))
q = Point([1], p)
print("tracked:", gc.is_tracked(q), gc.is_tracked(Point(1, 2)))
print(hasattr(p, "__dict__"), Point.__mro__)
class Labelled(Base):
    __slots__ = ()
    def __repr__(self):
        return "<%s,%s>" % self
print(Labelled(1, 2), [Labelled(0, 0)])
try:
    p.x = 1
except AttributeError as e:
    print("AttributeError:", e)
del q
print("collected:", gc.collect())
