# finalizers left in the registry (atexit=False, detach) and __del__ at exit
import weakref, gc
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def bye(n): print("finalize callback", n)
a = Res(1)
f = weakref.finalize(a, bye, 1)
f.atexit = False
b = Res(2)
b.me = b
g = weakref.finalize(b, bye, 2)
h = weakref.finalize(b, print, "builtin", 3)
del b
print("detach:", h.detach()[1:])
print("end of program", gc.collect())
