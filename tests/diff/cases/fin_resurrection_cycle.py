import gc

saved = []

class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)

gc.collect()
a = R("a")
b = R("b")
a.o = b
b.o = a
del a, b
print("first collect:", gc.collect())
print("saved:", sorted(x.name for x in saved))
saved.clear()
print("second collect:", gc.collect())
print("end")
