# type(name, bases, dict): dynamic classes, their counts and the collector
import gc
import sys
gc.collect()

def method(self):
    return self.x * 2

Dyn = type("Dyn", (), {"x": 21, "double": method})
d = Dyn()
print(Dyn.__name__, Dyn.__module__, Dyn.__bases__, d.double(), type(d).__name__)
Sub = type("Sub", (Dyn,), {"x": 5})
print(Sub().double(), Sub.__mro__[1] is Dyn, issubclass(Sub, Dyn))
print("refcount of method:", sys.getrefcount(method))
print("refcount of Dyn:", sys.getrefcount(Dyn))
print(type(type), type(Dyn), type(3), type("s").__name__)
shapes = [type("Shape%d" % i, (), {"n": i}) for i in range(3)]
print([s.n for s in shapes], [s.__name__ for s in shapes])
del shapes, Sub, d
print("collected:", gc.collect())
try:
    type("Bad", (3,), {})
except TypeError as e:
    print("TypeError:", e)
