import sys
import gc

def record(cls):
    fields = list(cls.__annotations__)
    args = ", ".join(fields)
    body = "\n".join(f"    self.{f} = {f}" for f in fields) or "    pass"
    ns = {}
    exec(f"def __init__(self, {args}):\n{body}", ns)
    cls.__init__ = ns["__init__"]
    rep = " + ', ' + ".join(f"'{f}=' + repr(self.{f})" for f in fields)
    cls.__repr__ = eval(f"lambda self: '{cls.__name__}(' + {rep} + ')'")
    cls.__match_args__ = tuple(fields)
    return cls

@record
class Point:
    x: int
    y: int

@record
class Line:
    start: Point
    end: Point

p = Point(1, 2)
print(p, Line(p, Point(3, 4)))
print(Point.__init__.__annotations__, Point.__annotations__)

def describe(shape):
    match shape:
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical at x={x1}"
        case Line(start=Point(y=0), end=end):
            return f"from the x axis to {end}"
        case Line(s, e):
            return f"line {s} -> {e}"
        case Point(x=0, y=0):
            return "origin"
        case Point():
            return f"point {shape}"

for s in [Line(Point(1, 1), Point(1, 5)), Line(Point(4, 0), Point(2, 2)), Line(p, Point(9, 9)), Point(0, 0), p]:
    print(describe(s))
print("p refs", sys.getrefcount(p))
print("collect", gc.collect())
