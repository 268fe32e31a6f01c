import gc

class A:
    pass

gc.collect()
a = A()
b = A()
a.b = b
b.a = a
a.data = [1, 2, 3]
a.more = {"k": [4]}
del a, b
print("instances with payload:", gc.collect())
x = A()
x.lst = [x, (x,), {"x": x}]
del x
print("instance referencing itself through containers:", gc.collect())
