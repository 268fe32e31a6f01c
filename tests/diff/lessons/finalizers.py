import gc

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

r = Resource("plain")
del r
a = Resource("a")
b = Resource("b")
a.peer, b.peer = b, a
del a, b
print("cycle left behind; collecting")
print("collected:", gc.collect())
