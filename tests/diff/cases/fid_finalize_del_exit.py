# at exit: finalize callbacks (Python and builtin), then the watched objects' __del__
import weakref
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def bye(n): print("finalize callback", n)
a = Res(1)
f = weakref.finalize(a, bye, 1)
b = Res(2)
g = weakref.finalize(b, print, "builtin cb", 2)
print("end of program")
