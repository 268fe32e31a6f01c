# a != b with only __eq__: object.__ne__ through its slot wrapper (a tuple and its slice held) calls __eq__ and inverts it; the reflected side too
import sys
class A:
    def __eq__(self, o):
        print("A.eq", sys.getrefcount(self), sys.getrefcount(o))
        return NotImplemented if getattr(o, 'ni', False) or getattr(self, 'ni', False) else True
class N:
    ni = True
    def __eq__(self, o):
        print("N.eq", sys.getrefcount(self), sys.getrefcount(o))
        return NotImplemented
class B(A): pass
a = A(); b = A(); n = N(); c = B()
print(a != b)
print(n != a)
print(a != n)
print(a != c)
print(c != a)
print(a.__ne__(b))
print(n != N())
def f():
    x = A(); y = A()
    print(x != y)
f()
