import gc

class A:
    pass

lst = [1, [2], "three"]
print("list referents:", gc.get_referents(lst))
d = {"a": [1], "b": 2}
print("dict referents:", gc.get_referents(d))
t = tuple([[5], 6])
print("tuple referents:", gc.get_referents(t))
a = A()
a.x = [7]
a.y = 8
print("instance referents:", gc.get_referents(a)[:2])
print("class is last:", gc.get_referents(a)[-1] is A)
print("two lists:", len(gc.get_referents([1], [2, 3])))
print("int has none:", gc.get_referents(42))
