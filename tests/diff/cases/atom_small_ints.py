import sys

b = sys.getrefcount(7)
xs = [7] * 12
print("list of twelve 7s:", sys.getrefcount(7) - b)
t = tuple(xs)
print("tuple from it:", sys.getrefcount(7) - b)
d = {7: 7, 8: 7}
print("dict key and values:", sys.getrefcount(7) - b)
s = {7, 8}
print("set:", sys.getrefcount(7) - b)
del xs, t, d, s
print("after del:", sys.getrefcount(7) - b)

b = sys.getrefcount(3)
r = range(3)
print("range(3) kept:", sys.getrefcount(3) - b)
r2 = range(1, 10, 3)
print("range(1, 10, 3) kept:", sys.getrefcount(3) - b)
del r, r2
b0 = sys.getrefcount(0)
b1 = sys.getrefcount(1)
r = range(4)
print("range(4) holds 0 and 1:", sys.getrefcount(0) - b0, sys.getrefcount(1) - b1)
del r

def f(n=5):
    k = 5
    print(" inside f, 5 counted:", sys.getrefcount(5) - b5)
    return k
b5 = sys.getrefcount(5)
print("f defined:", sys.getrefcount(5) - b5)
f()
print("after f:", sys.getrefcount(5) - b5)

b2 = sys.getrefcount(2)
for i in [2, 2, 2]:
    print(" loop body sees", sys.getrefcount(2) - b2)
print("after the loop:", sys.getrefcount(2) - b2)
b9 = sys.getrefcount(9)
vals = {k: 9 for k in "abc"}
print("dict comp of 9s:", sys.getrefcount(9) - b9)
class P:
    def __init__(self):
        self.a = 9
        self.b = 9
ps = [P() for _ in range(4)]
print("four instances with two 9s:", sys.getrefcount(9) - b9)
del ps
print("freed:", sys.getrefcount(9) - b9)
