import copy
import sys
from enum import Enum, auto, unique

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH, repr(Planet.EARTH), Planet.EARTH.value, Planet.EARTH.mass)
print(round(Planet.EARTH.gravity, 4), Planet((3.303e+23, 2.4397e6)) is Planet.MERCURY)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.CIRCLE

print(Shape.ALIAS_FOR_SQUARE, Shape.SQUARE.describe(), Shape.default(), Shape.default().name)
print(list(Shape), len(Shape), Shape.SQUARE in Shape, Shape["DIAMOND"], Shape(3))
print(list(Shape.__members__.items())[-1], Shape._member_names_, Shape, type(Shape).__name__)
print(Shape.SQUARE == Shape.ALIAS_FOR_SQUARE, Shape.SQUARE != Shape.CIRCLE, Shape.SQUARE == 2)
print(hash(Shape.SQUARE) == hash("SQUARE"), {Shape.SQUARE: 1}[Shape.ALIAS_FOR_SQUARE], f"{Shape.CIRCLE}", str(Shape.CIRCLE))
print(copy.copy(Shape.SQUARE) is Shape.SQUARE, copy.deepcopy([Shape.SQUARE])[0] is Shape.SQUARE)
print(sys.getrefcount(Shape.CIRCLE) > 3, isinstance(Shape.CIRCLE, Shape), isinstance(Shape, type))
for bad in [lambda: Shape(7), lambda: Shape["NOPE"], lambda: Shape("SQUARE")]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
except ValueError as e:
    print("ValueError:", e)

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    SEVEN = 7
    WED = auto()
print([(d.name, d.value) for d in Weekday])
class Base(Enum):
    def hello(self):
        return "hi " + self.name.lower()
class Sub(Base):
    A = "a"
    B = "b"
print(Sub.A.hello(), [m.value for m in Sub], Sub("b"))
try:
    class More(Sub):
        C = "c"
except TypeError as e:
    print("TypeError")
