import gc, sys

def sub(n):
    try:
        for i in range(n):
            x = yield i
            if x is not None:
                print("sub got", x)
    except KeyError as e:
        print("sub handled", repr(e))
        yield "after-key"
    finally:
        print("sub finally", n)
    return n * 100

def outer():
    r = yield from sub(3)
    print("outer got return", r)
    r2 = yield from sub(2)
    return r + r2

o = outer()
print(next(o))
print(o.send("hello"))
print(type(o.gi_yieldfrom).__name__)
print(o.throw(KeyError("k")))
try:
    while True:
        print(next(o))
except StopIteration as e:
    print("total", e.value)

o2 = outer()
next(o2)
print("closing o2")
o2.close()
print(o2.gi_yieldfrom)

def from_list():
    yield from [1, 2, 3]
    yield from (c for c in "ab")
    yield from range(2)
print(list(from_list()))

def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1
d = deep(5)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)
print(gc.collect())
