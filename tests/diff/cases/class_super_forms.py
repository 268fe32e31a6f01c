# Zero-argument super() through the __class__ cell: methods, classmethods, __class__ itself,
# a metaclass's __new__, and super() outside a class.
import sys, gc
class A:
    def hello(self):
        return "A"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    def who(self):
        return __class__.__name__
    def lam(self):
        return (lambda: super().hello())()
    @classmethod
    def make(cls):
        return super().__new__(cls)
b = B()
print(b.hello(), b.who(), type(B.make()).__name__)
print(B.hello.__closure__, B.who.__code__.co_freevars if hasattr(B.who, '__code__') else '')
print(sys.getrefcount(B))
def f():
    return super()
try:
    f()
except RuntimeError as e:
    print("RuntimeError", e)
class M(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns)
class K(metaclass=M):
    def m(self):
        return super().__repr__()[:10]
print(K().m(), sys.getrefcount(K))
del B, K
print(gc.collect())
