import sys
import gc

def mean(values: list, *rest: int, scale: float = 1.0, **opts: dict) -> float:
    return sum(values) / len(values) * scale

print(mean([1.0, 2.0, 4.5]))
print(mean.__annotations__)
print(mean.__annotations__ is mean.__annotations__)

def bare(a, b=2):
    return a + b
print(bare.__annotations__, bare.__annotations__ is bare.__annotations__)

class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    def move(self, dx: int) -> "Point":
        return self

print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))
print(Point.move.__annotations__)

class Sub(Point):
    pass
print(Sub.__annotations__, Sub.__annotations__ is Sub.__annotations__)
print("annotations in Sub dict:", "__annotations__" in Sub.__dict__)

class Plain:
    def f(self): pass
print(Plain.__annotations__, "__annotations__" in Plain.__dict__)

counter: int = 5
name: str
print(__annotations__)
print(counter, "name" in globals())

evaluated = []
def note(v):
    evaluated.append(v)
    return v

class Holder:
    a: note("A") = note("a-value")
    b: note("B")
print(evaluated, Holder.__annotations__)

def inside():
    local_ann: note("never evaluated") = 3
    return local_ann
print(inside(), evaluated)

obj = Point()
obj.extra: note("attr annotation evaluated at module level") = 1
print(evaluated[-1], obj.extra)

class Big:
    pass
marker = Big()
print("refs before", sys.getrefcount(marker))
def uses(x: marker) -> marker:
    pass
print("refs with annotation tuple", sys.getrefcount(marker))
d = uses.__annotations__
print("refs with dict", sys.getrefcount(marker), len(d))
del uses, d
print("refs after del", sys.getrefcount(marker))
print(gc.collect())
try:
    print(int.__annotations__)
except AttributeError as e:
    print("AttributeError:", e)
