import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.items = [1, 2, 3]
    def __del__(self):
        print(self.name, "sees items", self.items, "partner", self.partner.name)

gc.collect()
x = Node("x")
y = Node("y")
x.partner = y
y.partner = x
del x, y
print("collect:", gc.collect())
