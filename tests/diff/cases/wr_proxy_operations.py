import weakref

class Vec:
    def __init__(self, items):
        self.items = items
    def total(self):
        return sum(self.items)
    def __repr__(self):
        return "Vec(" + str(self.items) + ")"

v = Vec([1, 2, 3])
p = weakref.proxy(v)
print("total:", p.total())
print("items len:", len(p.items))
print("repr via proxy attr:", repr(p.items))
print("getattr:", getattr(p, "items"))
print("hasattr:", hasattr(p, "missing"))
del v
print("hasattr on dead proxy:")
try:
    hasattr(p, "items")
except ReferenceError as e:
    print("ReferenceError:", e)
