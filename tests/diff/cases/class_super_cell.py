# A class whose methods use super() or __class__ keeps itself in a __class__ cell the methods'
# closures hold: one more reference to the class, and a cell and a closure tuple per method
# for the collector to find when the class is dropped.
import sys, gc
class Base:
    def __init__(self):
        self.x = 1
class C(Base):
    def __init__(self):
        super().__init__()
class D(Base):
    def __init__(self):
        Base.__init__(self)
print(sys.getrefcount(C), sys.getrefcount(D))
gc.collect()
del C
print(gc.collect())
del D
print(gc.collect())
