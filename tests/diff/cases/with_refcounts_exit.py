import sys, gc
gc.collect()

class M:
    def __enter__(self):
        print(" enter rc", sys.getrefcount(self))
        return "value"
    def __exit__(self, t, v, tb):
        print(" exit rc", sys.getrefcount(self), t.__name__ if t else None)
        return t is KeyError

m = M()
print("before", sys.getrefcount(m))
with m as v:
    print(" body", sys.getrefcount(m), v)
print("after", sys.getrefcount(m))
with m:
    raise KeyError("swallowed")
print("after swallow", sys.getrefcount(m))
try:
    with m:
        raise ValueError("kept")
except ValueError as e:
    print("kept", e, sys.getrefcount(m))

def f():
    with m:
        return sys.getrefcount(m)
print("return inside", f(), sys.getrefcount(m))
for i in range(3):
    with m:
        if i == 0:
            continue
        if i == 2:
            break
print("loop done", sys.getrefcount(m))

class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for k in (NoExit, NoEnter, int):
    try:
        with k():
            pass
    except TypeError as e:
        print(e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        1 / 0
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print(e, e.__context__)
print(gc.collect())
