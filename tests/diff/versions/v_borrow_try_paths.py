import sys

def f():
    a = [1]
    try:
        print("in try:", sys.getrefcount(a))
        b = [2]
    except ValueError:
        print("never")
    else:
        print("in else:", sys.getrefcount(b))
    finally:
        print("in finally:", sys.getrefcount(a))
    print("after try:", sys.getrefcount(a))

def g():
    a = [1]
    try:
        raise KeyError("k")
    except KeyError:
        print("in handler:", sys.getrefcount(a))
        c = [3]
        print("handler's own local:", sys.getrefcount(c))
    print("after handler:", sys.getrefcount(a))

f()
g()
