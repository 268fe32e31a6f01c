# __prepare__ gives the namespace; the metaclass sees the body's names in order
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, bases)
        ns = {}
        ns["created_by"] = mcls.__name__
        return ns
    def __new__(mcls, name, bases, ns):
        ns["fields"] = [k for k in ns if not k.startswith("_") and k != "created_by"]
        return super().__new__(mcls, name, bases, ns)

class Point(metaclass=Ordered):
    z = 3
    x = 1
    y = 2
    def norm(self):
        return 0

print(Point.fields, Point.created_by)
class Point3(Point):
    w = 0
print(Point3.fields, type(Point3).__name__)

def make_class(name, bases, ns):
    print("function metaclass for", name)
    return len(ns)
class NotAClass(metaclass=make_class):
    a = 1
print(NotAClass)
try:
    class M1(type): pass
    class M2(type): pass
    class A(metaclass=M1): pass
    class B(metaclass=M2): pass
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
