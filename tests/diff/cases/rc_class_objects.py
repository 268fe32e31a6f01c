import sys

class C:
    pass

before = sys.getrefcount(C)
c1 = C()
print("one instance:", sys.getrefcount(C) - before)
c2 = C()
print("two instances:", sys.getrefcount(C) - before)
class D(C):
    pass
print("subclass:", sys.getrefcount(C) - before)
alias = C
print("alias:", sys.getrefcount(C) - before)
del c1, c2, alias
print("instances and alias gone:", sys.getrefcount(C) - before)
t = type(D())
print("type() result is D:", t is D)
dbefore = sys.getrefcount(D)
objs = [D() for i in range(3)]
print("three D instances:", sys.getrefcount(D) - dbefore)
del objs
print("dropped:", sys.getrefcount(D) - dbefore)
