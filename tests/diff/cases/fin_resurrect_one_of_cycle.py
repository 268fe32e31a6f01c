import gc

keep = []

class R:
    def __init__(self, name, save):
        self.name = name
        self.save = save
    def __del__(self):
        print("__del__", self.name)
        if self.save:
            keep.append(self)

gc.collect()
a = R("a", True)
b = R("b", False)
a.o = b
b.o = a
del a, b
print("collect:", gc.collect())
print("kept:", [k.name for k in keep], "its peer:", keep[0].o.name)
keep.clear()
print("collect again:", gc.collect())
