# saved exceptions and tracebacks in several shapes: nested, re-raised, chained, held, in a cycle
import sys, gc
class Big:
    def __init__(self, n): self.n = n
    def __del__(self): print("  Big freed", self.n)
saved = []
# 1: three levels deep, saved at top
def l3():
    b3 = Big(3)
    raise KeyError("k")
def l2():
    b2 = Big(2)
    l3()
def l1():
    b1 = Big(1)
    try:
        l2()
    except KeyError as e:
        saved.append(e)
l1()
print("v1 saved", len(saved))
saved.clear()
print("v1 cleared")
# 2: re-raised through a frame, caught at module level
def rer():
    b = Big(4)
    try:
        l3()
    except KeyError:
        raise
try:
    rer()
except KeyError as e:
    kept = e
print("v2 kept")
del kept
print("v2 dropped")
# 3: raise from inside except (context chain)
def chain():
    b = Big(5)
    try:
        l3()
    except KeyError as e:
        raise ValueError("v") from e
try:
    chain()
except ValueError as e:
    kept2 = e
print("v3 kept", type(kept2.__cause__).__name__)
del kept2
print("v3 dropped")
# 4: traceback held in a local of a running frame
def holder():
    try:
        l3()
    except KeyError as e:
        tb = e.__traceback__
    print("  holder still has tb", tb.tb_next.tb_frame.f_code.co_name)
    return 1
holder()
print("v4 done")
# 5: generator-free: exception stored as attribute of an object in a cycle
class Box: pass
def boxit():
    bx = Box()
    try:
        l3()
    except KeyError as e:
        bx.err = e
    bx.me = bx
boxit()
print("v5 before collect")
print("v5 collect", gc.collect())
# 6: with_traceback(None)
def wt():
    try:
        l3()
    except KeyError as e:
        return e.with_traceback(None)
x = wt()
print("v6", x.__traceback__)
