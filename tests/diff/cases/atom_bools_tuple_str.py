import sys

b = sys.getrefcount(True)
flags = {n: n % 2 == 0 for n in range(10)}
print("five True values in a dict:", sys.getrefcount(True) - b)
bf = sys.getrefcount(False)
print("falses so far:", sys.getrefcount(False) - bf)
flags[20] = False
print("one more False:", sys.getrefcount(False) - bf)
del flags
print("True after del:", sys.getrefcount(True) - b, "False:", sys.getrefcount(False) - bf)

be = sys.getrefcount(())
e1 = ()
e2 = tuple([])
e3 = tuple()
print("three empty tuples are one object:", sys.getrefcount(()) - be, e1 is e2 is e3)
def kw(*args):
    return args
got = kw()
print("*args of a call with none:", sys.getrefcount(()) - be)
del e1, e2, e3, got
print("after del:", sys.getrefcount(()) - be)

bs = sys.getrefcount('')
parts = ["", "", "a"]
x = "abc"[3:]
print("empty strings:", sys.getrefcount('') - bs, x == "")

def gen():
    v = None
    w = True
    yield 1
    yield 2
bn = sys.getrefcount(None)
bt = sys.getrefcount(True)
g = gen()
next(g)
print("a paused generator holds None and True:", sys.getrefcount(None) - bn, sys.getrefcount(True) - bt)
bn = sys.getrefcount(None)
g.close()
print("closed, True released:", sys.getrefcount(True) - bt)
def outer():
    c = None
    def inner():
        return c
    return inner
bn = sys.getrefcount(None)
fn = outer()
print("a closure's cell holds None:", sys.getrefcount(None) - bn)
del fn
print("gone:", sys.getrefcount(None) - bn)
