import sys
import gc

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def outer():
    x = [1, 2]
    print("called from", where())
    me = sys._getframe()
    print(me.f_code.co_name, me.f_lineno, me.f_back.f_code.co_name)
    print(sorted(me.f_locals))
    print("x refs", sys.getrefcount(x))
    return me

fr = outer()
print("frame outlives call:", fr.f_code.co_name, fr.f_lineno)
print(sorted(fr.f_locals), fr.f_locals["x"])
print(fr.f_globals is globals(), sys._getframe().f_locals is globals())
print(sys._getframe().f_back)
try:
    sys._getframe(5)
except ValueError as e:
    print("ValueError:", e)

payload = object()
def holds(p):
    loc = sys._getframe().f_locals
    print("payload refs inside", sys.getrefcount(p))
    return len(loc)
print(holds(payload), "payload refs after", sys.getrefcount(payload))

def closure():
    cell = "c"
    def inner():
        return sys._getframe().f_locals, cell
    return inner()
print(closure())

class K:
    here = sys._getframe().f_code.co_name
    names = sorted(sys._getframe().f_locals)
print(K.here, K.names)
del fr
print("collect", gc.collect())
