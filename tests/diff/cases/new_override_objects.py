# __new__ on plain classes: caching instances, returning another type, __init__ skipped
import gc
import sys

class Interned:
    _cache = {}
    def __new__(cls, key):
        obj = cls._cache.get(key)
        if obj is None:
            obj = super().__new__(cls)
            cls._cache[key] = obj
            print("new", key)
        return obj
    def __init__(self, key):
        self.key = key

a = Interned("x")
b = Interned("x")
c = Interned("y")
print(a is b, a is c, a.key, len(Interned._cache))
print("refcount of a:", sys.getrefcount(a))

class Other:
    def __new__(cls, v):
        return [v]
    def __init__(self, v):
        print("never printed")
r = Other(4)
print(r, type(r).__name__)
print(type(Interned.__dict__["__new__"]).__name__)
try:
    object.__new__(Interned, 1)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
p = object.__new__(Plain)
print(type(p).__name__, gc.is_tracked(p))
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
