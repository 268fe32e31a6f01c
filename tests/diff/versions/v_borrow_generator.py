import sys

def gen(obj):
    print("param in generator:", sys.getrefcount(obj))
    yield 1
    print("after resume:", sys.getrefcount(obj))

def drive():
    item = [1]
    g = gen(item)
    next(g)
    print("caller while suspended:", sys.getrefcount(item))
    for _ in g:
        pass
    print("after exhaustion:", sys.getrefcount(item))

drive()
