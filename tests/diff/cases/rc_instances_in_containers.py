import sys

class Node:
    def __init__(self, v):
        self.v = v

n = Node(1)
print("start:", sys.getrefcount(n))
reg = {"n": n, "list": [n, n], "tup": (n,)}
print("in nested containers:", sys.getrefcount(n))
reg["list"].append(n)
print("appended to nested list:", sys.getrefcount(n))
del reg["list"]
print("nested list removed:", sys.getrefcount(n))
other = Node(n)
print("held by another instance:", sys.getrefcount(n))
other.v = None
reg.clear()
print("cleared:", sys.getrefcount(n))
