import sys

x = [1, 2, 3]
print("fresh:", sys.getrefcount(x))
y = x
print("after alias:", sys.getrefcount(x))
z = y
print("two aliases:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))
z = None
print("after z=None:", sys.getrefcount(x))
a = b = x
print("chained assign:", sys.getrefcount(x))
del a, b
print("after del a, b:", sys.getrefcount(x))
print("same object:", x is x, x == [1, 2, 3])
