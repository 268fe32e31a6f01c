import gc

class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("leaf freed", self.name)

gc.collect()
c = []
c.append(c)
c.append(Leaf("x"))
c.append([Leaf("y"), [Leaf("z")]])
del c
print("collect:", gc.collect())
print("done")
