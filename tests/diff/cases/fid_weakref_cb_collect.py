# a gc.collect() inside a weakref callback runs while the dying instance still holds its class
import gc, weakref
gc.collect()
def make():
    class C:
        pass
    c = C()
    def cb(r):
        print("in callback:", gc.collect())
    return weakref.ref(c, cb)
r = make()
print("later:", gc.collect())
