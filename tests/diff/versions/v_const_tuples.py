# Constant tuples: folded by the compiler (displays of constants, + and * of constant tuples,
# nested tuples), merged across the program's code objects, and on 3.11-3.13 also held by the
# parser's arena while the program runs (3.14 folds them in the code generator).
import sys

t = (1, 2)
print("t:", sys.getrefcount(t))
u = (1, 2)
print("an equal literal is the same object:", t is u, sys.getrefcount(t))


def f():
    return (1, 2)


print("used by f's code too:", sys.getrefcount(t), f() is t)
print("folded +:", sys.getrefcount((3, 4) + (5,)))
n = ("a", "b") * 2
print("folded *:", sys.getrefcount(n), n)
big = (0,) * 300
print("not folded (over 256 items):", sys.getrefcount(big))
nested = ((1, 2), (9, 9))
print("nested:", sys.getrefcount(nested), sys.getrefcount(nested[0]), nested[0] is t)
mixed = (2 * 3, -1, 1.5, "s", None, True)
print("items folded first:", sys.getrefcount(mixed))
for i in [7, 8]:
    pass
loop = (7, 8)
print("a for-loop's list is the same constant:", sys.getrefcount(loop))
