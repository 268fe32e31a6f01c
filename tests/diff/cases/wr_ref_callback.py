import weakref

class A:
    def __init__(self, name):
        self.name = name

def cb(ref):
    print("callback fired, ref dead:", ref() is None)

a = A("a")
r = weakref.ref(a, cb)
print("created with callback")
r2 = weakref.ref(a)
print("callback ref differs from plain:", r is not r2)
del a
print("after del")
b = A("b")
r3 = weakref.ref(b, cb)
del r3
del b
print("no callback when weakref died first")
