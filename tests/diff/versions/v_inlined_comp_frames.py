# PEP 709 (3.12+): a list, set or dict comprehension runs in the enclosing frame (no <listcomp>
# frame: sys._getframe, tracebacks, recursion depth); a generator expression keeps its own.
import sys


def depth():
    n = 0
    f = sys._getframe(1)
    while f is not None:
        n += 1
        f = f.f_back
    return n


def names():
    print("list:", [sys._getframe().f_code.co_name for _ in range(1)])
    print("set:", {sys._getframe().f_code.co_name for _ in range(1)})
    print("dict:", {0: sys._getframe().f_code.co_name for _ in range(1)})
    print("genexp:", list(sys._getframe().f_code.co_name for _ in range(1)))
    print("back:", [sys._getframe().f_back.f_code.co_name for _ in range(1)])


def extra_frames():
    here = depth()
    print("list:", [depth() - here for _ in range(1)])
    print("dict:", {0: depth() - here for _ in range(1)}[0])
    print("nested:", [[depth() - here for _ in range(1)] for _ in range(1)])
    print("genexp:", list(depth() - here for _ in range(1)))
    print("list in genexp:", list([depth() - here for _ in range(1)] for _ in range(1)))
    print("lambda in list:", [(lambda: depth() - here)() for _ in range(1)])


names()
extra_frames()
print("module:", [sys._getframe().f_code.co_name for _ in range(1)])


class K:
    print("class body:", [sys._getframe().f_code.co_name for _ in range(1)])


def divide(values):
    return [1 / v for v in values]


def table(rows):
    return {k: divide(v) for k, v in rows}


try:
    table([("a", [1, 0])])
except ZeroDivisionError as e:
    tb = e.__traceback__
    seen = []
    while tb is not None:
        seen.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback:", seen)


def down(n):
    if n == 0:
        return 0
    return 1 + [down(n - 1) for _ in [1]][0]


# 600 levels: 1200 frames under 3.11 (past the limit of 1000), 600 from 3.12
try:
    print("recursion through a list comprehension:", down(600))
except RecursionError:
    print("recursion through a list comprehension: RecursionError")

