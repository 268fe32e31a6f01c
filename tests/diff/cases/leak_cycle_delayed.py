import gc
import weakref

class Conn:
    def __init__(self):
        self.handler = None

class Handler:
    def __init__(self, conn):
        self.conn = conn

gc.collect()
c = Conn()
c.handler = Handler(c)
r = weakref.ref(c)
del c
print("cycle keeps it alive:", r() is not None)
gc.collect()
print("collected by gc:", r() is None)
c = Conn()
c.handler = Handler(weakref.proxy(c))
r = weakref.ref(c)
del c
print("proxy breaks the cycle:", r() is None)
