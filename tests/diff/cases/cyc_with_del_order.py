import gc

class N:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print("__del__", self.name)

gc.collect()
a = N("a")
b = N("b")
a.peer = b
b.peer = a
del a, b
print("before collect")
print("collected:", gc.collect())
print("after collect")
