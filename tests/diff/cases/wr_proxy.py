import weakref

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
px = weakref.proxy(p)
print("attr through proxy:", px.x, px.y)
print("method through proxy:", px.norm1())
px.x = 10
print("set through proxy:", p.x)
print("proxy count:", weakref.getweakrefcount(p))
del p
try:
    px.x
except ReferenceError as e:
    print("ReferenceError:", e)
