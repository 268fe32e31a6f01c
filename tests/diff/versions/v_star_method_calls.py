# Method and class calls with *args/**kw: CALL_FUNCTION_EX loads the method as a bound method
# (it holds self) and PyObject_Call keeps the argument tuple while it runs, in every version; a
# class receives the tuple itself.
import sys
class C:
    def m(self, x, *rest, **kw):
        print("m x", sys.getrefcount(x), "self", sys.getrefcount(self))
def main():
    o = {}
    lst = [o]
    c = C()
    c.m(*lst)
    c.m(o, *lst)
    c.m(**{"x": o})
    c.m(o, k=o)
    C.m(c, *lst)
    super(C, c).__init__(*[])
main()
class D:
    def __init__(self, x):
        print("D x", sys.getrefcount(x))
def two():
    o = {}
    lst = [o]
    D(*lst)
    print(*lst)
    f = C().m
    f(*lst)
two()
