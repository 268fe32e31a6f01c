# weakref.finalize: alive, peek, detach, atexit, calling it, and what happens at exit
import gc, weakref
class Res:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Res(%d)" % self.n
def report(tag, *extra, **kw):
    print("  finalizer", tag, extra, sorted(kw.items()))
    return tag.upper()
a = Res(1)
fa = weakref.finalize(a, report, "a", 1, key="v")
print(fa.alive, fa.atexit, fa.peek()[1:])
print("call:", fa(), fa.alive, fa(), fa.peek())
b = Res(2)
fb = weakref.finalize(b, report, "b")
obj, func, args, kwargs = fb.detach()
print(obj, func is report, args, kwargs, fb.alive, fb.detach())
c = Res(3)
fc = weakref.finalize(c, report, "c")
c.me = c
del c
print("collect:", gc.collect(), fc.alive)
d = Res(4)
fd = weakref.finalize(d, report, "d-at-exit")
e = Res(5)
fe = weakref.finalize(e, report, "e-not-at-exit")
fe.atexit = False
print("end of program")
