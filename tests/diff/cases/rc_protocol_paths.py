# Reference counts inside the iteration, with, arithmetic, comparison, containment, subscript and
# attribute protocols, sorted()/max(), sum() and an exception's argument (CPython 3.11's call paths).
import sys
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        print("iter self", sys.getrefcount(self))
        return self
    def __next__(self):
        print("next self", sys.getrefcount(self))
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
class Ctx:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self
    def __exit__(self, t, v, tb):
        print("exit", sys.getrefcount(self), sys.getrefcount(v))
        return True
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("add", sys.getrefcount(self), sys.getrefcount(o))
        return Num(self.v + o.v)
    def __radd__(self, o):
        print("radd", sys.getrefcount(self))
        return self
    def __iadd__(self, o):
        print("iadd", sys.getrefcount(self), sys.getrefcount(o))
        return self
    def __lt__(self, o):
        print("lt", sys.getrefcount(self), sys.getrefcount(o))
        return self.v < o.v
    def __neg__(self):
        print("neg", sys.getrefcount(self))
        return self
    def __contains__(self, x):
        print("contains", sys.getrefcount(self), sys.getrefcount(x))
        return False
    def __getitem__(self, k):
        print("getitem", sys.getrefcount(self), sys.getrefcount(k))
        return 0
    def __setattr__(self, n, v):
        print("setattr", sys.getrefcount(self), type(v).__name__ == "int" or sys.getrefcount(v))
        object.__setattr__(self, n, v)
    def __del__(self):
        print("del", self.v)
def main():
    for x in It():
        pass
    list(It())
    with Ctx() as c:
        raise ValueError("x")
    a = Num(1); b = Num(2)
    a + b
    1 + a
    a += b
    sorted([a, b])
    max(a, b)
    -a
    a in a
    k = (1, 2)
    a[k]

    a.w = b
    s = sum([a, b], Num(0))
    try:
        raise KeyError(a)
    except KeyError as e:
        print("exc arg", sys.getrefcount(a), sys.getrefcount(e))
    print("end")
main()
