import sys

def d(label, before):
    # the call's own frame holds `before` (an int) and label; None deltas are what we print
    print(label, sys.getrefcount(None) - before)

b = sys.getrefcount(None)
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
d("class with a default of None:", b)


b = sys.getrefcount(None)
def f():
    pass
def g():
    "a docstring"
d("two functions, one with a docstring:", b)

b = sys.getrefcount(None)
lam = lambda: None
d("a lambda:", b)

b = sys.getrefcount(None)
del f, g, lam
d("after del f, g, lam:", b)

b = sys.getrefcount(None)
t = (None, None, 1)
dd = {None: None, "k": None}
s = {None, 1}
d("tuple, dict key and values, set:", b)
del t, dd, s
b = sys.getrefcount(None)
r = [print("x") for _ in range(3)]
d("three print() results kept:", b)
del r
b = sys.getrefcount(None)
class Empty:
    pass
d("a class body without docstring:", b)
del Empty
b = sys.getrefcount(None)
d("after del Empty (collected later):", b)
