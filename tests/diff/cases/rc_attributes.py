import sys

class Box:
    pass

val = [0]
b = Box()
b.x = val
print("attribute:", sys.getrefcount(val))
b.y = val
print("two attributes:", sys.getrefcount(val))
setattr(b, "z", val)
print("setattr:", sys.getrefcount(val))
got = getattr(b, "z")
print("getattr bound:", sys.getrefcount(val))
del got
delattr(b, "z")
print("delattr:", sys.getrefcount(val))
del b.y
print("del b.y:", sys.getrefcount(val))
b.x = None
print("rebound:", sys.getrefcount(val))
print("has x:", hasattr(b, "x"), "has y:", hasattr(b, "y"))
