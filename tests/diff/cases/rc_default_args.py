import sys

sentinel = [0]

def f(x=sentinel):
    return x

def g(acc=[]):
    acc.append(len(acc))
    return acc

print("sentinel with default:", sys.getrefcount(sentinel))
r = f()
print("after call bound:", sys.getrefcount(sentinel))
del r
res = g()
print("default list after first call:", sys.getrefcount(res))
res2 = g()
print("accumulated:", res, res is res2)
print("after two calls:", sys.getrefcount(res))
del f
print("f deleted:", sys.getrefcount(sentinel))
del res2
print("default list after del res2:", sys.getrefcount(res))
del g
print("g deleted:", sys.getrefcount(res))
