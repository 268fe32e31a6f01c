import contextlib, gc, sys
gc.collect()

for exc in (KeyError, IndexError, ZeroDivisionError):
    try:
        with contextlib.suppress(KeyError, IndexError):
            raise exc("x")
        print("suppressed", exc.__name__)
    except Exception as e:
        print("escaped", type(e).__name__)

with contextlib.suppress():
    print("empty suppress")
try:
    with contextlib.suppress():
        raise ValueError("nothing suppressed")
except ValueError as e:
    print(e)
with contextlib.suppress(Exception) as s:
    print("as value:", s)

class Door:
    def __init__(self):
        self.closed = 0
    def close(self):
        self.closed += 1
        print("door closed", self.closed)
d = Door()
print(sys.getrefcount(d))
with contextlib.closing(d) as dd:
    print(dd is d, sys.getrefcount(d))
print(sys.getrefcount(d))
try:
    with contextlib.closing(d):
        raise KeyError("boom")
except KeyError:
    print("closed even on error", d.closed)

with contextlib.nullcontext() as n:
    print("null gives", n)
with contextlib.nullcontext(d) as n2:
    print("null gives d", n2 is d, sys.getrefcount(d))
del n2, dd
print(sys.getrefcount(d))
from contextlib import suppress, nullcontext
with suppress(ZeroDivisionError):
    1 / 0
print(type(suppress(KeyError)).__name__, type(nullcontext()).__name__)
print(gc.collect())
