import sys

def inner(obj, probe):
    print("param:", sys.getrefcount(probe))
    obj = None
    print("after rebinding the other param:", sys.getrefcount(probe))
    del probe
    return obj

def outer():
    thing = [1]
    other = [2]
    inner(other, thing)
    print("back in outer:", sys.getrefcount(thing))

outer()
