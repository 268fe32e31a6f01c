import sys

def ident(x):
    return x

def twice(x):
    return (sys.getrefcount(x), sys.getrefcount(ident(x)))

def run():
    v = [7]
    print("nested:", twice(v))
    print("through ident:", sys.getrefcount(ident(v)))
    w = ident(v)
    print("returned into a local:", sys.getrefcount(w))

run()
