# 3.13 adds __firstlineno__ and __static_attributes__ to a class's __dict__ (the compiler
# stores them in the class body); 3.11 and 3.12 have neither.
import gc


def deco(c):
    return c


@deco
class Point:
    """A point."""
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.x += 0

    def move(self, other):
        (self.dx, self.dy) = (other, other)
        for self.last in [1]:
            pass
        def inner():
            self.seen = True
        inner()

    class Nested:
        def set(self):
            self.nested_only = 1


print(list(Point.__dict__))
print(getattr(Point, '__static_attributes__', None), getattr(Point.Nested, '__static_attributes__', None))
print(getattr(Point, '__firstlineno__', None))
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)


def scope():
    class Tmp:
        def m(self):
            pass
    return 0


scope()
print(gc.collect())
print(gc.garbage[2])
