import gc, sys, weakref
gc.collect()

class Big:
    def __init__(self, n):
        self.data = list(range(n))
    def __del__(self):
        print("Big freed", len(self.data))

def chunks(n, size):
    big = Big(n)
    for i in range(0, n, size):
        yield big.data[i:i + size]

g = chunks(1000, 250)
print(len(next(g)))
r = weakref.ref(g.gi_frame.f_locals["big"])
print("alive while paused:", r() is not None, sys.getrefcount(r()))
print(len(next(g)))
print("closing")
g.close()
print("after close:", r() is None, g.gi_frame)
print(list(g))
h = chunks(10, 5)
print("unstarted:", h.gi_frame.f_locals)
del h
print("end", gc.collect())
