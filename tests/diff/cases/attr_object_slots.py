# object.__setattr__/__delattr__/__getattribute__ reached from a class overriding them (super() or
# object.X(self, ...)), and a Python __getattribute__ seeing every lookup, then __getattr__.
import sys
class A:
    def __setattr__(self, n, v):
        print("set", n)
        super().__setattr__(n, v)
    def __delattr__(self, n):
        print("del", n)
        super().__delattr__(n)
    def __getattribute__(self, n):
        return object.__getattribute__(self, n)
a = A()
a.x = 1
print(a.x)
del a.x
print(hasattr(a, "x"))
object.__setattr__(a, "y", 2)
print(a.y)

class G:
    def __getattr__(self, n):
        return 0
    def m(self):
        print("m self", sys.getrefcount(self))
class H:
    def __getattribute__(self, n):
        print("getattribute", n)
        return object.__getattribute__(self, n)
    def m(self):
        print("H.m self", sys.getrefcount(self))
def main():
    g = G()
    g.m()
    h = H()
    h.m()
    h.z = 5
    print(h.z)
    try:
        h.nope
    except AttributeError as e:
        print("AE", e)
main()
