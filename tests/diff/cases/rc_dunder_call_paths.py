# Reference counts seen inside special methods, by the path CPython calls them through: a class
# call (its args tuple), slot wrappers, bound __format__/__getattr__, super(), print's tuple.
import sys
class A:
    def __init__(self, item, *, k=None):
        print("init item", sys.getrefcount(item), "self", sys.getrefcount(self))
    def __repr__(self):
        print("repr self", sys.getrefcount(self))
        return "A"
    def __eq__(self, other):
        print("eq", sys.getrefcount(self), sys.getrefcount(other))
        return True
    def __len__(self):
        print("len self", sys.getrefcount(self))
        return 1
    def __getitem__(self, i):
        print("getitem", sys.getrefcount(self), sys.getrefcount(i))
        return 1
    def __call__(self, x):
        print("call", sys.getrefcount(self), sys.getrefcount(x))
    def __add__(self, o):
        print("add", sys.getrefcount(self), sys.getrefcount(o))
        return 1
    def __iter__(self):
        print("iter", sys.getrefcount(self))
        return iter([])
    def __hash__(self):
        print("hash", sys.getrefcount(self))
        return 1
    def __bool__(self):
        print("bool", sys.getrefcount(self))
        return True
    def __contains__(self, x):
        print("contains", sys.getrefcount(self), sys.getrefcount(x))
        return True
    def __setitem__(self, k, v):
        print("setitem", sys.getrefcount(self), sys.getrefcount(k), sys.getrefcount(v))
    def __getattr__(self, n):
        print("getattr", sys.getrefcount(self))
        return 1
    def __str__(self):
        print("str self", sys.getrefcount(self))
        return "s"
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, *a):
        print("exit", sys.getrefcount(self))
class B(A):
    def __init__(self, item):
        print("B init", sys.getrefcount(item))
        super().__init__(item)
def main():
    d = {}
    e = {}
    a = A(d)
    a = A(d, k=1)
    for i in range(3):
        A(d)
    repr(a); str(a); print(a)
    a == e
    len(a)
    a[e]
    a(e)
    a + e
    iter(a)
    hash(a)
    if a: pass
    e in a
    a[e] = e
    a.zz
    with a: pass
    B(d)
    f"{a}"
    [a] == [e]
    {a: 1}
main()
d = {}
a = A(d)
a == d
