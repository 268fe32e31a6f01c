# 3.14: an unpacking of a display of more than three values is BUILD_TUPLE + UNPACK_SEQUENCE, its
# stores paired from the first (STORE_FAST_STORE_FAST); an odd last store fuses with a load of a
# local that follows on the same line (STORE_FAST_LOAD_FAST), which is then not borrowed
import sys


class P:
    def peek(self):
        print("  peek", sys.getrefcount(self))
        return self


def f5(a, b, c, d, e):
    v, w, x, y, z = a, b, c, d, e; z.peek()


def f4(a, b, c, d):
    w, x, y, z = a, b, c, d; z.peek()


def f6(a, b, c, d, e, g):
    u, v, w, x, y, z = a, b, c, d, e, g; z.peek()


def f5l(a, b, c, d, e):
    [v, w, x, y, z] = [a, b, c, d, e]; z.peek(); v.peek()


def f5n(a, b, c, d, e):
    v, (w, x), y, z = a, (b, c), d, e; z.peek()


def f5x(a, b, c, d, e):
    v, w, x, y, z = a, b, c, d, e; v.peek()


def f3(a, b, c):
    x, y, z = a, b, c; x.peek()


p = P()
f5(1, 2, 3, 4, p)
f4(1, 2, 3, p)
f6(1, 2, 3, 4, 5, p)
f5l(p, 2, 3, 4, p)
f5n(1, 2, 3, 4, p)
f5x(p, 2, 3, 4, 5)
f3(p, 2, 3)
