import sys

def make_adder(n):
    box = [n]
    def add(x):
        return x + box[0]
    def peek():
        return box
    return add, peek

add5, peek = make_adder(5)
print("add5(3):", add5(3))
print("function refcount:", sys.getrefcount(add5))
fns = [add5, add5]
print("in list:", sys.getrefcount(add5))
d = {"f": add5}
print("in dict:", sys.getrefcount(add5))
box = peek()
print("box:", box, sys.getrefcount(box))
del fns, d
print("containers dropped:", sys.getrefcount(add5))
del add5
print("add5 gone, box still in shared cell:", sys.getrefcount(box))
del peek
print("both closures gone:", sys.getrefcount(box))
