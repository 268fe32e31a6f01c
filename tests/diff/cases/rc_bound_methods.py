import sys

class A:
    def m(self):
        return 1

a = A()
print("instance:", sys.getrefcount(a))
bm = a.m
print("bound method holds self:", sys.getrefcount(a))
bm2 = a.m
print("another bound method:", sys.getrefcount(a), bm is bm2, bm == bm2)
print("bound method refcount:", sys.getrefcount(bm))
del bm, bm2
print("dropped methods:", sys.getrefcount(a))
ms = [a.m for i in range(4)]
print("four bound methods:", sys.getrefcount(a))
ms.clear()
print("cleared:", sys.getrefcount(a))
print("call result:", a.m())
print("after call:", sys.getrefcount(a))
