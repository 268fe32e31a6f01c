import gc

class A:
    pass

class S:
    __slots__ = ("x",)

print("int:", gc.is_tracked(1))
print("str:", gc.is_tracked("abc"))
print("None:", gc.is_tracked(None))
print("float:", gc.is_tracked(2.5))
print("big int:", gc.is_tracked(2 ** 100))
print("list:", gc.is_tracked([]))
print("empty dict:", gc.is_tracked({}))
print("dict of ints:", gc.is_tracked({"a": 1}))
print("dict with list:", gc.is_tracked({"a": []}))
print("set:", gc.is_tracked(set()))
print("instance:", gc.is_tracked(A()))
print("slots instance:", gc.is_tracked(S()))
print("class:", gc.is_tracked(A))
print("function:", gc.is_tracked(print), gc.is_tracked(lambda: 0))
print("empty tuple:", gc.is_tracked(()))
