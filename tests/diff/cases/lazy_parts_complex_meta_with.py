# More code the page's engine fetches on first use: complex arithmetic, hash and complex(), a
# metaclass the program defines and type(name, bases, dict), and the with statement's compiler.
# The output (reference counts included) must not show the fetching.
import sys
import gc

z = 1j
print("literal", z, z.real, z.imag)
w = z * (2 + 3j) - 1
print("arith", w, abs(3 + 4j), -w, w == complex(-4, 2), hash(1 + 0j) == hash(1))
print("parse", complex("1+2j"), complex(" (3-4.5j) "), complex(2, 3) ** 2)
d = {1j: "i", 2: "two"}
print("dict", d[1j], d[2 + 0j])


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __call__(cls, *args):
        print("calling", cls.__name__)
        return super().__call__(*args)


class A(metaclass=Meta):
    pass


a = A()
print("meta", type(A).__name__, A.tag, sys.getrefcount(Meta), sys.getrefcount(A))
B = type("B", (A,), {"x": 1})
print("three-arg", B.__name__, B.x, B.tag, type(B).__name__, sys.getrefcount(B))


class Manager:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True


m = Manager()
with m as got:
    print("inside", got is m, sys.getrefcount(m))
    raise ValueError("swallowed")
print("after", sys.getrefcount(m))
del a, A, B, Meta
print(gc.collect())
