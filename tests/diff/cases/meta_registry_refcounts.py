# A metaclass registry: class objects' reference counts and what the collector finds
import gc
import sys
gc.collect()

class Meta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = type.__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        return cls

class Base(metaclass=Meta):
    pass

class Child(Base):
    def hello(self):
        return "hi from " + type(self).__name__

print(type(Base) is Meta, type(Child) is Meta, type(Meta) is type)
print(sorted(Meta.registry))
print("refcount of Meta:", sys.getrefcount(Meta))
print("refcount of Child:", sys.getrefcount(Child))
print(Child().hello(), Child.__class__.__name__, Meta.__mro__)
del Meta.registry["Child"]
print("refcount of Child after unregistering:", sys.getrefcount(Child))
del Child
print("collected:", gc.collect())
print([c.__name__ for c in Base.__subclasses__()])
