# References to the shared small ints, True and None held by frames, arguments being
# evaluated, iterators and containers, read with sys.getrefcount inside and outside functions.
import sys

def depth(n, acc):
    if n == 0:
        return sys.getrefcount(3) - base3
    return depth(n - 1, acc + [3])

base3 = sys.getrefcount(3)
print("three frames each holding n, plus a list growing by one 3:", depth(3, []))
flag = True
bt = sys.getrefcount(True)
print(flag, sys.getrefcount(True) - bt)          # the first argument is on the stack
print([flag, flag, sys.getrefcount(True) - bt])  # a display's items too

def kw(**opts):
    return sys.getrefcount(None) - bn
bn = sys.getrefcount(None)
print("two None keyword values:", kw(a=None, b=None))

b0 = sys.getrefcount(0)
for i, x in enumerate([10, 20, 30]):
    if i == 0:
        print("loop variable i is 0:", sys.getrefcount(0) - b0)
grid = [[0] * 4 for _ in range(3)]
print("a 3x4 grid of zeros:", sys.getrefcount(0) - b0)
grid[1][2] = 1
print("one zero replaced:", sys.getrefcount(0) - b0)
del grid
print("grid gone:", sys.getrefcount(0) - b0)

def pairs():
    for k in range(3):
        yield k, None
bn = sys.getrefcount(None)
p = pairs()
first = next(p)
print("a paused generator and its first pair:", sys.getrefcount(None) - bn, first)
rest = list(p)
print("all pairs kept:", sys.getrefcount(None) - bn, len(rest))
del p, first, rest
print("after del:", sys.getrefcount(None) - bn)
