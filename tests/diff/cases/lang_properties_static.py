class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @staticmethod
    def describe():
        return "temperature"
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

t = Temp(100)
print(t.c, t.f, Temp.describe(), t.describe())
t.c = 0
print(t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError:", e)
u = Temp.from_f(212)
print(type(u).__name__, u.c)
class Sub(Temp):
    pass
print(type(Sub.from_f(32)).__name__)
