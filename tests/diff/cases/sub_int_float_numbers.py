# int and float subclasses: arithmetic gives the base type unless the class overrides it
import gc
import sys

class Celsius(float):
    def __repr__(self):
        return "%.1f°C" % self
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError("odd: %d" % n)
        return super().__new__(cls, n)
    def __add__(self, other):
        return Even(int(self) + int(other))
    def __neg__(self):
        return "negated"

t = Celsius(21.5)
print(t, t.to_f(), t + 1, type(t + 1).__name__, round(t), int(t), t > 20, str(t))
e = Even(4)
print(e, e + 2, type(e + 2).__name__, e * 3, type(e * 3).__name__, -e, abs(Even(-2)), 10 - e, e ** 2)
try:
    Even(3)
except ValueError as ex:
    print("ValueError:", ex)
print(list(range(e)), [1, 2, 3, 4, 5][e], divmod(e, 3), bool(Even(0)), hash(e) == hash(4), {e: "four"}[4])
print(isinstance(e, int), type(e) is int, Even.__mro__, "%d %05.1f %x" % (e, t, Even(10)))
print("tracked:", gc.is_tracked(e), gc.is_tracked(4))
e.tag = [e]
print("refcount:", sys.getrefcount(e))
del e
print("collected:", gc.collect())
