import sys

def probe(flag):
    x = [1]
    y = [2]
    print("plain:", sys.getrefcount(x))
    print("after an and:", sys.getrefcount(x), flag and 1)
    print("before an and:", flag and 1, sys.getrefcount(x))
    print("if-else arg:", sys.getrefcount(x if flag else y))
    print("chain compare:", sys.getrefcount(x), 1 < 2 < 3)
    print("list comp after:", sys.getrefcount(x), [i for i in range(2)])

probe(True)
