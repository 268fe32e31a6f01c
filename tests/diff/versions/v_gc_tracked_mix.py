import gc

def make(*items):
    return tuple(items)

print("dict literal:", gc.is_tracked({"k": "v"}))
print("dict() call:", gc.is_tracked(dict(a=1)))
print("nested dict:", gc.is_tracked({"k": {}}))
print("tuple of strs:", gc.is_tracked(("a", "b")))
print("built tuple of strs:", gc.is_tracked(make("a", "b")))
print("built tuple with None:", gc.is_tracked(make(None, 1)))
print("built tuple holding a tuple:", gc.is_tracked(make((1, 2), 3)))
print("built tuple holding a list:", gc.is_tracked(make([], 3)))
print("tuple() of a list:", gc.is_tracked(tuple([1, 2, 3])))
