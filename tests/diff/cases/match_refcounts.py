import sys
import gc

class Box:
    __match_args__ = ("item",)
    def __init__(self, item):
        self.item = item

payload = [1, 2, 3]
b = Box(payload)
print("start", sys.getrefcount(payload), sys.getrefcount(b))

def check(subject):
    match subject:
        case Box(item=[]):
            return "empty box"
        case Box(x) if sys.getrefcount(x) > 0:
            print("  in guard, payload refs:", sys.getrefcount(payload))
            print("  in guard, subject refs:", sys.getrefcount(subject))
            return x
        case _:
            return None

r = check(b)
print("after", sys.getrefcount(payload), r is payload)
del r
print("dropped", sys.getrefcount(payload))

match b:
    case Box(item=[first, *rest]):
        print("first", first, "rest", rest, sys.getrefcount(rest))
print("b after match", sys.getrefcount(b))

match payload:
    case [a, b2, c] if a < b2 < c:
        print("ascending", a, b2, c)
print("payload after sequence match", sys.getrefcount(payload))

d = {"k": payload, "other": 5}
match d:
    case {"k": v, **extra}:
        print("v is payload:", v is payload, "extra", extra, sys.getrefcount(payload))
del v
print("payload", sys.getrefcount(payload))

match Box(Box(payload)):
    case Box(Box(inner)) as outer:
        print("nested", inner is payload, type(outer).__name__, sys.getrefcount(payload))
del outer, inner
print("payload", sys.getrefcount(payload))
print("collect", gc.collect())
